// Schemathesis (PyPI, the standard OpenAPI fuzzer) holds the Prism mock to generated/openapi.json:
// every operation, every check, positive and negative data, all four phases, a JUnit report under
// test-results/. Only what the mock cannot do is configured away, each with its reason (docs/contract-testing.md
// "Schemathesis"). Also: the wiring reports a server that breaks the document, and the manual's live-tenant
// command, run against the mock as if it were a tenant, sends nothing but reads.
//
// Schemathesis comes from the venv .ci/run installs; without it the tests skip with the reason locally
// and fail under CI.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/lib/paths.mjs';
import { type Prism, startPrism } from '../../scripts/lib/prism.mjs';
import { bundledDocument, exampleIds } from '../fixtures/operations.js';
import { testRunLog } from '../fixtures/test-run-log.js';

const venv = join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'webex-org-contacts', 'venv');
const binary = join(venv, 'bin', 'schemathesis');
const pinned = /^schemathesis==(\S+)$/m.exec(
  readFileSync(join(root, 'test/openapi/schemathesis.requirements.txt'), 'utf8'),
)![1]!;

/** Why Schemathesis cannot run here, or undefined when the pinned version is installed. */
function unavailable(): string | undefined {
  if (!existsSync(binary)) return `Schemathesis is not installed at ${binary} (bash .ci/run installs it)`;
  const version = /version (\S+)/.exec(execFileSync(binary, ['--version'], { encoding: 'utf8' }))?.[1];
  return version === pinned
    ? undefined
    : `Schemathesis ${version} at ${binary}, not the pinned ${pinned} (bash .ci/run installs it)`;
}
const reason = unavailable();
// Locally a missing tool is a skip with the reason; under CI it is a failure.
const skip = reason !== undefined && !process.env.CI;
const title = (text: string) => (skip ? `${text} [skipped: ${reason}]` : text);

/** Every operation as Schemathesis names it in its report: "METHOD /path". */
const operations: string[] = Object.entries<Record<string, { operationId?: string }>>(bundledDocument.paths).flatMap(
  ([path, item]) =>
    Object.entries(item)
      .filter(([, node]) => node?.operationId)
      .map(([method]) => `${method.toUpperCase()} ${path}`),
);

interface Run {
  code: number | null;
  output: string;
}

/** Runs `command` (a file and its arguments, or a bash script) in the repository; killed after 5 minutes. */
function run(command: string[], env: Record<string, string> = {}): Promise<Run> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(CONTRACT_|WEBEX_|SCHEMATHESIS)/.test(name)),
  );
  const child = spawn(command[0]!, command.slice(1), {
    cwd: root,
    env: { ...clean, NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const kill = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 300_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(kill);
      resolve({ code, output });
    }),
  );
}

/** Schemathesis's closing summary (from the SUMMARY rule on), the part worth showing in a failure. */
const summary = (output: string) => output.slice(Math.max(0, output.lastIndexOf('= SUMMARY =') - 40));

/** The failure codes (ST201, ...) a run reports. */
const failureCodes = (output: string) =>
  [...new Set([...output.matchAll(/^\s+❌ (ST\d+) /gm)].map((m) => m[1]!))].sort();

const servers: Server[] = [];
afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

async function listen(server: Server): Promise<string> {
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

describe.skipIf(skip)(`Schemathesis ${pinned} against the Prism mock of generated/openapi.json`, () => {
  let prism: Prism;
  beforeAll(async () => {
    prism = await startPrism({ logFile: testRunLog('prism-schemathesis') });
  }, 60_000);
  afterAll(() => prism?.stop());

  it(title('every operation, every check, positive and negative, all phases: no failure, a JUnit report'), async () => {
    expect(reason).toBeUndefined();
    const junit = join(root, 'test-results', 'schemathesis.xml');
    rmSync(junit, { force: true });
    const result = await run([
      ...runWithMockConfig(prism.url),
      '--phases',
      'examples,coverage,fuzzing,stateful',
      '--mode',
      'all',
      '--checks',
      'all',
      // What the mock cannot do, nothing the document could fix (docs/contract-testing.md "Schemathesis", case by case):
      // - unsupported_method (ST204): Prism answers an undeclared method with 405 but no Allow header;
      // - use_after_free (ST301): the mock keeps no state, so a deleted contact is still served.
      '--exclude-checks',
      'unsupported_method,use_after_free',
      '--report',
      'junit',
      '--report-junit-path',
      junit,
      ...(process.env.SCHEMATHESIS_SEED ? ['--seed', process.env.SCHEMATHESIS_SEED] : []),
    ]);
    // Its closing line and seed (SCHEMATHESIS_SEED=<seed> repeats the run), whatever the outcome.
    console.log(
      result.output
        .split('\n')
        .filter((line) => /^Seed: |^=+ .* in [\d.]+s =+$/.test(line))
        .join('\n'),
    );
    expect(result.code, summary(result.output)).toBe(0);
    expect(result.output).toContain(`Selected: ${operations.length}/${operations.length}`);
    expect(result.output).toContain(`Tested: ${operations.length}`);
    expect(result.output).toMatch(/✅ Examples\n\s+✅ Coverage\n\s+✅ Fuzzing\n\s+✅ Stateful/);

    const report = readFileSync(junit, 'utf8');
    const cases = [...report.matchAll(/<testcase name="([^"]+)"/g)].map((m) => m[1]);
    expect(cases.sort()).toEqual([...operations, 'Stateful tests'].sort());
    expect(report).toMatch(/<testsuites errors="0" failures="0"/);
  }, 300_000);
});

describe.skipIf(skip)('Schemathesis finds what breaks the document', () => {
  it(title(
    'a server answering Get a Contact with a displayName that is no string fails the run, and the report says so',
  ), async () => {
    expect(reason).toBeUndefined();
    const url = await listen(
      createServer((_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', trackingid: 'broken-server' });
        res.end(
          JSON.stringify({
            schemas: 'urn:cisco:codev:identity:contact:core:1.0',
            contactId: exampleIds.contactId,
            displayName: 42,
          }),
        );
      }),
    );
    const result = await run([
      ...runWithMockConfig(url),
      '--include-operation-id',
      'getContact',
      '--phases',
      'examples',
      '--checks',
      'response_schema_conformance',
    ]);
    expect(result.code, result.output).toBe(1);
    expect(failureCodes(result.output), summary(result.output)).toContain('ST108');
    expect(result.output).toMatch(/Response violates schema/);
  }, 120_000);
});

/**
 * `schemathesis run` of the bundled document against `url` with the mock's config, and a token: any one
 * satisfies the mock (and the broken server), and Schemathesis masks it in its output anyway.
 */
function runWithMockConfig(url: string): string[] {
  return [
    binary,
    '--config-file',
    'test/openapi/schemathesis.mock.toml',
    'run',
    'generated/openapi.json',
    '--url',
    url,
    '--header',
    'Authorization: Bearer schemathesis',
  ];
}

/** The sh block of the manual's "Schemathesis" section (docs/contract-testing.md) that runs it against a live tenant. */
function liveBlock(): string {
  const manual = readFileSync(join(root, 'docs', 'contract-testing.md'), 'utf8');
  const section = manual.split(/^## /m).find((part) => part.startsWith('Schemathesis\n'));
  expect(section, 'docs/contract-testing.md has a section "Schemathesis"').toBeDefined();
  const block = [...section!.matchAll(/^```sh\n([\s\S]*?)^```$/gm)]
    .map((m) => m[1]!)
    .find((text) => text.includes('schemathesis.live.toml'));
  expect(block, 'that section has an sh block with the live config').toBeDefined();
  return block!;
}

describe.skipIf(skip)("the manual's live-tenant Schemathesis command, against the mock as if it were a tenant", () => {
  let prism: Prism;
  let url = '';
  const seen: { method: string; path: string }[] = [];
  const token = 'SECRET-SCHEMATHESIS-TOKEN-51c0';

  beforeAll(async () => {
    prism = await startPrism({ logFile: testRunLog('prism-schemathesis-live') });
    // A recording front: every request's method and path, then forwarded unchanged.
    url = await listen(
      createServer((req, res) => {
        seen.push({ method: req.method!, path: req.url! });
        const forward = request(prism.url + req.url, { method: req.method, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode!, answer.headers);
          answer.pipe(res);
        });
        forward.on('error', () => res.destroy());
        req.pipe(forward);
      }),
    );
  }, 60_000);
  afterAll(() => prism?.stop());

  it(title(
    'sends reads only, to the given org, rate-limited, never prints the token; finds only what the mock cannot do',
  ), async () => {
    expect(reason).toBeUndefined();
    const block = liveBlock();
    expect(block, 'no inline comment').not.toMatch(/#/);
    const lines = block.trimEnd().split('\n');
    const values: Record<string, string> = {
      CONTRACT_BASE_URL: url,
      WEBEX_ORG_ID: exampleIds.orgId,
      WEBEX_CONTACT_ID: exampleIds.contactId,
      // The manual's rate is for a tenant; the mock takes many more, so the run stays short.
      SCHEMATHESIS_RATE_LIMIT: '100000/m',
    };
    const settings = lines.slice(0, -1).map((line) => {
      const match = /^([A-Z][A-Z0-9_]*)=(\S+) \\$/.exec(line);
      expect(match, `"${line}" is a NAME=value line continued with " \\"`).not.toBeNull();
      expect(Object.keys(values)).toContain(match![1]);
      return `${match![1]}='${values[match![1]!]}' \\`;
    });
    expect(settings).toHaveLength(Object.keys(values).length);
    const command = lines.at(-1)!;
    expect(command).toContain('--include-method GET');
    const junit = /--report-junit-path (\S+)/.exec(command)?.[1];
    expect(junit, 'the command writes a JUnit report').toBeDefined();

    // No rate limit, no run: the config demands one before any request.
    const unlimited = await run(
      ['bash', '-c', [...settings.filter((line) => !line.startsWith('SCHEMATHESIS_RATE_LIMIT=')), command].join('\n')],
      { WEBEX_TOKEN: token },
    );
    expect(unlimited.code, unlimited.output).not.toBe(0);
    expect(unlimited.output).toContain('Missing environment variable: `SCHEMATHESIS_RATE_LIMIT`');
    expect(seen, 'nothing sent without a rate limit').toEqual([]);

    const result = await run(['bash', '-c', [...settings, command].join('\n')], { WEBEX_TOKEN: token });
    const reads = operations.filter((operation) => operation.startsWith('GET '));
    expect(result.output, summary(result.output)).toContain(`Selected: ${reads.length}/${operations.length}`);
    expect(result.output).toContain(`Tested: ${reads.length}`);
    // Against the mock it may find only the two things the mock cannot do (an empty query value
    // accepted, ST201; a 405 without Allow, ST204); a real tenant is held to those too.
    expect(
      failureCodes(result.output).filter((code) => code !== 'ST201' && code !== 'ST204'),
      summary(result.output),
    ).toEqual([]);
    expect(result.code === 0 || failureCodes(result.output).length > 0, summary(result.output)).toBe(true);

    expect(seen.length, 'it reached the server').toBeGreaterThan(0);
    expect(
      [...new Set(seen.map((r) => r.method))].filter((m) => !['GET', 'HEAD', 'OPTIONS', 'TRACE'].includes(m)),
      'only safe methods',
    ).toEqual([]);
    const orgIds = new Set(seen.map((r) => /^\/contacts\/organizations\/([^/?]+)/.exec(r.path)?.[1]).filter(Boolean));
    expect([...orgIds], 'only the org given').toEqual([exampleIds.orgId]);
    expect(result.output).not.toContain(token);
    expect(readFileSync(join(root, junit!), 'utf8')).not.toContain(token);
  }, 300_000);
});
