// Browser safety: the main entry and `webex-org-contacts/api` bundle for `platform: 'browser'` with
// nothing from Node, without the bundled document, and with openapi-fetch as their only package; the main
// entry without openapi-fetch's client, which only the api entry's users pay for. The same holds for
// src/'s text, so Deno and Bun (which run the files as they are) see no Node-only API either.
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BrowserBundle, bundleForBrowser, forbiddenInputs, packageOf } from '../../scripts/lib/browser-bundle.mjs';

const srcDir = new URL('../../src/', import.meta.url);

let bundle: BrowserBundle;
let apiBundle: BrowserBundle;
// The whole public API, so nothing is shaken away that a user could import. esbuild reports build errors
// in the result only when it does not throw; a throw fails the tests too.
beforeAll(async () => {
  bundle = await bundleForBrowser(`export * from './src/index.ts';`);
  apiBundle = await bundleForBrowser(`export * from './src/api.ts';`);
});

// `onRequest` is the middleware hook of openapi-fetch's createClient, a name minifying keeps: of
// openapi-fetch, the typed client uses only the URL and body serializers.
const OPENAPI_FETCH_CLIENT = 'onRequest';

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

  it("holds neither webex-org-contacts/api nor openapi-fetch's createClient", () => {
    expect(bundle.inputs).not.toContain('src/api.ts');
    expect(bundle.text).not.toContain(OPENAPI_FETCH_CLIENT);
  });
});

describe('the browser bundle of src/api.ts (webex-org-contacts/api)', () => {
  it('builds with no errors or warnings', () => {
    expect(apiBundle.errors).toEqual([]);
    expect(apiBundle.warnings).toEqual([]);
    expect(apiBundle.inputs).toContain('src/api.ts');
  });

  it('holds no OpenAPI document, Node builtin or polyfill, and openapi-fetch as its only package', () => {
    expect(forbiddenInputs(apiBundle)).toEqual([]);
    expect([...new Set(apiBundle.inputs.map(packageOf).filter(Boolean))]).toEqual(['openapi-fetch']);
  });

  it("holds openapi-fetch's createClient, and not the typed client", () => {
    expect(apiBundle.text).toContain(OPENAPI_FETCH_CLIENT);
    expect(apiBundle.inputs).not.toContain('src/client.ts');
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
  it.each([/\bBuffer\b/, /\bprocess\./, /from 'node:/, /from "node:/, /import\('node:/, /\brequire\(/])(
    'has no %s',
    (needle) => {
      expect(sources.filter((s) => needle.test(s.text)).map((s) => s.name)).toEqual([]);
    },
  );
});
