// Builds the offline API reference: Redoc's standalone bundle and the bundled document, side by side
// in one folder, with a page that loads nothing from another host. Shared by `npm run docs`,
// `npm start` and the docs tests.
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledDocument, bundledYaml, root } from './paths.mjs';

/**
 * The parts of the bundled document read here; the page carries all of it.
 * @typedef {object} Document
 * @property {{ title: string, summary?: string, description?: string }} info
 * @property {{ securitySchemes?: unknown }} components
 */

export const docsDir = join(root, 'dist', 'docs');
const redocBundle = join(root, 'node_modules', 'redoc', 'bundles', 'redoc.standalone.js');

// Redoc's side menu footer shows Redocly's logo from their CDN. Pointed at an empty data: URL the
// <img> fails locally and Redoc drops it (its onError handler), so the page asks no other host.
const remoteLogo = 'src:"https://cdn.redoc.ly/redoc/logo-mini.svg"';
const noLogo = 'src:"data:,"';

// System fonts: the default theme names Montserrat and Roboto, which a page would fetch from Google.
const sans = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const mono = 'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace';

/** Redoc options: examples and the successful responses open, required fields first, local downloads. */
const redocOptions = {
  downloadUrls: [
    { title: 'Download openapi.json', url: 'openapi.json' },
    { title: 'Download openapi.yaml', url: 'openapi.yaml' },
  ],
  expandResponses: '200,201',
  requiredPropsFirst: true,
  showObjectSchemaExamples: true,
  jsonSamplesExpandLevel: 'all',
  hideHostname: false,
  // Redoc's per-operation "Authorizations" line names the scheme once per alternative
  // ("webexOAuth or webexOAuth") and its details call the union of the scopes "Required scopes". Each
  // operation's description says who may call it and which scope (one of) it needs, in words.
  hideSecuritySection: true,
  theme: {
    typography: {
      fontFamily: sans,
      headings: { fontFamily: sans },
      code: { fontFamily: mono },
    },
  },
};

// Redoc 2 draws the security schemes (flow, authorization and token URLs, every scope) only where the
// description asks for them, and each operation's "Authorizations" links there.
const securityMarker = '<!-- ReDoc-Inject: <security-definitions> -->';

/**
 * The description with the security schemes at the end of its Authentication section (or a new one).
 * @param {string} description
 */
function withSecuritySchemes(description) {
  if (description.includes(securityMarker)) return description;
  const lines = description.split('\n');
  const start = lines.findIndex((line) => /^#{1,6}\s+Authentication\b/i.test(line));
  if (start === -1) return `${description.trimEnd()}\n\n## Authentication\n\n${securityMarker}\n`;
  // The casts: both lines start with `#`, as the tests before each match make sure.
  const level = /** @type {RegExpMatchArray} */ (/** @type {string} */ (lines[start]).match(/^#+/))[0].length;
  const next = lines.findIndex(
    (line, i) =>
      i > start && /^(#+)\s/.test(line) && /** @type {RegExpMatchArray} */ (line.match(/^#+/))[0].length <= level,
  );
  const end = next === -1 ? lines.length : next;
  lines.splice(end, 0, securityMarker, '');
  return lines.join('\n');
}

/**
 * The copy of the document Redoc renders, with the security schemes in its description (the downloads
 * stay the bundle, byte for byte).
 * @param {Document} document
 */
function documentForRedoc(document) {
  const copy = structuredClone(document);
  if (copy.components?.securitySchemes && copy.info)
    copy.info.description = withSecuritySchemes(copy.info.description ?? '');
  return copy;
}

/** @param {string} text */
const escapeHtml = (text) =>
  text.replace(
    /[&<>"']/g,
    // The cast: `c` is one of the five characters the pattern matches.
    (c) =>
      ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[
        /** @type {'&' | '<' | '>' | '"' | "'"} */ (c)
      ],
  );
// JSON inside <script type="application/json">: `<` escaped so no string in the document can close the tag.
/** @param {unknown} value */
const jsonBlock = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

/** @param {{ title: string, summary: string, document: Document }} content */
function page({ title, summary, document }) {
  // Redoc gives every download link the same file name (openapi.json); once it has rendered, each link
  // is given the name of the file it points at, so the YAML saves as openapi.yaml.
  const init = [
    `Redoc.init(JSON.parse(document.getElementById('openapi').textContent), JSON.parse(document.getElementById('redoc-options').textContent), document.getElementById('redoc'), function () {`,
    `  document.querySelectorAll('a[download]').forEach(function (link) { link.setAttribute('download', link.getAttribute('href').split('/').pop()); });`,
    `});`,
  ].join('\n');
  const initHash = createHash('sha256').update(init).digest('base64');
  // The policy is the guarantee: even a remote image written into a description cannot load.
  // Styles are inline because Redoc's styled-components inject them; its search index runs in a blob: worker.
  const policy = [
    "default-src 'none'",
    `script-src 'self' 'sha256-${initHash}'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}">
<meta name="description" content="${escapeHtml(summary)}">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>body { margin: 0; padding: 0; }</style>
</head>
<body>
<noscript><p>This reference needs JavaScript. The document itself: <a href="openapi.yaml">openapi.yaml</a>, <a href="openapi.json">openapi.json</a>.</p></noscript>
<div id="redoc"></div>
<script type="application/json" id="openapi">${jsonBlock(document)}</script>
<script type="application/json" id="redoc-options">${jsonBlock(redocOptions)}</script>
<script src="redoc.standalone.js"></script>
<script>${init}</script>
</body>
</html>
`;
}

/**
 * Writes index.html, redoc.standalone.js, openapi.json and openapi.yaml to `outDir`. It builds
 * beside it and swaps the folder in, so a server reading `outDir` never sees half a site.
 * @param {{ outDir?: string }} [options]
 */
export function buildDocs({ outDir = docsDir } = {}) {
  const document = /** @type {Document} */ (JSON.parse(readFileSync(bundledDocument, 'utf8')));
  const redoc = readFileSync(redocBundle, 'utf8');
  if (!redoc.includes(remoteLogo)) {
    throw new Error(`${redocBundle} no longer contains ${remoteLogo}: check what the new Redoc loads from other hosts`);
  }
  const staging = join(dirname(outDir), `.${basename(outDir)}-${process.pid}-${Date.now()}`);
  mkdirSync(staging, { recursive: true });
  try {
    writeFileSync(join(staging, 'redoc.standalone.js'), redoc.replace(remoteLogo, noLogo));
    copyFileSync(bundledDocument, join(staging, 'openapi.json'));
    copyFileSync(bundledYaml, join(staging, 'openapi.yaml'));
    writeFileSync(
      join(staging, 'index.html'),
      page({ title: document.info.title, summary: document.info.summary ?? '', document: documentForRedoc(document) }),
    );
    const old = `${staging}-old`;
    let replaced = false;
    try {
      renameSync(outDir, old);
      replaced = true;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'ENOENT') throw error;
    }
    renameSync(staging, outDir);
    if (replaced) rmSync(old, { recursive: true, force: true });
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return outDir;
}

/** @param {string} file */
const mtime = (file) => statSync(file, { throwIfNoEntry: false })?.mtimeMs;

/** True when `outDir` has no index.html, or it is older than the document or this builder. */
export function docsAreStale(outDir = docsDir) {
  const built = mtime(join(outDir, 'index.html'));
  if (built === undefined) return true;
  const sources = [bundledDocument, bundledYaml, fileURLToPath(import.meta.url)];
  return sources.some((source) => (mtime(source) ?? Infinity) > built);
}
