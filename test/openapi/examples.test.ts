// Every example the document shows a reader is valid against the schema it illustrates, and the
// Webex reference's own examples (copied verbatim into fixtures) are in the document unchanged.
import { describe, expect, it } from 'vitest';
import {
  bundledDocument,
  deref,
  documented,
  operationNode,
  requestMediaOf,
  responseExamples,
} from '../fixtures/operations.js';
import { validateAt } from '../fixtures/schema.js';
import bulkRequest from '../fixtures/seeds/bulk-create-or-update-contacts.request.json' with { type: 'json' };
import bulkResult from '../fixtures/seeds/bulk-create-or-update-contacts.response.json' with { type: 'json' };
import bulkDeleteRequest from '../fixtures/seeds/bulk-delete-contacts.request.json' with { type: 'json' };
import createRequest from '../fixtures/seeds/create-contact.request.json' with { type: 'json' };
import createdContact from '../fixtures/seeds/create-contact.response.json' with { type: 'json' };
import gotContact from '../fixtures/seeds/get-contact.response.json' with { type: 'json' };
import contactList from '../fixtures/seeds/list-contacts.response.json' with { type: 'json' };
import updateRequest from '../fixtures/seeds/update-contact.request.json' with { type: 'json' };
import updatedContact from '../fixtures/seeds/update-contact.response.json' with { type: 'json' };

type Found = { where: string; schemaPointer: string; value: unknown };

/** Media-type, parameter, header and schema examples, each with the schema it must satisfy. */
function collectExamples(): Found[] {
  const found: Found[] = [];
  const mediaTypes = (content: Record<string, any> | undefined, where: string, schemaBase: string) => {
    for (const [type, media] of Object.entries(content ?? {})) {
      const pointer = `${schemaBase}/content/${type.replace(/\//g, '~1')}/schema`;
      if ('example' in media)
        found.push({ where: `${where} ${type} example`, schemaPointer: pointer, value: media.example });
      for (const [name, ex] of Object.entries<any>(media.examples ?? {}))
        found.push({ where: `${where} ${type} examples.${name}`, schemaPointer: pointer, value: deref(ex).value });
    }
  };
  for (const [path, item] of Object.entries<any>(bundledDocument.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
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
    found.push({
      where: `parameter ${name}`,
      schemaPointer: `/components/parameters/${name}/schema`,
      value: param.example,
    });
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

const operationIds = Object.values<any>(bundledDocument.paths).flatMap((item) =>
  Object.values<any>(item).flatMap((op) => (op?.operationId ? [op.operationId as string] : [])),
);

describe('examples in the bundled document', () => {
  it('has the seven operations', () => {
    expect(operationIds.sort()).toEqual([
      'bulkCreateOrUpdateContacts',
      'bulkDeleteContacts',
      'createContact',
      'deleteContact',
      'getContact',
      'listContacts',
      'updateContact',
    ]);
  });

  it.each(operationIds)(
    '%s has an example for its request body and for every response that has a body',
    (operationId) => {
      const operation = documented(operationId as never);
      if (requestMediaOf(operationId as never)) expect(Object.keys(operation.requestExamples)).not.toEqual([]);
      for (const response of operation.responses) {
        const media = deref(operationNode(operationId as never).node.responses[response.status])?.content?.[
          'application/json'
        ];
        if (media) expect(Object.keys(response.examples), `${operationId} ${response.status}`).not.toEqual([]);
      }
    },
  );

  it('has examples for every error response and every schema property', () => {
    for (const status of ['400', '401', '403', '404', '423', '429', '500', '502', '503', '504'])
      for (const operationId of operationIds)
        expect(examples.some((e) => e.where.startsWith(`${operationId} ${status} `))).toBe(true);
    expect(examples.some((e) => e.where.startsWith('createContact 409 '))).toBe(true);
    expect(examples.length).toBeGreaterThan(60);
  });

  it.each(examples.map((e) => [e.where, e] as const))('%s is valid against its schema', (_where, example) => {
    const { valid, errors } = validateAt(example.schemaPointer, example.value);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
  });
});

// The reference escapes the quotes of a request's `address` twice (`{\\\"city\\\" …}`), which no JSON parser
// reads as an address; the document shows the JSON text the field is meant to hold. Only that field differs.
const addressAsJson = <T extends { address?: string }>(body: T): T => ({
  ...body,
  address: body.address?.replace(/\\"/g, '"'),
});

describe('the Webex reference examples', () => {
  it('Get a Contact shows the reference response exactly', () => {
    expect(responseExamples('getContact', 200).reference).toEqual(gotContact);
  });

  it('Create a Contact shows the reference request (address as JSON) and response exactly', () => {
    expect(documented('createContact').requestExamples.reference).toEqual(addressAsJson(createRequest));
    expect(responseExamples('createContact', 201).reference).toEqual(createdContact);
  });

  it('Update a Contact shows the reference request (address as JSON) and response exactly', () => {
    expect(documented('updateContact').requestExamples.reference).toEqual(addressAsJson(updateRequest));
    expect(responseExamples('updateContact', 200).reference).toEqual(updatedContact);
  });

  it('List Contacts, Bulk Create or Update and Bulk Delete show the reference examples exactly', () => {
    expect(responseExamples('listContacts', 200).reference).toEqual(contactList);
    expect(documented('bulkCreateOrUpdateContacts').requestExamples.reference).toEqual({
      ...bulkRequest,
      contacts: bulkRequest.contacts.map(addressAsJson),
    });
    expect(responseExamples('bulkCreateOrUpdateContacts', 200).reference).toEqual(bulkResult);
    expect(documented('bulkDeleteContacts').requestExamples.reference).toEqual(bulkDeleteRequest);
  });

  it('the mended address is JSON holding an AddressInfo', () => {
    for (const body of [createRequest, updateRequest]) {
      const address = JSON.parse(addressAsJson(body).address);
      expect(validateAt('/components/schemas/AddressInfo', address)).toEqual({ valid: true, errors: [] });
    }
  });

  it('every reference response validates as it is: SIP and IM types outside the documented sets, null bulk entries, an upper-case WORK', () => {
    for (const body of [gotContact, createdContact, updatedContact]) {
      expect(body.sipAddresses[0]?.type).toBe('work');
      expect(validateAt('/components/schemas/Contact', body)).toEqual({ valid: true, errors: [] });
    }
    expect(validateAt('/components/schemas/ContactList', contactList)).toEqual({ valid: true, errors: [] });
    expect(bulkResult.contacts).toContain(null);
    expect(bulkResult.contacts[0]?.emails[0]?.type).toBe('WORK');
    expect(validateAt('/components/schemas/BulkContactsResult', bulkResult)).toEqual({ valid: true, errors: [] });
  });

  it('the reference requests, address mended, validate strictly', () => {
    const cases: [string, unknown][] = [
      ['CreateContactRequest', addressAsJson(createRequest)],
      ['UpdateContactRequest', addressAsJson(updateRequest)],
      ['BulkContactsRequest', { ...bulkRequest, contacts: bulkRequest.contacts.map(addressAsJson) }],
      ['BulkDeleteContactsRequest', bulkDeleteRequest],
    ];
    for (const [schema, body] of cases)
      expect(validateAt(`/components/schemas/${schema}`, body), schema).toEqual({ valid: true, errors: [] });
  });
});
