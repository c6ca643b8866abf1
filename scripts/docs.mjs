#!/usr/bin/env node
// `npm run docs`: builds the offline API reference into dist/docs (`--out DIR` elsewhere) from
// generated/openapi.json. Copy the folder to any static host; it loads nothing from another host.
import { buildDocs } from './lib/docs-site.mjs';
import { outOption } from './lib/usage.mjs';

const outDir = outOption('usage: npm run docs [-- --out DIR]');
try {
  const built = buildDocs(outDir ? { outDir } : {});
  console.log(`built ${built}/{index.html,redoc.standalone.js,openapi.json,openapi.yaml}`);
} catch (error) {
  console.error(`Could not build the docs: ${/** @type {Error} */ (error).message}`);
  process.exit(1);
}
