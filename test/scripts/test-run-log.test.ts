// testRunLog (scripts/lib/prism.mjs): each test run's Prism log gets its own file, and test-results/
// keeps only the newest few of each kind instead of growing with every run.
import { mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { testRunLog } from '../../scripts/lib/prism.mjs';

let dir: string | undefined;
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('testRunLog', () => {
  it('keeps the newest logs of its kind, removes the rest, and leaves other files alone', () => {
    dir = mkdtempSync(join(tmpdir(), 'test-run-log-'));
    // 14 old logs of the kind, the n-th written n minutes after the first; and files of other kinds.
    const start = Date.now() / 1000 - 3600;
    for (let n = 0; n < 14; n++) {
      const path = join(dir, `prism-mock-${1000 + n}.log`);
      writeFileSync(path, `run ${n}`);
      utimesSync(path, start + n * 60, start + n * 60);
    }
    for (const other of ['prism-dynamic-1.log', 'docs-site.png', 'prism-mock-notes.txt']) writeFileSync(join(dir, other), '');

    const log = testRunLog('prism-mock', dir);

    expect(log).toBe(join(dir, `prism-mock-${process.pid}.log`));
    const left = readdirSync(dir).sort();
    const kept = left.filter((name) => /^prism-mock-\d+\.log$/.test(name));
    // With the new run's log (written by the caller), that makes the newest ten.
    expect(kept).toEqual(Array.from({ length: 9 }, (_, i) => `prism-mock-${1005 + i}.log`));
    expect(left).toEqual(expect.arrayContaining(['prism-dynamic-1.log', 'docs-site.png', 'prism-mock-notes.txt']));
  });

  it('creates the directory when it is missing', () => {
    dir = mkdtempSync(join(tmpdir(), 'test-run-log-'));
    const log = testRunLog('prism-dynamic', join(dir, 'nested', 'test-results'));
    writeFileSync(log, 'ok');
    expect(readdirSync(join(dir, 'nested', 'test-results'))).toEqual([`prism-dynamic-${process.pid}.log`]);
  });
});
