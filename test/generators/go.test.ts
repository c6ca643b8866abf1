// Go: oapi-codegen's client and models generated from generated/openapi.json, built with the machine's
// Go, and run against the Prism mock (test/generators/go/main.go; what it must print: scenario.ts).
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bundled, describeWith, goEnv, oapiCodegen, run, toolchain, versions } from './cache.js';
import type { Rule, Verdict } from './create-cases.js';
import { readmeRow } from './create-cases.js';
import { readmeContains, ruleTests, runAgainstMock, scenarioTests } from './scenario.js';

const MINUTE = 60_000;

/**
 * What the generated Create type does with each Create case read into it: oapi-codegen's union keeps the
 * raw JSON and checks nothing, so every case is read (the server refuses the invalid ones).
 */
export const createRules: Record<Rule, Verdict> = {
  'CH example': 'accepted',
  'Webex4Broadworks example': 'accepted',
  'CH without a contact method': 'accepted',
  'CH with an empty emails list': 'accepted',
  'Webex4Broadworks without displayName': 'accepted',
  'an email type outside the enum': 'accepted',
  'a misspelt field (displayNmae)': 'accepted',
  'an unknown source (LDAP)': 'accepted',
};
const runtime = 'github.com/oapi-codegen/runtime';
const go = toolchain('go', ['version'], /go(\d+\.\d+(?:\.\d+)?)/, '1.22');

describeWith(
  `Go: oapi-codegen ${versions.go['github.com/oapi-codegen/oapi-codegen/v2']} (${go.version ? `go ${go.version}` : 'go'})`,
  [go],
  () => {
    const work = mkdtempSync(join(tmpdir(), 'webex-org-contacts-go-'));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    let lines: string[] = [];

    beforeAll(() => {
      mkdirSync(join(work, 'contacts'));
      writeFileSync(
        join(work, 'oapi-codegen.yaml'),
        'package: contacts\ngenerate:\n  client: true\n  models: true\noutput: contacts/contacts.gen.go\n',
      );
      writeFileSync(
        join(work, 'go.mod'),
        `module webexcontacts\n\ngo 1.22\n\nrequire ${runtime} ${versions.go[runtime]}\n`,
      );
      copyFileSync(new URL('./go/main.go', import.meta.url), join(work, 'main.go'));
    });

    it(
      'generates the client from generated/openapi.json',
      () => {
        run(oapiCodegen(), ['-config', 'oapi-codegen.yaml', bundled], { cwd: work, env: goEnv, timeoutMs: 2 * MINUTE });
      },
      12 * MINUTE,
    );

    it(
      'builds it with a program that uses it',
      () => {
        run('go', ['mod', 'tidy'], { cwd: work, env: goEnv, timeoutMs: 5 * MINUTE });
        run('go', ['vet', './...'], { cwd: work, env: goEnv, timeoutMs: 5 * MINUTE });
        run('go', ['build', '-o', 'client', '.'], { cwd: work, env: goEnv, timeoutMs: 5 * MINUTE });
      },
      16 * MINUTE,
    );

    it(
      'runs against the Prism mock to the end',
      async () => {
        lines = await runAgainstMock('go', join(work, 'client'), [], { cwd: work });
        expect(lines.length).toBeGreaterThan(0);
      },
      3 * MINUTE,
    );

    scenarioTests(() => lines, `oapi-codegen ${versions.go['github.com/oapi-codegen/oapi-codegen/v2']} (Go)`);
    ruleTests(() => lines, createRules);
    readmeContains(
      readmeRow(
        `oapi-codegen ${versions.go['github.com/oapi-codegen/oapi-codegen/v2']} (Go)`,
        'reading a body into the type',
        createRules,
        true,
      ),
    );
  },
);
