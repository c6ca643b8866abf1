// Browser safety: the main entry bundles for `platform: 'browser'` with nothing from Node, without the
// bundled document, and with openapi-fetch as its only package. The same holds for src/'s text, so Deno
// and Bun (which run the files as they are) see no Node-only API either.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleForBrowser, forbiddenInputs, packageOf, type BrowserBundle } from '../../scripts/lib/browser-bundle.mjs';

const srcDir = new URL('../../src/', import.meta.url);

let bundle: BrowserBundle;
// The whole public API, so nothing is shaken away that a user could import. esbuild reports build errors
// in the result only when it does not throw; a throw fails the tests too.
beforeAll(async () => {
  bundle = await bundleForBrowser(`export * from './src/index.ts';`);
});

describe('the browser bundle of src/index.ts', () => {
  it('builds with no errors or warnings', () => {
    expect(bundle.errors).toEqual([]);
    expect(bundle.warnings).toEqual([]);
    expect(bundle.inputs).toContain('src/index.ts');
  });

  it('holds no OpenAPI document, Node builtin or polyfill (the rules of npm run size)', () => {
    expect(forbiddenInputs(bundle)).toEqual([]);
  });

  it('never loads the contract validators or Ajv', () => {
    expect(bundle.inputs.filter((path) => /src\/contract\.ts$|node_modules\/ajv/.test(path))).toEqual([]);
  });

  it('has openapi-fetch as its only package', () => {
    expect([...new Set(bundle.inputs.map(packageOf).filter(Boolean))]).toEqual(['openapi-fetch']);
  });
});

describe('src/ source text', () => {
  const sources = readdirSync(srcDir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ name, text: readFileSync(new URL(name, srcDir), 'utf8') }));

  it('is found', () => {
    expect(sources.map((s) => s.name)).toContain('client.ts');
  });

  // Whole words: `ArrayBuffer` is a web API, Node's `Buffer` is not.
  it.each([/\bBuffer\b/, /\bprocess\./, /from 'node:/, /from "node:/, /import\('node:/, /\brequire\(/])('has no %s', (needle) => {
    expect(sources.filter((s) => needle.test(s.text)).map((s) => s.name)).toEqual([]);
  });
});
