// The scripts that take `--out DIR` (npm run docs, npm run generate) read it with outOption
// (scripts/lib/usage.mjs): a wrong argument is one line naming it, exit code 2, and nothing is written.
import { afterEach, describe, expect, it } from 'vitest';
import { exitOf, runScript, stopAll } from '../fixtures/script-run.js';

afterEach(() => stopAll());

describe.each([
  ['docs.mjs', 'npm run docs'],
  ['generate.mjs', 'npm run generate'],
])('%s used wrongly', (script, command) => {
  it.each([
    [['--out'], "Option '--out <value>' argument missing"],
    [['--out='], "Option '--out <value>' needs a folder"],
    [['--output', 'site'], "Unknown option '--output'"],
    [['site'], "Unexpected argument 'site'"],
  ])('%j: one line naming the mistake, exit code 2', async (args, message) => {
    const run = runScript(script, args);
    expect((await exitOf(run)).code, run.output()).toBe(2);
    const output = run.output().trim();
    expect(output.split('\n'), output).toHaveLength(1);
    expect(output.startsWith(message), output).toBe(true);
    expect(output).toContain(`usage: ${command} [-- --out DIR]`);
  });
});
