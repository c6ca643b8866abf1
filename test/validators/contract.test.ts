// The `webex-org-contacts/contract` subpath (src/contract.ts) as its users call it: the `{ valid, errors }`
// result, JSON-pointer paths, the rule and the message of each error. The rules themselves are tabled
// in test/openapi/create-rules.test.ts; this needs no server, so it also runs in live mode.
import { describe, expect, it } from 'vitest';
import {
  type ContractError,
  validateContact,
  validateCreateContactRequest,
  validateRequest,
  validateResponse,
} from '../../src/contract.js';
import {
  bundledDocument,
  documented,
  type OperationId,
  requestMediaOf,
  responseExample,
} from '../fixtures/operations.js';
import createRequest from '../fixtures/seeds/create-contact.request.json' with { type: 'json' };
import createdContact from '../fixtures/seeds/create-contact.response.json' with { type: 'json' };
import gotContact from '../fixtures/seeds/get-contact.response.json' with { type: 'json' };

const schemas: string = bundledDocument.components.schemas.ContactSchemaUrn.const;
const sources: string[] = bundledDocument.components.schemas.ContactSource.enum;
const email = { value: 'frontdesk@example.com', type: 'work' };
const ok = { valid: true, errors: [] };
const invalid = (...errors: ContractError[]) => ({ valid: false, errors });
const operationIds: OperationId[] = Object.values(bundledDocument.paths).flatMap((item: any) =>
  Object.values(item).flatMap((op: any) => (typeof op?.operationId === 'string' ? [op.operationId] : [])),
);

describe('validateContact', () => {
  it.each([
    ['Get a Contact', gotContact],
    ['Create a Contact', createdContact],
  ])('accepts the %s reference response', (_name, body) => {
    expect(validateContact(body)).toEqual(ok);
  });

  it('is tolerant: accepts fields and enumerated values added after the document was written', () => {
    const later = {
      ...gotContact,
      pronouns: 'they/them',
      source: 'LDAP',
      primaryContactMethod: 'FAX',
      emails: [{ value: 'a@example.com', type: 'personal' }],
      phoneNumbers: [{ value: '1', type: 'cell' }],
    };
    expect(validateContact(later)).toEqual(ok);
  });

  it('names each value of the wrong type by its pointer', () => {
    expect(validateContact({ ...gotContact, displayName: 42, emails: { value: 'a@example.com' } })).toEqual(
      invalid(
        { path: '/displayName', rule: 'type', message: '/displayName must be string' },
        { path: '/emails', rule: 'type', message: '/emails must be array' },
      ),
    );
  });

  it('names a tolerant enum of the wrong type by its type alone, not by the documented values', () => {
    // Any string is accepted there (a value added later), so listing the documented ones would mislead.
    const body = { ...gotContact, source: 5, emails: [{ ...email, type: 7 }] };
    expect(validateContact(body)).toEqual(
      invalid(
        { path: '/source', rule: 'type', message: '/source must be string' },
        { path: '/emails/0/type', rule: 'type', message: '/emails/0/type must be string' },
      ),
    );
  });

  it('points at a missing required field itself, not at the object that lacks it', () => {
    const { contactId: _, ...withoutId } = gotContact;
    expect(validateContact(withoutId)).toEqual(
      invalid({ path: '/contactId', rule: 'required', message: '/contactId is required' }),
    );
  });

  it('points into arrays by index', () => {
    const body = { ...gotContact, emails: [email, { value: 7, type: 'work' }] };
    expect(validateContact(body)).toEqual(
      invalid({ path: '/emails/1/value', rule: 'type', message: '/emails/1/value must be string' }),
    );
  });

  it.each([null, 'contact', [gotContact]])('refuses %j at the root, whose pointer is the empty string', (value) => {
    expect(validateContact(value)).toEqual(invalid({ path: '', rule: 'type', message: '/ must be object' }));
  });
});

describe('validateCreateContactRequest', () => {
  it('accepts the Webex reference request', () => {
    expect(validateCreateContactRequest(createRequest)).toEqual(ok);
  });

  it('CH without a contact method: each missing field, naming the alternatives', () => {
    expect(validateCreateContactRequest({ schemas, source: 'CH', displayName: 'Front Desk' })).toEqual(
      invalid(
        { path: '/emails', rule: 'required', message: '/emails is required (or /phoneNumbers or /sipAddresses)' },
        { path: '/phoneNumbers', rule: 'required', message: '/phoneNumbers is required (or /emails or /sipAddresses)' },
        { path: '/sipAddresses', rule: 'required', message: '/sipAddresses is required (or /emails or /phoneNumbers)' },
      ),
    );
  });

  it('CH with a bad email: only that email, not the contact methods it does have', () => {
    expect(
      validateCreateContactRequest({ schemas, source: 'CH', emails: [{ value: 'a@example.com', type: 'personal' }] }),
    ).toEqual(
      invalid({
        path: '/emails/0/type',
        rule: 'enum',
        message: `/emails/0/type must be equal to one of the allowed values: ${bundledDocument.components.schemas.EmailType.enum.join(', ')}`,
      }),
    );
  });

  it('Webex4Broadworks without displayName: only the rule of that source', () => {
    expect(validateCreateContactRequest({ schemas, source: 'Webex4Broadworks', emails: [email] })).toEqual(
      invalid({ path: '/displayName', rule: 'required', message: '/displayName is required' }),
    );
  });

  it.each([
    [
      'a misspelt top-level field',
      { schemas, source: 'Webex4Broadworks', displayName: 'x', dispalyName: 'y' },
      '/dispalyName',
      'unevaluatedProperties',
    ],
    [
      'a misspelt field in an email',
      { schemas, source: 'CH', emails: [{ ...email, primry: true }] },
      '/emails/0/primry',
      'additionalProperties',
    ],
    // RFC 6901: "/" and "~" in a key are escaped as ~1 and ~0.
    [
      'an unknown key with / and ~',
      { schemas, source: 'CH', emails: [email], 'a/b~c': 1 },
      '/a~1b~0c',
      'unevaluatedProperties',
    ],
  ])('%s: refused as not a known field, at its pointer', (_name, body, path, rule) => {
    expect(validateCreateContactRequest(body)).toEqual(
      invalid({ path, rule, message: `${path} is not a known field` }),
    );
  });

  it('wrong schemas: the constant it must be', () => {
    expect(validateCreateContactRequest({ schemas: 'urn:other', source: 'CH', emails: [email] })).toEqual(
      invalid({
        path: '/schemas',
        rule: 'const',
        message: `/schemas must be equal to constant: ${JSON.stringify(schemas)}`,
      }),
    );
  });

  it('an unknown source: one error naming the sources, not one per source rule', () => {
    expect(validateCreateContactRequest({ schemas, source: 'LDAP', emails: [email] })).toEqual(
      invalid({
        path: '/source',
        rule: 'enum',
        message: `/source must be equal to one of the allowed values: ${sources.join(', ')}`,
      }),
    );
  });

  it('no source: one error saying it is required, not one per source rule', () => {
    expect(validateCreateContactRequest({ schemas, emails: [email] })).toEqual(
      invalid({ path: '/source', rule: 'required', message: '/source is required' }),
    );
  });
});

describe('a value with many invalid items', () => {
  const badEmails = (n: number) => Array.from({ length: n }, () => ({ value: 7, type: 'work' }));
  const valuePaths = (n: number) => Array.from({ length: n }, (_, i) => `/emails/${i}/value`);

  it('lists the first 100 errors in the order of the items, and says the list is truncated', () => {
    const checked = validateContact({ ...gotContact, emails: badEmails(10_000) });
    expect(checked.valid).toBe(false);
    expect(checked.truncated).toBe(true);
    expect(checked.errors.map((e) => e.path)).toEqual(valuePaths(100));
    expect(checked.errors[99]).toEqual({
      path: '/emails/99/value',
      rule: 'type',
      message: '/emails/99/value must be string',
    });
  });

  it('maxErrors sets the bound; Infinity lists every error, without truncated', () => {
    expect(validateContact({ ...gotContact, emails: badEmails(1_000) }, { maxErrors: 3 })).toEqual({
      ...invalid(...valuePaths(3).map((path) => ({ path, rule: 'type', message: `${path} must be string` }))),
      truncated: true,
    });
    const all = validateContact({ ...gotContact, emails: badEmails(1_000) }, { maxErrors: Infinity });
    expect(all.errors.map((e) => e.path)).toEqual(valuePaths(1_000));
    expect(all).not.toHaveProperty('truncated');
  });

  it('exactly maxErrors errors is a whole list: not truncated', () => {
    const body = { ...gotContact, emails: badEmails(3) };
    expect(validateContact(body, { maxErrors: 3 })).not.toHaveProperty('truncated');
    expect(validateContact(body, { maxErrors: 2 })).toMatchObject({ valid: false, truncated: true });
  });

  it('a repeated message counts once toward the bound', () => {
    // A CH body's emails are checked by the fields of every source and again by the "with emails" rule:
    // each bad email fails twice in Ajv, and is one error here.
    const body = {
      schemas,
      source: 'CH',
      emails: [
        { value: 'a@example.com', type: 'personal' },
        { value: 'b@example.com', type: 'personal' },
      ],
    };
    const checked = validateCreateContactRequest(body, { maxErrors: 2 });
    expect(checked.errors.map((e) => e.path)).toEqual(['/emails/0/type', '/emails/1/type']);
    expect(checked).not.toHaveProperty('truncated');
  });

  it('CH with thousands of bad emails: still only their own rule, never the other contact methods', () => {
    const emails = Array.from({ length: 5_000 }, (_, i) => ({ value: `user${i}@example.com`, type: 'personal' }));
    const checked = validateCreateContactRequest({ schemas, source: 'CH', emails }, { maxErrors: Infinity });
    expect(checked.errors).toHaveLength(5_000);
    expect(checked.errors.every((e, i) => e.path === `/emails/${i}/type` && e.rule === 'enum')).toBe(true);
  });

  it('validateResponse takes the same bound', () => {
    const checked = validateResponse('getContact', 200, { ...gotContact, emails: badEmails(50) }, { maxErrors: 5 });
    expect(checked.errors.map((e) => e.path)).toEqual(valuePaths(5));
    expect(checked.truncated).toBe(true);
  });

  it.each([0, -1, 1.5, Number.NaN, '10'])('maxErrors %j is refused with a TypeError naming it', (maxErrors) => {
    const message = `webex-org-contacts/contract: maxErrors must be a whole number from 1, or Infinity (got ${String(maxErrors)})`;
    // As a JavaScript caller may pass it: the type takes numbers only.
    const options = { maxErrors: maxErrors as number };
    expect(() => validateContact(gotContact, options)).toThrow(new TypeError(message));
    expect(() => validateResponse('getContact', 200, gotContact, options)).toThrow(new TypeError(message));
  });
});

describe('validateRequest', () => {
  const withBody = operationIds.filter((id) => requestMediaOf(id));
  const withoutBody = operationIds.filter((id) => !requestMediaOf(id));
  const bulkItemTitles: string[] = bundledDocument.components.schemas.BulkContactItem.oneOf.map(
    (branch: { $ref: string }) => bundledDocument.components.schemas[branch.$ref.split('/').pop()!].title,
  );

  it('the cases below cover the operations that send a body and those that send none', () => {
    expect(withBody).toEqual(
      expect.arrayContaining(['createContact', 'updateContact', 'bulkCreateOrUpdateContacts', 'bulkDeleteContacts']),
    );
    expect(withoutBody).toEqual(expect.arrayContaining(['getContact', 'deleteContact', 'listContacts']));
  });

  for (const operationId of withBody) {
    it.each(Object.entries(documented(operationId).requestExamples))(
      `${operationId}: accepts the documented request example "%s"`,
      (_name, body) => {
        expect(validateRequest(operationId, body)).toEqual(ok);
      },
    );

    it(`${operationId}: a missing body is refused (the document requires one)`, () => {
      expect(validateRequest(operationId, undefined)).toEqual(
        invalid({ path: '', rule: 'requestBody', message: `/ is required: ${operationId} takes a request body` }),
      );
    });
  }

  it.each(withoutBody)('%s: takes no body; undefined passes and anything else is refused', (operationId) => {
    expect(validateRequest(operationId, undefined)).toEqual(ok);
    expect(validateRequest(operationId, {})).toEqual(
      invalid({ path: '', rule: 'requestBody', message: `/ is not allowed: ${operationId} takes no request body` }),
    );
  });

  it('createContact: the same answers as validateCreateContactRequest, per source', () => {
    for (const body of [
      { schemas, source: 'CH', displayName: 'Front Desk' },
      { schemas, source: 'LDAP', emails: [email] },
      createRequest,
    ]) {
      expect(validateRequest('createContact', body)).toEqual(validateCreateContactRequest(body));
    }
  });

  it('updateContact: a phone number change of an unknown operation, and an unknown field, at their pointers', () => {
    const body = {
      schemas,
      source: 'CH',
      phoneNumbers: [{ value: '400 123 1234', operation: 'remove' }],
      nickname: 'x',
    };
    expect(validateRequest('updateContact', body)).toEqual(
      invalid(
        {
          path: '/phoneNumbers/0/operation',
          rule: 'enum',
          message: '/phoneNumbers/0/operation must be equal to one of the allowed values: delete',
        },
        { path: '/nickname', rule: 'unevaluatedProperties', message: '/nickname is not a known field' },
      ),
    );
  });

  it('bulkDeleteContacts: an id that is no UUID, by its index', () => {
    expect(validateRequest('bulkDeleteContacts', { schemas, objectIds: [gotContact.contactId, 'not-a-uuid'] })).toEqual(
      invalid({ path: '/objectIds/1', rule: 'format', message: '/objectIds/1 must match format "uuid"' }),
    );
  });

  it("bulkCreateOrUpdateContacts: an item no kind of item accepts is one error, with each kind's nearest reason", () => {
    const body = {
      schemas,
      contacts: [
        { source: 'CH', displayName: 'Front Desk', emails: [email] },
        { source: 'CH', emails: [{ ...email, type: 'personal' }] },
      ],
    };
    const [update, ch, broadworks] = bulkItemTitles;
    expect(validateRequest('bulkCreateOrUpdateContacts', body)).toEqual(
      invalid({
        path: '/contacts/1',
        rule: 'oneOf',
        message:
          `/contacts/1 matches none of: ${update} (/contacts/1/contactId is required); ` +
          `${ch} (/contacts/1/emails/0/type must be equal to one of the allowed values: ${bundledDocument.components.schemas.EmailType.enum.join(', ')}); ` +
          `${broadworks} (/contacts/1/source must be equal to constant: "Webex4Broadworks")`,
      }),
    );
  });

  it('bulkCreateOrUpdateContacts with 10,000 bad items: the first 100, one per item, truncated', () => {
    const contacts = Array.from({ length: 10_000 }, () => ({ source: 'CH', displayName: 'No way to reach' }));
    const checked = validateRequest('bulkCreateOrUpdateContacts', { schemas, contacts });
    expect(checked.truncated).toBe(true);
    expect(checked.errors.map((e) => e.path)).toEqual(Array.from({ length: 100 }, (_, i) => `/contacts/${i}`));
    expect(checked.errors[99]!.message).toContain(
      '/contacts/99/emails is required (or /contacts/99/phoneNumbers or /contacts/99/sipAddresses)',
    );
  });

  it('an unknown operation throws a TypeError naming it', () => {
    // @ts-expect-error the type allows only the document's operation ids
    expect(() => validateRequest('archiveContact', {})).toThrow(
      new TypeError('webex-org-contacts/contract: no operation archiveContact in the document'),
    );
  });
});

describe('validateResponse', () => {
  for (const operationId of operationIds) {
    const operation = documented(operationId);
    it.each(
      operation.responses.flatMap((r) =>
        Object.entries(r.examples).map(([name, body]) => [r.status, name, body] as const),
      ),
    )(`${operationId}: accepts the documented %i example "%s"`, (status, _name, body) => {
      expect(validateResponse(operationId, status, body)).toEqual(ok);
    });
  }

  it('checks a body against the schema of its status: an error body is no contact, nor a contact an error', () => {
    const errorBody = responseExample('getContact', 404);
    expect(validateResponse('getContact', 200, errorBody).errors).toContainEqual({
      path: '/contactId',
      rule: 'required',
      message: '/contactId is required',
    });
    expect(validateResponse('getContact', 404, { message: 'x', errors: 'none' })).toEqual(
      invalid({ path: '/errors', rule: 'type', message: '/errors must be array' }),
    );
  });

  it('an undocumented status is an invalid result that lists the documented ones', () => {
    const statuses = documented('createContact').responses.map((r) => r.status);
    expect(validateResponse('createContact', 418, {})).toEqual(
      invalid({
        path: '',
        rule: 'status',
        message: `status 418 is not a documented response of createContact (documented: ${statuses.join(', ')})`,
      }),
    );
  });

  it('an unknown operation is a programming error: it throws a TypeError naming it', () => {
    // @ts-expect-error the type allows only the document's operation ids
    expect(() => validateResponse('archiveContact', 204, undefined)).toThrow(
      new TypeError('webex-org-contacts/contract: no operation archiveContact in the document'),
    );
  });
});
