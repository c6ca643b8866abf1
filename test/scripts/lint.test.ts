// `npm run lint` (scripts/lint.mjs) is `redocly lint` without the notice Redocly CLI prints on Node 20
// about its own future releases: everything else it says, and its exit status, come through unchanged.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { root } from '../../scripts/lib/paths.mjs';

const notice = 'Node.js 20 support is ending';

/** `node <program> <args>` in the repository, on this Node, without colours; its exit status and output. */
function node(program: string[], args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [...program, ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    timeout: 60_000,
  });
  return { status, stdout, stderr };
}
const ours = (args: string[] = []) => node([join(root, 'scripts', 'lint.mjs')], args);
const redoclys = (args: string[] = []) =>
  node([join(root, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js'), 'lint'], args);
/** Output lines that do not depend on the run: Redocly reports how long it took. */
const lines = (text: string) => text.split('\n').filter((line) => !/validated in \d+ms/.test(line));

const work = mkdtempSync(join(tmpdir(), 'webex-org-contacts-lint-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('npm run lint', () => {
  it("on the document: exit 0, Redocly's verdict, and no Node 20 notice", () => {
    const result = ours();
    expect(result.status, result.stdout + result.stderr).toBe(0);
    expect(result.stdout + result.stderr).toContain('Your API description is valid');
    expect(result.stderr).not.toContain(notice);
  });

  it('prints every other line Redocly prints, in order (the notice is only there on Node 20)', () => {
    const raw = redoclys();
    const kept = ours();
    const rawLines = lines(raw.stderr);
    const at = rawLines.findIndex((line) => line.includes(notice));
    // On Node 20 the notice is a box of lines before the rest; elsewhere nothing is left out.
    const expected = at === -1 ? rawLines : rawLines.slice(rawLines.findIndex((l, i) => i > at && l.includes('╝')) + 1);
    expect(lines(kept.stderr)).toEqual(expected);
    expect(kept.stdout).toBe(raw.stdout);
    expect(kept.status).toBe(raw.status);
  });

  it("on a broken document: Redocly's exit status and the problem it names", () => {
    const broken = join(work, 'broken.yaml');
    writeFileSync(broken, 'openapi: 3.1.0\ninfo:\n  version: "1"\npaths: {}\n');
    const result = ours([broken]);
    expect(result.status).toBe(redoclys([broken]).status);
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toMatch(/info-title|title/);
  });
});
