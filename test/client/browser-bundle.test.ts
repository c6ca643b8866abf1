// Browser safety: the main entry bundles for `platform: 'browser'` with nothing from Node, without the
// bundled document, and with openapi-fetch as its only package. The same holds for src/'s text, so Deno
// and Bun (which run the files as they are) see no Node-only API either.
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const srcDir = new URL('src/', root);

let metafile: Metafile;
let warnings: unknown[];
let errors: unknown[];

beforeAll(async () => {
  // esbuild reports build errors in the result only when it does not throw; a throw fails the test too.
  const result = await build({
    entryPoints: [new URL('src/index.ts', root).pathname],
    absWorkingDir: root.pathname,
    platform: 'browser',
    format: 'esm',
    bundle: true,
    minify: true,
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  ({ metafile, warnings, errors } = result);
});

const inputs = () => Object.keys(metafile.inputs);
const nodeBuiltins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

describe('the browser bundle of src/index.ts', () => {
  it('builds with no errors or warnings', () => {
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(inputs()).toContain('src/index.ts');
  });

  it('imports nothing from Node', () => {
    const imported = Object.values(metafile.inputs).flatMap((input) => input.imports.map((i) => i.path));
    expect(imported.filter((path) => path.startsWith('node:') || nodeBuiltins.has(path))).toEqual([]);
    expect(inputs().filter((path) => path.startsWith('node:') || nodeBuiltins.has(path))).toEqual([]);
  });

  it('never loads the bundled document, the contract validators or Ajv', () => {
    expect(inputs().filter((path) => /generated\/openapi\.(json|yaml)$|src\/contract\.ts$|node_modules\/ajv/.test(path))).toEqual([]);
  });

  it('has openapi-fetch as its only package', () => {
    const packages = new Set(inputs().filter((path) => path.includes('node_modules/')).map((path) => path.split('node_modules/')[1]!.split('/')[0]));
    expect([...packages]).toEqual(['openapi-fetch']);
  });
});

describe('src/ source text', () => {
  const sources = readdirSync(srcDir)
    .filter((name) => name.endsWith('.ts'))
    .map((name) => ({ name, text: readFileSync(new URL(name, srcDir), 'utf8') }));

  it('is found', () => {
    expect(sources.map((s) => s.name)).toContain('client.ts');
  });

  it.each(['Buffer', 'process.', "from 'node:", 'from "node:', "import('node:", 'require('])('has no %s', (needle) => {
    expect(sources.filter((s) => s.text.includes(needle)).map((s) => s.name)).toEqual([]);
  });
});
