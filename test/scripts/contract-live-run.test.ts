// The manual's live-tenant command, taken from docs/contract-testing.md as text and run in bash as a user pastes it,
// with only its placeholder values replaced: against a dead URL it must stop at once naming the URL and
// the cause; against a server that refuses every token likewise; against the Prism mock (given as
// CONTRACT_BASE_URL, so as a live server) it runs the live reads (writes are off by default), says so
// first, counts them last, and neither runs nor counts a mock-only case.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/lib/paths.mjs';
import { reservePort } from '../../scripts/lib/ports.mjs';
import { type Prism, startPrism } from '../../scripts/lib/prism.mjs';
import { exampleIds } from '../fixtures/operations.js';
import { testRunLog } from '../fixtures/test-run-log.js';

const token = 'SECRET-LIVE-RUN-TOKEN-3b9f';

/** The sh block of the manual's "Against a live tenant" section (docs/contract-testing.md) that runs the suite. */
function liveBlock(): string {
  const manual = readFileSync(join(root, 'docs', 'contract-testing.md'), 'utf8');
  const section = manual.split(/^## /m).find((part) => part.startsWith('Against a live tenant\n'));
  expect(section, 'docs/contract-testing.md has a section "Against a live tenant"').toBeDefined();
  const blocks = [...section!.matchAll(/^```sh\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
  const block = blocks.find((text) => text.includes('npm run test:contract'));
  expect(block, 'that section has an sh block running npm run test:contract').toBeDefined();
  return block!;
}

/**
 * The block with its settings' values replaced by `values`. The block must be exactly `NAME=value \`
 * lines and the command (so no line is cut short by a comment or a missing continuation), and set
 * exactly the settings this test gives values for.
 */
function withValues(block: string, values: Record<string, string>): string {
  const lines = block.trimEnd().split('\n');
  expect(lines.at(-1), 'the last line runs the suite').toBe('npm run test:contract');
  const names: string[] = [];
  const settings = lines.slice(0, -1).map((line) => {
    const match = /^([A-Z][A-Z0-9_]*)=(\S+) \\$/.exec(line);
    expect(match, `"${line}" is a NAME=value line continued with " \\" (no comment, no trailing space)`).not.toBeNull();
    names.push(match![1]!);
    return `${match![1]}='${values[match![1]!]}' \\`;
  });
  expect(names.sort()).toEqual(Object.keys(values).sort());
  return [...settings, lines.at(-1)].join('\n');
}

interface Run {
  code: number | null;
  output: string;
  /** The output's lines, empty ones dropped. */
  lines: string[];
}

/** Runs `script` with bash -c in the repository, with `env` over a clean environment; killed after 90 s. */
function bash(script: string, env: Record<string, string>): Promise<Run> {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(CONTRACT_|WEBEX_|FC_SEED|VITEST)/.test(name)),
  ) as Record<string, string>;
  // Its own process group, so a run that hangs is killed with everything it started.
  const child = spawn('bash', ['-c', script], {
    cwd: root,
    env: { ...clean, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const kill = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), 90_000);
  return new Promise((resolve) =>
    child.once('close', (code) => {
      clearTimeout(kill);
      resolve({
        code,
        output,
        lines: output
          .split('\n')
          .map((line) => line.trimEnd())
          .filter(Boolean),
      });
    }),
  );
}

const servers: Server[] = [];
afterAll(() => Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve)))));

describe("the manual's live-tenant command, pasted into bash", () => {
  const block = liveBlock();
  const ids = { WEBEX_ORG_ID: exampleIds.orgId, WEBEX_CONTACT_ID: exampleIds.contactId };

  it('has no inline comment that would end the command early', () => {
    expect(block).not.toMatch(/#/);
  });

  it('against a dead CONTRACT_BASE_URL: exits non-zero with one message naming the URL and ECONNREFUSED, before any case', async () => {
    const dead = `http://127.0.0.1:${await reservePort(0)}/v1`;
    const run = await bash(withValues(block, { CONTRACT_BASE_URL: dead, ...ids }), { WEBEX_TOKEN: token });
    expect(run.code, run.output).not.toBe(0);
    const messages = run.lines.filter((line) => line.includes('Cannot test'));
    expect(messages, run.output).toEqual([
      expect.stringMatching(
        new RegExp(`^Cannot test ${dead}: GET ${dead}/contacts/\\S+ failed: ECONNREFUSED: connection refused`),
      ),
    ]);
    expect(run.output, 'no case ran').not.toMatch(/Test Files|Tests\s+\d/);
    expect(run.output, 'no stack trace').not.toMatch(/^\s+at /m);
    expect(run.output).not.toContain(token);
  }, 100_000);

  it('against a server that answers 401 to everything: exits non-zero saying the token is refused, without printing it', async () => {
    const server = createServer((_req, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          message: 'The request requires a valid access token set in the Authorization request header.',
        }),
      );
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
    const run = await bash(withValues(block, { CONTRACT_BASE_URL: url, ...ids }), { WEBEX_TOKEN: token });
    expect(run.code, run.output).not.toBe(0);
    expect(
      run.lines.filter((line) => line.includes('Cannot test')),
      run.output,
    ).toEqual([
      expect.stringMatching(
        new RegExp(`^Cannot test ${url}: GET \\S+ answered 401 ".+": the server refuses WEBEX_TOKEN`),
      ),
    ]);
    expect(run.output, 'no case ran').not.toMatch(/Test Files|Tests\s+\d/);
    expect(run.output).not.toContain(token);
  }, 100_000);

  describe("against the Prism mock's URL, as a live server", () => {
    let prism: Prism;
    let front: Server;
    let url = '';
    /** What reached the server: the mock-only cases ask for statuses and examples with Prefer. */
    const seen: { method: string; path: string; prefer: string | string[] | undefined; authorized: boolean }[] = [];

    beforeAll(async () => {
      prism = await startPrism({ logFile: testRunLog('prism-live-run') });
      // A recording front on the mock: every request and its Prefer header, then forwarded unchanged.
      front = createServer((req, res) => {
        seen.push({
          method: req.method!,
          path: req.url!,
          prefer: req.headers.prefer,
          authorized: req.headers.authorization !== undefined,
        });
        const forward = request(prism.url + req.url, { method: req.method, headers: req.headers }, (answer) => {
          res.writeHead(answer.statusCode!, answer.headers);
          answer.pipe(res);
        });
        forward.on('error', () => res.destroy());
        req.pipe(forward);
      });
      servers.push(front);
      await new Promise<void>((resolve) => front.listen(0, '127.0.0.1', resolve));
      url = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
    }, 60_000);
    afterAll(() => prism?.stop());

    it('names the target and its groups first, runs the live reads, counts them last, and no mock-only case', async () => {
      const run = await bash(withValues(block, { CONTRACT_BASE_URL: url, ...ids }), { WEBEX_TOKEN: token });

      // First: the target, before any result; the writes skipped (read-only by default), the mock-only
      // cases left out.
      const plan = run.lines.findIndex((line) => line.startsWith('Contract suite against'));
      const firstResult = run.lines.findIndex((line) => /^\s*[✓×❯↓]/.test(line));
      expect(plan, run.output).toBeGreaterThanOrEqual(0);
      expect(plan, 'the plan comes before any result').toBeLessThan(firstResult);
      expect(run.lines[plan]).toBe(
        `Contract suite against ${url} (CONTRACT_BASE_URL; no mock started). Runs the cases that need nothing or only WEBEX_TOKEN or WEBEX_ORG_ID or WEBEX_CONTACT_ID; skips the writes (they create real contacts, deleted before the run ends: set CONTRACT_ALLOW_WRITES=1); leaves out, neither run nor counted, the mock-only cases (they check the mock's own examples and statuses asked for with Prefer: code=NNN, not the server).`,
      );

      // Last: the counts of the cases sent to the target (and apart, the tests that send it nothing).
      const counts = new RegExp(
        `^Contract suite against ${url}: (\\d+) passed, (\\d+) failed, (\\d+) skipped of (\\d+) case\\(s\\) sent to it` +
          `(?: \\(skipped (.*?)\\))?(?:; (\\d+) other test\\(s\\) that send it nothing: (\\d+) passed, (\\d+) failed, 0 skipped)?\\.$`,
      ).exec(run.lines.at(-1)!);
      expect(counts, run.output).not.toBeNull();
      const number = (i: number) => Number(counts![i] ?? 0);
      const [passed, failed, skipped, total, othersPassed, othersFailed] = [
        number(1),
        number(2),
        number(3),
        number(4),
        number(7),
        number(8),
      ];
      expect(passed + failed + skipped).toBe(total);
      expect(passed, 'the live reads ran').toBeGreaterThan(0);
      // Every skip is a write: a mock-only case counted as a skip would carry another reason.
      expect(skipped).toBeGreaterThan(0);
      expect(counts![5]).toBe(`${skipped} for want of CONTRACT_ALLOW_WRITES=1`);
      // vitest's own per-file counts for the contract project agree: nothing counted beyond these.
      const files = [...run.output.matchAll(/\|contract\| \S+ \((\d+) tests?((?: \| \d+ \w+)*)\)/g)];
      const sum = (pick: (m: RegExpMatchArray) => number) => files.reduce((n, m) => n + pick(m), 0);
      const inFile = (m: RegExpMatchArray, state: string) =>
        Number(new RegExp(`(\\d+) ${state}`).exec(m[2] ?? '')?.[1] ?? 0);
      expect(files.length, run.output).toBeGreaterThan(0);
      expect(
        sum((m) => Number(m[1])),
        'tests in the contract files',
      ).toBe(total + othersPassed + othersFailed);
      expect(
        sum((m) => inFile(m, 'skipped')),
        'skipped in the contract files',
      ).toBe(skipped);
      expect(
        sum((m) => inFile(m, 'failed')),
        'failed in the contract files',
      ).toBe(failed + othersFailed);
      // A failing live read fails the run (here: whatever the mock-as-tenant cannot answer as a tenant would).
      if (failed + othersFailed > 0) expect(run.code, run.output).not.toBe(0);

      // Not run: no request asked for a status or an example (the mock-only cases all do, or post
      // generated bodies by the hundred). And read-only: a write went out only without a token, for
      // the server to refuse (the 401 cases).
      expect(
        seen.filter((r) => r.prefer !== undefined),
        'requests with Prefer',
      ).toEqual([]);
      expect(
        seen.filter((r) => r.method !== 'GET' && r.authorized).map((r) => `${r.method} ${r.path}`),
        'writes with the token',
      ).toEqual([]);
      expect(
        seen.some((r) => r.method === 'GET' && r.authorized),
        'reads with the token',
      ).toBe(true);
      expect(run.output).not.toContain(token);
    }, 100_000);
  });
});
