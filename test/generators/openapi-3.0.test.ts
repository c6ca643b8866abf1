// generated/openapi-3.0.json, the 3.0.3 derivative for generators that read 3.0 only: valid 3.0.3 and
// lint-clean under the repository's own rules, no 3.1-only keyword left, and the same verdict as the
// 3.1 document on every request example and on random valid and one-rule-broken Create bodies.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import formats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lostIn30 } from '../../scripts/lib/openapi-3.0.mjs';
import { bundledDocument, deref } from '../fixtures/operations.js';
import { validateAt } from '../fixtures/schema.js';
import { mutatedCreateBody, mutationsOf, validCreateBody } from '../fixtures/schema-arbitraries.js';
import { bundled30, root, run } from './cache.js';

const addFormats = formats as unknown as typeof formats.default;
const derived = JSON.parse(readFileSync(bundled30, 'utf8'));

// OpenAPI 3.0's schema dialect is a JSON Schema draft-04/07 subset plus `nullable`, which Ajv knows.
const ajv = new (Ajv as unknown as typeof Ajv.default)({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...derived, $id: 'openapi-3.0.json' });
const validate30 = (pointer: string, value: unknown) => {
  const validate = ajv.getSchema(`openapi-3.0.json#${encodeURI(pointer)}`);
  if (!validate) throw new Error(`no schema at ${pointer} in openapi-3.0.json`);
  return validate(value) as boolean;
};

/** Every request body with examples: [operationId, pointer to its schema, examples by name]. */
const requestBodies = Object.entries<Record<string, any>>(bundledDocument.paths).flatMap(([path, item]) =>
  Object.entries<any>(item).flatMap(([method, op]) => {
    const media = deref(op?.requestBody)?.content?.['application/json'];
    if (!media) return [];
    const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');
    const body = op.requestBody.$ref
      ? (op.requestBody.$ref as string).replace(/^#/, '')
      : `/paths/${escapePointer(path)}/${method}/requestBody`;
    const examples = Object.fromEntries(
      Object.entries<any>(media.examples ?? {}).map(([name, ex]) => [name, deref(ex).value]),
    );
    return [[op.operationId as string, `${body}/content/application~1json/schema`, examples] as const];
  }),
);

describe('generated/openapi-3.0.json', () => {
  it('is OpenAPI 3.0.3 with every path and operation of the 3.1 document', () => {
    expect(derived.openapi).toBe('3.0.3');
    const operations = (document: any) =>
      Object.entries<any>(document.paths).flatMap(([path, item]) =>
        Object.keys(item)
          .filter((m) => item[m]?.operationId)
          .map((m) => `${m} ${path} ${item[m].operationId}`),
      );
    expect(operations(derived)).toEqual(operations(bundledDocument));
  });

  it('carries no keyword 3.0 does not have', () => {
    const found: string[] = [];
    const walk = (node: unknown, at: string, inExample: boolean): void => {
      if (!node || typeof node !== 'object') return;
      for (const [key, value] of Object.entries(node)) {
        const here = `${at}/${key}`;
        const example =
          inExample ||
          key === 'example' ||
          (key === 'examples' && !Array.isArray(value)) ||
          (key === 'value' && at.includes('/examples/'));
        if (
          !inExample &&
          [
            'const',
            'unevaluatedProperties',
            'contentMediaType',
            'contentSchema',
            'prefixItems',
            '$defs',
            'jsonSchemaDialect',
            'webhooks',
          ].includes(key)
        )
          found.push(here);
        if (!inExample && key === 'examples' && Array.isArray(value)) found.push(here);
        if (!inExample && key === 'type' && (Array.isArray(value) || value === 'null')) found.push(here);
        walk(value, here, example);
      }
    };
    walk(derived, '', false);
    expect(found).toEqual([]);
    expect(derived.info.summary).toBeUndefined();
    expect(derived.info.license.identifier).toBeUndefined();
  });

  it('passes `redocly lint` with the repository rules: no error, no warning', () => {
    const cli = join(root, 'node_modules', '@redocly', 'cli', 'bin', 'cli.js');
    const { stdout, stderr } = run(
      process.execPath,
      [cli, 'lint', bundled30, '--config', join(root, 'redocly.yaml'), '--format', 'stylish'],
      { cwd: root, timeoutMs: 120_000 },
    );
    expect(`${stdout}\n${stderr}`).not.toMatch(/\b\d+ (error|warning)s?\b|❌|⚠/);
  }, 120_000);

  it('docs/generators.md lists what it cannot say', () => {
    const readme = readFileSync(join(root, 'docs', 'generators.md'), 'utf8');
    for (const lost of lostIn30) expect(readme).toContain(lost.split(':')[0]!.trim());
  });

  it.each(requestBodies)(
    '%s: accepts every documented request example, as the 3.1 document does',
    (_, at, examples) => {
      expect(Object.keys(examples)).not.toEqual([]);
      for (const [name, body] of Object.entries(examples)) {
        expect(validateAt(at, body).valid, `3.1: ${name}`).toBe(true);
        expect(validate30(at, body), `3.0: ${name}`).toBe(true);
      }
    },
  );

  const [, createAt, createExamples] = requestBodies.find(([id]) => id === 'createContact')!;
  it('createContact: refuses each one-rule mutation of each example, as the 3.1 document does', () => {
    for (const body of Object.values(createExamples)) {
      for (const mutation of mutationsOf(body as Record<string, unknown>)) {
        expect(validateAt(createAt, mutation.body).valid, `3.1: ${mutation.rule} at ${mutation.path || '/'}`).toBe(
          false,
        );
        expect(validate30(createAt, mutation.body), `3.0: ${mutation.rule} at ${mutation.path || '/'}`).toBe(false);
      }
    }
  });

  it('createContact: gives the 3.1 verdict on random valid and one-rule-broken bodies', () => {
    const at = createAt;
    fc.assert(
      fc.property(validCreateBody, (body) => validate30(at, body) === true),
      { numRuns: 200, seed: 30 },
    );
    fc.assert(
      fc.property(
        mutatedCreateBody,
        (mutation) => validate30(at, mutation.body) === validateAt(at, mutation.body).valid,
      ),
      { numRuns: 200, seed: 30 },
    );
  });
});
