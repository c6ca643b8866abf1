#!/usr/bin/env node
// `npm run build` (and `prepack`): the published ESM and declarations, from src/ into dist/. The old
// output goes first, so a module deleted from src/ is never packed from a previous build; dist/docs
// (the docs site, built by `npm run docs`) is not part of the package and stays.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const old = existsSync(dist) ? readdirSync(dist, { withFileTypes: true }) : [];
for (const entry of old.filter((e) => e.name !== 'docs')) {
  rmSync(join(dist, entry.name), { recursive: true, force: true });
}
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');
const run = spawnSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(run.status ?? 1);
