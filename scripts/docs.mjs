#!/usr/bin/env node
// `npm run docs`: builds the offline API reference into dist/docs (`--out DIR` elsewhere) from
// generated/openapi.json. Copy the folder to any static host; it loads nothing from another host.
import { resolve } from 'node:path';
import { buildDocs } from './lib/docs-site.mjs';

const outIndex = process.argv.indexOf('--out');
const outDir = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : undefined;
try {
  const built = buildDocs(outDir ? { outDir } : {});
  console.log(`built ${built}/{index.html,redoc.standalone.js,openapi.json,openapi.yaml}`);
} catch (error) {
  console.error(`Could not build the docs: ${error.message}`);
  process.exit(1);
}
