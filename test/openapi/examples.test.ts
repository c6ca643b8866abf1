// Every example the document shows a reader is valid against the schema it illustrates, and the
// Webex reference's own examples (copied verbatim into fixtures) are in the document unchanged.
import { describe, expect, it } from 'vitest';
import { bundledDocument, deref, documented, responseExamples } from '../fixtures/operations.js';
import { validateAt } from '../fixtures/schema.js';
import createRequest from '../fixtures/seeds/create-contact.request.json' with { type: 'json' };
import createdContact from '../fixtures/seeds/create-contact.response.json' with { type: 'json' };
import gotContact from '../fixtures/seeds/get-contact.response.json' with { type: 'json' };

type Found = { where: string; schemaPointer: string; value: unknown };

/** Media-type, parameter, header and schema examples, each with the schema it must satisfy. */
function collectExamples(): Found[] {
  const found: Found[] = [];
  const mediaTypes = (content: Record<string, any> | undefined, where: string, schemaBase: string) => {
    for (const [type, media] of Object.entries(content ?? {})) {
      const pointer = `${schemaBase}/content/${type.replace(/\//g, '~1')}/schema`;
      if ('example' in media) found.push({ where: `${where} ${type} example`, schemaPointer: pointer, value: media.example });
      for (const [name, ex] of Object.entries<any>(media.examples ?? {}))
        found.push({ where: `${where} ${type} examples.${name}`, schemaPointer: pointer, value: deref(ex).value });
    }
  };
  for (const [path, item] of Object.entries<any>(bundledDocument.paths)) {
    for (const method of ['get', 'post'] as const) {
      const op = item[method];
      if (!op) continue;
      const base = `/paths/${path.replace(/\//g, '~1')}/${method}`;
      if (op.requestBody) mediaTypes(op.requestBody.content, `${op.operationId} request`, `${base}/requestBody`);
      for (const [status, response] of Object.entries<any>(op.responses)) {
        const resolved = deref(response);
        const responseBase = response.$ref ? response.$ref.replace(/^#/, '') : `${base}/responses/${status}`;
        mediaTypes(resolved.content, `${op.operationId} ${status}`, responseBase);
      }
    }
  }
  for (const [name, param] of Object.entries<any>(bundledDocument.components.parameters))
    found.push({ where: `parameter ${name}`, schemaPointer: `/components/parameters/${name}/schema`, value: param.example });
  for (const [name, header] of Object.entries<any>(bundledDocument.components.headers))
    found.push({ where: `header ${name}`, schemaPointer: `/components/headers/${name}/schema`, value: header.example });
  // Schema-level `examples`, on every schema and on every property.
  const walkSchema = (schema: any, pointer: string) => {
    if (!schema || typeof schema !== 'object') return;
    for (const [i, value] of (schema.examples ?? []).entries())
      found.push({ where: `schema ${pointer} examples[${i}]`, schemaPointer: pointer, value });
    for (const [key, sub] of Object.entries<any>(schema.properties ?? {}))
      walkSchema(sub, `${pointer}/properties/${key}`);
  };
  for (const name of Object.keys(bundledDocument.components.schemas))
    walkSchema(bundledDocument.components.schemas[name], `/components/schemas/${name}`);
  return found;
}

const examples = collectExamples();

describe('examples in the bundled document', () => {
  it('has examples for both operations, every error response and every schema property', () => {
    const operations = new Set(examples.map((e) => e.where.split(' ')[0]));
    expect([...operations]).toEqual(expect.arrayContaining(['getContact', 'createContact']));
    for (const status of ['400', '401', '403', '404', '423', '429', '500', '502', '503', '504'])
      expect(examples.some((e) => e.where.startsWith(`getContact ${status} `))).toBe(true);
    expect(examples.some((e) => e.where.startsWith('createContact 409 '))).toBe(true);
    expect(examples.length).toBeGreaterThan(60);
  });

  it.each(examples.map((e) => [e.where, e] as const))('%s is valid against its schema', (_where, example) => {
    const { valid, errors } = validateAt(example.schemaPointer, example.value);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
  });
});

describe('the Webex reference examples', () => {
  it('Get a Contact shows the reference response exactly', () => {
    expect(responseExamples('getContact', 200).seed).toEqual(gotContact);
  });

  it('Create a Contact shows the reference request and response exactly', () => {
    expect(documented('createContact').requestExamples.seed).toEqual(createRequest);
    expect(responseExamples('createContact', 201).seed).toEqual(createdContact);
  });

  it('both reference responses validate as they are, including SIP and IM types outside the documented sets', () => {
    for (const body of [gotContact, createdContact]) {
      expect(body.sipAddresses[0]?.type).toBe('work');
      expect(validateAt('/components/schemas/Contact', body)).toEqual({ valid: true, errors: [] });
    }
  });

  it('the reference request validates as a Create body', () => {
    expect(validateAt('/components/schemas/CreateContactRequest', createRequest)).toEqual({
      valid: true,
      errors: [],
    });
  });
});
