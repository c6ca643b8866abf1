// Rust: progenitor, which reads OpenAPI 3.0 only, on generated/openapi-3.0.json: a crate whose build.rs
// generates the client (test/generators/rust), built by cargo with its target folder in the cache, and
// run against the Prism mock (what it must print: scenario.ts).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { toOpenApi30 } from '../../scripts/lib/openapi-3.0.mjs';
import { bundled, bundled30, cacheRoot, describeWith, run, toolchain, versions } from './cache.js';
import type { Rule, Verdict } from './create-cases.js';
import { readmeRow } from './create-cases.js';
import { readmeContains, ruleTests, runAgainstMock, scenarioTests } from './scenario.js';

const MINUTE = 60_000;

/**
 * What the generated Create type does with each Create case read into it (serde): typify turns the CH
 * rule into one variant per contact method and closes the objects; only `minItems: 1` it does not check.
 */
export const createRules: Record<Rule, Verdict> = {
  'CH example': 'accepted',
  'Webex4Broadworks example': 'accepted',
  'CH without a contact method': 'refused',
  'CH with an empty emails list': 'accepted',
  'Webex4Broadworks without displayName': 'refused',
  'an email type outside the enum': 'refused',
  'a misspelt field (displayNmae)': 'refused',
  'an unknown source (LDAP)': 'refused',
};
const cargo = toolchain('cargo', ['--version'], /cargo (\d+\.\d+(?:\.\d+)?)/, '1.88');
const { progenitor } = versions.cargo['build-dependencies'];

/** A dependency table of versions.json as TOML, every version exact. */
function toml(table: Record<string, string | { version: string; [key: string]: unknown }>): string {
  return Object.entries(table)
    .map(([name, spec]) => {
      const { version, ...rest } = typeof spec === 'string' ? { version: spec } : spec;
      const extra = Object.entries(rest)
        .map(([key, value]) => `, ${key} = ${JSON.stringify(value)}`)
        .join('');
      return `${name} = { version = "=${version}"${extra} }`;
    })
    .join('\n');
}

describeWith(
  `Rust ${cargo.version ?? ''}: progenitor ${progenitor.version} on generated/openapi-3.0.json`,
  [cargo],
  () => {
    // The crate lives in the cache, so cargo's target folder makes a second run quick.
    const crate = join(cacheRoot, `progenitor@${progenitor.version}`, 'crate');
    const target = join(cacheRoot, 'cargo-target');
    const work = mkdtempSync(join(tmpdir(), 'webex-org-contacts-rust-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    let lines: string[] = [];

    it(
      'builds the crate, progenitor generating the client from the 3.0 document',
      () => {
        mkdirSync(join(crate, 'src'), { recursive: true });
        writeFileSync(
          join(crate, 'Cargo.toml'),
          `[package]
name = "webex-contacts-progenitor"
version = "0.0.0"
edition = "2021"
publish = false

[dependencies]
${toml(versions.cargo.dependencies)}

[build-dependencies]
${toml(versions.cargo['build-dependencies'])}
`,
        );
        // The whole dependency tree pinned: --locked fails if Cargo.toml asks for what the lock does not
        // hold (after a version change in versions.json, refresh it with `cargo update` in the crate and
        // copy the crate's Cargo.lock back here).
        copyFileSync(new URL('./rust/Cargo.lock', import.meta.url), join(crate, 'Cargo.lock'));
        copyFileSync(new URL('./rust/build.rs', import.meta.url), join(crate, 'build.rs'));
        copyFileSync(new URL('./rust/src/main.rs', import.meta.url), join(crate, 'src', 'main.rs'));
        // GENERATORS_DOCUMENT (a document being tried) gets its own 3.0 derivative.
        let document = bundled30;
        if (process.env.GENERATORS_DOCUMENT) {
          document = join(work, 'openapi-3.0.json');
          writeFileSync(document, JSON.stringify(toOpenApi30(JSON.parse(readFileSync(bundled, 'utf8')))));
        }
        run('cargo', ['build', '--quiet', '--locked'], {
          cwd: crate,
          env: { ...process.env, CARGO_TARGET_DIR: target, OPENAPI_DOCUMENT: document },
          timeoutMs: 20 * MINUTE,
        });
      },
      21 * MINUTE,
    );

    it(
      'runs against the Prism mock to the end',
      async () => {
        lines = await runAgainstMock('rust', join(target, 'debug', 'webex-contacts-progenitor'), [], {
          env: { RUST_BACKTRACE: '0' },
        });
        expect(lines.length).toBeGreaterThan(0);
      },
      3 * MINUTE,
    );

    scenarioTests(() => lines, `progenitor ${progenitor.version} (Rust, on the 3.0 document)`);
    ruleTests(() => lines, createRules);
    readmeContains(
      readmeRow(
        `progenitor ${progenitor.version} (Rust, on the 3.0 document)`,
        'reading a body into the type (serde)',
        createRules,
        true,
      ),
    );
  },
);
