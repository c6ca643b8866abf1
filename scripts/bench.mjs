// npm run bench [-- <node flags, e.g. --cpu-prof>] [-- name filter]: runs test/bench/*.bench.ts as plain
// Node programs. Why not `vitest bench`: tinybench times each variant to the end before the next, and the
// benchmarks need interleaved rounds (test/bench/interleave.ts); a plain process also has no test-runner
// worker or module runner sharing the event loop, and takes `--cpu-prof` as it is. esbuild compiles each
// file (src/ and fixtures bundled in, packages left to node_modules) into node_modules/.cache, so the
// packages resolve from there as they would for a user.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchDir = join(root, 'test/bench');
const outDir = join(root, 'node_modules/.cache/webex-org-contacts-bench');
const nodeFlags = process.argv.slice(2).filter((arg) => arg.startsWith('--'));
const filters = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

const files = readdirSync(benchDir)
  .filter((name) => name.endsWith('.bench.ts') && (filters.length === 0 || filters.some((f) => name.includes(f))))
  .sort();
if (files.length === 0) {
  console.error(`no test/bench/*.bench.ts matches ${filters.join(', ') || '(all)'}`);
  process.exit(1);
}

mkdirSync(outDir, { recursive: true });
let failed = false;
for (const file of files) {
  const outfile = join(outDir, `${basename(file, '.ts')}.mjs`);
  await build({
    entryPoints: [join(benchDir, file)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node}`,
    packages: 'external',
    logLevel: 'warning',
  });
  console.log(`\n# ${file}\n`);
  const { status } = spawnSync(process.execPath, [...nodeFlags, outfile], {
    stdio: 'inherit',
    cwd: root,
  });
  if (status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
