// The code samples the docs site shows (each operation's x-codeSamples) work as a reader copies them:
// every curl sample, pointed at the mock, gets the operation's documented success without violations,
// and every TypeScript sample compiles under strict against this package's client.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Prism, startPrism } from '../../scripts/lib/prism.mjs';
import { bundledDocument, documented, type OperationId } from '../fixtures/operations.js';

const run = promisify(execFile);
const server: string = bundledDocument.servers[0].url;

const operations = Object.values<Record<string, any>>(bundledDocument.paths).flatMap((item) =>
  Object.values<any>(item).flatMap((node) => (node?.operationId ? [node] : [])),
);
const sample = (node: any, label: string): string => {
  const found = (node['x-codeSamples'] ?? []).find((s: { label: string }) => s.label === label);
  if (!found) throw new Error(`${node.operationId} has no ${label} code sample`);
  return found.source;
};

describe('curl samples against the mock', () => {
  let mock: Prism;
  beforeAll(async () => {
    mock = await startPrism({ output: 'pipe' });
  }, 60_000);
  afterAll(() => mock?.stop());

  it.each(operations.map((node) => [node.operationId as OperationId, node] as const))(
    '%s: the curl sample gets the documented success',
    async (operationId, node) => {
      const script = sample(node, 'curl').replaceAll(server, mock.url);
      expect(script, 'the sample calls the document server').not.toBe(sample(node, 'curl'));
      // -s and a status line at the end, so the answer can be read; the reader's own flags stay as they are.
      const { stdout } = await run(
        'bash',
        ['-c', script.replace(/^curl /m, "curl -s -w '\\nstatus=%{http_code}\\n' ")],
        {
          env: { ...process.env, WEBEX_TOKEN: 'sample-token' },
          timeout: 15_000,
        },
      );
      const status = Number(/status=(\d+)/.exec(stdout)?.[1]);
      const success = documented(operationId).responses.find((r) => r.status < 300)!.status;
      expect(status, stdout).toBe(success);
    },
  );
});

describe('TypeScript samples against the client', () => {
  const dir = mkdtempSync(join(tmpdir(), 'code-samples-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("every one compiles under strict, with webex-org-contacts resolved to src/, and so does the README's client", () => {
    const files = operations.map((node) => {
      const file = join(dir, `${node.operationId}.ts`);
      // Each sample is a module of its own (top-level await, its own imports).
      writeFileSync(file, `${sample(node, 'webex-org-contacts')}\nexport {};\n`);
      return file;
    });
    // "The client in a screen": the README's TypeScript, as a reader copies it.
    const readme = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    const screen = [...readme.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((m) => m[1]!);
    expect(screen.length, 'the README shows the client in TypeScript').toBeGreaterThan(0);
    screen.forEach((code, i) => {
      const file = join(dir, `readme-${i}.ts`);
      writeFileSync(file, `${code}\nexport {};\n`);
      files.push(file);
    });
    const program = ts.createProgram(files, {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: ['node'],
      typeRoots: [fileURLToPath(new URL('../../node_modules/@types', import.meta.url))],
      strict: true,
      exactOptionalPropertyTypes: true,
      noUncheckedIndexedAccess: true,
      noEmit: true,
      skipLibCheck: true,
      allowImportingTsExtensions: true,
      paths: { 'webex-org-contacts': [fileURLToPath(new URL('../../src/index.ts', import.meta.url))] },
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .map(
        (d) => `${d.file?.fileName.replace(dir, '') ?? '?'}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`,
      );
    expect(problems).toEqual([]);
  }, 60_000);
});
