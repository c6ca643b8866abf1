// A browser bundle of some code of ours, as a user's bundler would make it (esbuild, platform browser,
// ESM, minified, tree-shaken), and what must never be in it. Shared by `npm run size` and the
// browser-safety test, so both hold the bundle to the same rules.
import { builtinModules } from 'node:module';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { root } from './paths.mjs';

// Packages that exist to stand in for Node or newer platform APIs in a browser.
const POLYFILLS = [
  'core-js',
  'core-js-pure',
  'regenerator-runtime',
  '@babel/runtime',
  'buffer',
  'process',
  'events',
  'util',
  'stream-browserify',
  'readable-stream',
  'path-browserify',
  'crypto-browserify',
  'url',
  'querystring',
  'punycode',
  'assert',
  'whatwg-fetch',
  'cross-fetch',
  'node-fetch',
  'isomorphic-fetch',
  'abort-controller',
  'form-data',
  'web-streams-polyfill',
  'formdata-polyfill',
  'globalthis',
  'es6-promise',
];
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/**
 * The package a bundle input comes from, or undefined for the project's own files.
 * @param {string} path
 * @returns {string | undefined}
 */
export const packageOf = (path) => /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];

/**
 * A browser bundle and what went into it.
 * @typedef {object} BrowserBundle
 * @property {string} text The bundle itself: one ES module.
 * @property {number} min
 * @property {number} gzip
 * @property {string[]} inputs
 * @property {string[]} externals
 * @property {[string, number][]} bytesBy
 * @property {import('esbuild').Message[]} errors
 * @property {import('esbuild').Message[]} warnings
 */

/**
 * Bundles `contents` (JavaScript resolved from the repository root). Resolves with the code, its sizes
 * (min, gzip level 9), the inputs, the imports left external, min bytes by input, and esbuild's messages.
 * @param {string} contents
 * @returns {Promise<BrowserBundle>}
 */
export async function bundleForBrowser(contents) {
  const result = await build({
    stdin: { contents, resolveDir: root, sourcefile: 'consumer.js', loader: 'js' },
    absWorkingDir: root,
    bundle: true,
    platform: 'browser',
    format: 'esm',
    minify: true,
    treeShaking: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  // The casts: one entry and `write: false` make exactly one output file, and the metafile describes it.
  const code = /** @type {import('esbuild').OutputFile} */ (result.outputFiles[0]).contents;
  const [output] = /** @type {[import('esbuild').Metafile['outputs'][string]]} */ (
    Object.values(result.metafile.outputs)
  );
  return {
    text: /** @type {import('esbuild').OutputFile} */ (result.outputFiles[0]).text,
    min: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    inputs: Object.keys(result.metafile.inputs),
    externals: output.imports.map((i) => i.path),
    bytesBy: Object.entries(output.inputs).map(([path, { bytesInOutput }]) => [path, bytesInOutput]),
    errors: result.errors,
    warnings: result.warnings,
  };
}

/**
 * What a browser user would pay for and never needs: the OpenAPI document, a Node builtin, a polyfill. One line each.
 * @param {Pick<BrowserBundle, 'inputs' | 'externals'>} bundle
 * @returns {string[]}
 */
export function forbiddenInputs({ inputs, externals }) {
  /** @type {string[]} */
  const found = [];
  for (const path of [...inputs, ...externals]) {
    const name = packageOf(path);
    if (/(^|\/)generated\/openapi\.(json|yaml)$/.test(path)) found.push(`the OpenAPI document: ${path}`);
    else if (path.startsWith('node:') || NODE_BUILTINS.has(path)) found.push(`a Node builtin: ${path}`);
    else if (name && (POLYFILLS.includes(name) || NODE_BUILTINS.has(name))) found.push(`a polyfill (${name}): ${path}`);
  }
  return found;
}
