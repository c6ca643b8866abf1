#!/usr/bin/env node
// `npm run lint`: `redocly lint` under redocly.yaml's rules, with any arguments passed on, its output and
// exit status as they are but for one notice. On Node 20 Redocly CLI prints, on every run, a box saying
// that its future releases need Node 22.12; it says nothing about the document, and what it asks of this
// repository (dropping Node 20 from `engines` when Redocly CLI does) is in CONTRIBUTING.md.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { root } from './lib/paths.mjs';

const notice = 'Node.js 20 support is ending';

/**
 * `text` without the box around the Node 20 notice (and the blank line before it). Left as it is if
 * the box is not found as expected, so a changed notice is shown rather than cut wrongly.
 * @param {string} text
 */
function withoutNode20Notice(text) {
  const lines = text.split('\n');
  const at = lines.findIndex((line) => line.includes(notice));
  const top = lines
    .slice(0, Math.max(at, 0))
    .map((line) => line.includes('╔'))
    .lastIndexOf(true);
  const bottom = lines.findIndex((line, i) => i > at && line.includes('╝'));
  if (at === -1 || top === -1 || bottom === -1) return text;
  const start = top > 0 && lines[top - 1]?.trim() === '' ? top - 1 : top;
  lines.splice(start, bottom - start + 1);
  return lines.join('\n');
}

const redocly = join(root, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
const run = spawnSync(process.execPath, [redocly, 'lint', ...process.argv.slice(2)], {
  cwd: root,
  encoding: 'utf8',
  // Piped output loses Redocly's colours; keep them when the user's terminal shows them.
  env: process.stdout.isTTY ? { FORCE_COLOR: '1', ...process.env } : process.env,
});
if (run.error) throw run.error;
process.stdout.write(run.stdout);
process.stderr.write(withoutNode20Notice(run.stderr));
process.exit(run.status ?? 1);
