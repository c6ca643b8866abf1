// Consumers generate their own clients from the bundled document. This runs a second generator,
// @hey-api/openapi-ts (types + sdk + its fetch client), on generated/openapi.json into a temp dir:
// it must print no warning about the document, and its output must compile under strict TypeScript
// with the generated types naming our operations and the Create union.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createClient } from '@hey-api/openapi-ts';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { bundledDocument } from '../fixtures/operations.js';

const input = fileURLToPath(new URL('../../generated/openapi.json', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'webex-org-contacts-hey-api-'));
const printed: { level: string; text: string }[] = [];

const [getContactId, createContactId] = ['get', 'post'].map((method) =>
  Object.values<Record<string, { operationId?: string }>>(bundledDocument.paths).map((item) => item[method]?.operationId).find(Boolean),
) as [string, string];

// A consumer of the generated SDK: what a team would write, checked by the same compiler run.
const consumer = `
import { ${getContactId}, ${createContactId}, type CreateContactRequest } from './index.js';

const bw: CreateContactRequest = { schemas: '${bundledDocument.components.schemas.ContactSchemaUrn.const}', source: 'Webex4Broadworks', displayName: 'Front Desk' };
// @ts-expect-error a Webex4Broadworks contact needs a displayName
const noName: CreateContactRequest = { schemas: '${bundledDocument.components.schemas.ContactSchemaUrn.const}', source: 'Webex4Broadworks' };
// @ts-expect-error a source outside the discriminator
const ldap: CreateContactRequest = { schemas: '${bundledDocument.components.schemas.ContactSchemaUrn.const}', source: 'LDAP', displayName: 'x' };

export async function use(orgId: string, contactId: string) {
  const got = await ${getContactId}({ path: { orgId, contactId } });
  const created = await ${createContactId}({ path: { orgId }, body: bw });
  return [got.data?.contactId, created.data?.contactId, noName, ldap];
}
`;

function diagnostics(options: ts.CompilerOptions): ts.Diagnostic[] {
  const program = ts.createProgram([join(out, 'index.ts'), join(out, 'consumer.ts')], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
    noEmit: true,
    // Only the standard library's .d.ts is skipped; every generated .ts file is checked.
    skipLibCheck: true,
    ...options,
  });
  return [...ts.getPreEmitDiagnostics(program)];
}

const describeDiagnostic = (d: ts.Diagnostic) =>
  `${d.file ? relative(out, d.file.fileName) : '?'}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`;

describe('@hey-api/openapi-ts on generated/openapi.json', () => {
  beforeAll(async () => {
    // Everything the generator prints is captured (and kept off the test output).
    for (const level of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void printed.push({ level, text: args.map(String).join(' ') }));
    }
    try {
      await createClient({
        input,
        output: { path: out },
        plugins: ['@hey-api/client-fetch', '@hey-api/typescript', '@hey-api/sdk'],
        // Its own checks of the input: with 'strict' a problem in the document fails the generation.
        parser: { validate_EXPERIMENTAL: 'strict' },
        logs: { file: false },
      });
    } finally {
      vi.restoreAllMocks();
    }
    writeFileSync(join(out, 'consumer.ts'), consumer);
  }, 60_000);

  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('generates without a warning or error about the document', () => {
    const complaints = printed.filter((p) => p.level === 'warn' || p.level === 'error' || /warn|🚨|❗|unsupported|deprecat/i.test(p.text));
    expect(complaints, printed.map((p) => `${p.level}: ${p.text}`).join('\n')).toEqual([]);
    expect(printed.map((p) => p.text).join('\n')).toMatch(/Done!/);
  });

  it('names our operations and the CreateContactRequest union', () => {
    const sdk = readFileSync(join(out, 'sdk.gen.ts'), 'utf8');
    const types = readFileSync(join(out, 'types.gen.ts'), 'utf8');
    expect(sdk).toMatch(new RegExp(`export const ${getContactId} = `));
    expect(sdk).toMatch(new RegExp(`export const ${createContactId} = `));
    for (const branch of Object.values<string>(bundledDocument.components.schemas.CreateContactRequest.discriminator.mapping)) {
      expect(types).toContain(`& ${branch.split('/').pop()})`);
    }
    expect(types).toMatch(/export type CreateContactRequest = /);
  });

  it('compiles under strict and noUncheckedIndexedAccess with zero diagnostics, our consumer included', () => {
    expect(diagnostics({ strict: true, noUncheckedIndexedAccess: true }).map(describeDiagnostic)).toEqual([]);
  }, 60_000);

  it('under exactOptionalPropertyTypes, only the fetch runtime the generator copies in (client/, core/) fails; nothing generated from our document does', () => {
    const failing = diagnostics({ strict: true, noUncheckedIndexedAccess: true, exactOptionalPropertyTypes: true }).map(describeDiagnostic);
    expect(failing.filter((d) => !/^(client|core)\//.test(d))).toEqual([]);
  }, 60_000);
});
