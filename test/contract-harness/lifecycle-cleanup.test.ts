// "Every contact the suite creates is deleted before the run ends, also when a test fails or the run is
// interrupted", proved: the live lifecycle suite (test/contract/lifecycle.test.ts) is run as users run it,
// `npx vitest run --project contract …` with CONTRACT_BASE_URL, against a stateful stand-in for the
// service (test/contract-harness/contacts-stand-in.ts; Prism remembers nothing), and the contacts left in the
// stand-in are counted after a passing run, a run where a step fails, and two runs stopped with SIGINT
// while contacts exist (Ctrl-C to the whole run, and a signal to vitest alone): 0 each time, and each run
// did create contacts, so the count means something. The counts are printed. Each run gets an
// organization of its own, so the counts cannot mix.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { childrenOf } from '../fixtures/script-run.js';
import { type StandIn, startStandIn } from './contacts-stand-in.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const results = join(root, 'test-results');
// A token that looks like one, so any copy of it in the output or the ledger is found.
const token = `stand-in-token-${randomUUID()}`;
const waitMs = 90_000;
const timeout = 150_000;

let standIn: StandIn;
beforeAll(async () => {
  standIn = await startStandIn({ token });
});
afterAll(() => standIn?.close());

interface LifecycleRun {
  child: ChildProcess;
  output: () => string;
  /** Resolves once the run and every process of its group (vitest's workers, the clean-up) have ended. */
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const runs: LifecycleRun[] = [];
afterEach(() => {
  // A test that failed half-way leaves no run behind.
  for (const run of runs.splice(0)) killGroup(run.child, 'SIGKILL');
});

function killGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  try {
    process.kill(-child.pid!, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

function groupAlive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** True while `pid` runs: a zombie (ended, not yet reaped by its parent) does not. */
function running(pid: number): boolean {
  try {
    return !execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' })
      .trim()
      .startsWith('Z');
  } catch {
    return false; // ps exits 1 for a pid that does not exist
  }
}

/** Resolves once `pid` has ended (polled; bounded by the caller). */
async function vitestExited(pid: number): Promise<void> {
  while (running(pid)) await sleep(50);
}

/** Runs the lifecycle suite against the stand-in in its own process group (as a terminal's Ctrl-C would reach it). */
function runLifecycle(orgId: string): LifecycleRun {
  // This test runs inside vitest: its worker's settings are not the nested run's.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(VITEST|WEBEX_|CONTRACT_)/.test(name)),
  );
  Object.assign(env, {
    CONTRACT_BASE_URL: standIn.url,
    WEBEX_TOKEN: token,
    WEBEX_ORG_ID: orgId,
    CONTRACT_ALLOW_WRITES: '1',
    NO_COLOR: '1',
    FORCE_COLOR: '0',
  });
  const child = spawn('npx', ['vitest', 'run', '--project', 'contract', 'test/contract/lifecycle.test.ts'], {
    cwd: root,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const ended = exited.then(async (exit) => {
    const deadline = Date.now() + waitMs;
    while (groupAlive(child.pid!)) {
      if (Date.now() > deadline)
        throw new Error(`the run's processes were still running ${waitMs} ms after it exited; its output:\n${output}`);
      await sleep(100);
    }
    return exit;
  });
  const run = {
    child,
    output: () => output,
    ended: bounded(ended, () => `the run did not end within ${waitMs} ms; its output:\n${output}`),
  };
  runs.push(run);
  return run;
}

function bounded<T>(promise: Promise<T>, message: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeoutPromise = new Promise<never>(
    (_, reject) => (timer = setTimeout(() => reject(new Error(message())), waitMs)),
  );
  return Promise.race([promise, timeoutPromise]).finally(() => clearTimeout(timer));
}

/** The ledger file of the run in `orgId`, while the run is on. */
function ledgerOf(orgId: string): string | undefined {
  const files = readdirSync(results).filter((name) => /^created-contacts-\d+\.jsonl$/.test(name));
  return files.map((name) => readFileSync(join(results, name), 'utf8')).find((text) => text.includes(orgId));
}

const counts: string[] = [];
function report(what: string, orgId: string): number {
  const left = standIn.contacts(orgId).length;
  const line = `contacts left after ${what}: ${left} (created ${standIn.created(orgId)})`;
  counts.push(line);
  console.log(`[lifecycle clean-up] ${line}`);
  return left;
}
afterAll(() => {
  if (counts.length) console.log(`[lifecycle clean-up]\n  ${counts.join('\n  ')}`);
});

describe('the live lifecycle suite, run against a stateful stand-in, leaves no contact behind', () => {
  it(
    'after a passing run',
    async () => {
      const orgId = randomUUID();
      const run = runLifecycle(orgId);
      const { code } = await run.ended;
      expect(code, run.output()).toBe(0);
      // Both lifecycle cases ran: against a live target they are not skipped.
      expect(run.output()).toMatch(/Tests\s+2 passed \(2\)/);
      expect(standIn.created(orgId), 'one contact, then three in bulk').toBe(4);
      expect(report('a passing run', orgId)).toBe(0);
      expect(run.output()).not.toContain(token);
    },
    timeout,
  );

  it(
    'after a run whose update fails (500): the contact the failed case made is deleted at teardown, by a DELETE of its own when the bulk delete fails',
    async () => {
      const orgId = randomUUID();
      const fired = standIn.fault({
        operationId: 'updateContact',
        action: 'fail',
        status: 500,
        when: (r) => r.params.orgId === orgId,
      });
      // The clean-up's bulk delete (one id; the lifecycle's own deletes three) fails as well.
      const bulkFailed = standIn.fault({
        operationId: 'bulkDeleteContacts',
        action: 'fail',
        status: 503,
        when: (r) => r.params.orgId === orgId && r.body.objectIds.length === 1,
      });
      const run = runLifecycle(orgId);
      const { code } = await run.ended;
      expect(code, run.output()).toBe(1);
      expect(run.output()).toMatch(/Tests\s+1 failed \| 1 passed \(2\)/);
      // The contact existed when the step failed: only the clean-up can have deleted it.
      expect((await fired).contacts, run.output()).toBe(1);
      expect(report('a run where a step fails', orgId)).toBe(0);
      expect((await bulkFailed).contacts, 'the bulk delete failed while the contact existed').toBe(1);
      expect(run.output()).toMatch(/\[created-contacts\] bulk delete of 1 contact\(s\) in organization \S+: 503/);
      expect(run.output()).toMatch(
        /\[created-contacts\] 1 of 1 gone \(a DELETE of each found 0 gone already and deleted 1\)/,
      );
      expect(run.output()).not.toContain(token);
    },
    timeout,
  );

  it(
    'after Ctrl-C (SIGINT to the whole run) while a bulk create was applied and its answer never came: found by the run marker',
    async () => {
      const orgId = randomUUID();
      const fired = standIn.fault({
        operationId: 'bulkCreateOrUpdateContacts',
        action: 'stall',
        applied: true,
        when: (r) => r.params.orgId === orgId,
      });
      const run = runLifecycle(orgId);
      const at = await bounded(fired, () => `the bulk create was never sent; the run's output:\n${run.output()}`);
      expect(at.contacts).toBe(3);
      killGroup(run.child, 'SIGINT');
      await run.ended;
      expect(report('SIGINT to the run while a bulk create went unanswered', orgId)).toBe(0);
      expect(run.output()).toMatch(/\[created-contacts\] 3 of 3 gone/);
      expect(run.output()).not.toContain(token);
    },
    timeout,
  );

  it(
    'after SIGINT to vitest alone (not its workers) while a GET of a created contact is held: the workers are stopped too',
    async () => {
      const orgId = randomUUID();
      const fired = standIn.fault({
        operationId: 'getContact',
        action: 'stall',
        when: (r) => standIn.has(orgId, r.params.contactId),
      });
      const run = runLifecycle(orgId);
      const at = await bounded(fired, () => `the GET was never sent; the run's output:\n${run.output()}`);
      expect(at.contacts).toBe(1);
      // The ledger has the contact, and never the token.
      const ledger = ledgerOf(orgId)!;
      expect(ledger).toContain(standIn.contacts(orgId)[0]!.contactId);
      expect(ledger).not.toContain(token);

      const vitest = JSON.parse(ledger.split('\n')[0]!).pid as number;
      const workers = childrenOf(vitest);
      expect(workers.length, 'a worker runs the lifecycle file').toBeGreaterThan(0);
      process.kill(vitest, 'SIGINT');
      await bounded(
        vitestExited(vitest),
        () => `vitest (pid ${vitest}) did not exit; the run's output:\n${run.output()}`,
      );
      // Left running, the worker would go on with the next case once its request timed out.
      expect(workers.filter(running), 'workers still running after vitest exited').toEqual([]);
      await run.ended;
      expect(report('SIGINT to vitest alone while a created contact existed', orgId)).toBe(0);
      expect(run.output()).toMatch(/\[created-contacts\] 1 of 1 gone/);
      expect(ledgerOf(orgId), 'the ledger is removed once everything in it is gone').toBeUndefined();
      expect(run.output()).not.toContain(token);
    },
    timeout,
  );
});
