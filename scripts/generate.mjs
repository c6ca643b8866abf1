#!/usr/bin/env node
// Regenerates everything in generated/ from openapi/: the one-file bundle (JSON and YAML) that the
// mock, the docs and consumers' own generators read, and the TypeScript types the client is built on.
// `--out DIR` writes elsewhere, so the test can regenerate into a temp dir and compare with generated/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex > 0 ? process.argv[outIndex + 1] : join(root, 'generated'));
mkdirSync(out, { recursive: true });

const redocly = join(root, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
for (const ext of ['json', 'yaml']) {
  const run = spawnSync(
    process.execPath,
    [redocly, 'bundle', join(root, 'openapi', 'openapi.yaml'), '--output', join(out, `openapi.${ext}`)],
    { cwd: root, encoding: 'utf8' },
  );
  if (run.status !== 0) {
    process.stderr.write(run.stdout + run.stderr);
    process.exit(run.status ?? 1);
  }
}

// Types come from the bundle, the same file consumers generate from. arrayLength turns `minItems: 1`
// into `[T, ...T[]]`, which is what makes "a CH contact needs at least one email, phone or SIP
// address" a compile-time rule.
const ast = await openapiTS(pathToFileURL(join(out, 'openapi.json')), { arrayLength: true, silent: true });
writeFileSync(join(out, 'schema.d.ts'), astToString(ast));
console.log(`generated ${out}/{openapi.json,openapi.yaml,schema.d.ts}`);
