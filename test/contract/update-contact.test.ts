// Update a Contact held to the document, against the Prism mock or CONTRACT_BASE_URL (writes only with
// CONTRACT_ALLOW_WRITES=1; live, the contact changed is one the suite created, deleted at the end): the
// documented request examples are accepted, every documented error comes as documented, malformed ids
// and bodies are refused, and so is every one-rule mutation of the examples, by the server, the schema
// and the validator users get (validateRequest), which must name the place the mutation broke.
import { describe, expect } from 'vitest';
import { validateRequest } from '../../src/contract.js';
import { documented, exampleIds, pathOf, requestExample } from '../fixtures/operations.js';
import { validateAt } from '../fixtures/schema.js';
import { orgIdOf, ownContact, type Source } from './live.js';
import { malformedIdCases, malformedRequestCases, mutationCases, unauthorizedCase } from './refusals.js';
import {
  contractIt,
  documentedExampleCases,
  documentedStatusCases,
  expectDocumentedAnswer,
  send,
  targetInTitles,
  writes,
} from './target.js';

const operation = documented('updateContact');
const schema = '/components/schemas/UpdateContactRequest';
const path = (contactId: string, orgId = orgIdOf()) => pathOf('updateContact', { orgId, contactId });
const firstExample = requestExample('updateContact') as Record<string, unknown>;
/** The contact a case changes: live, one of the suite's own with the body's source. */
const contactFor = (body: unknown) => ownContact(((body as { source?: Source }).source ?? 'CH') as Source);

/** The request the mock-only cases send, with the Prefer header each asks with. */
const mockOnlyRequest = (headers: Record<string, string>) =>
  send('PATCH', path(exampleIds.contactId), { body: firstExample, headers });

describe(`updateContact against ${targetInTitles}`, () => {
  for (const [name, body] of Object.entries(operation.requestExamples)) {
    contractIt(
      `accepts the documented request "${name}": 200 with the Contact as updated, a TrackingID, no sl-violations`,
      writes,
      async () => {
        expect(validateAt(schema, body).errors).toEqual([]);
        const contactId = await contactFor(body);
        const res = await send('PATCH', path(contactId), { body });
        expectDocumentedAnswer('updateContact', 200, res);
        expect(res.headers.get('trackingid'), res.context).toBeTruthy();
        expect((res.body as { contactId: string }).contactId, res.context).toBe(contactId);
      },
    );
  }

  documentedExampleCases('updateContact', 200, mockOnlyRequest);

  unauthorizedCase('updateContact', ['org'], (options) =>
    send('PATCH', path(exampleIds.contactId), { body: firstExample, ...options }),
  );

  describe('each documented response', () => {
    documentedStatusCases(operation, mockOnlyRequest);
  });

  describe('refuses malformed ids', () => {
    malformedIdCases('updateContact', writes, orgIdOf, (orgId, contactId) =>
      send('PATCH', path(contactId, orgId), { body: firstExample }),
    );
  });

  describe('refuses requests that are not an Update body', () => {
    malformedRequestCases(
      'updateContact',
      writes,
      firstExample,
      async (init) => send('PATCH', path(await contactFor(firstExample)), init),
      { badOrgId: false },
    );
  });

  // Every one-rule mutation of every documented request example, derived from the schema: each required
  // field dropped, each enum (the phone number's `operation` included), type and format broken, an
  // unknown field added at every level.
  mutationCases({
    operation,
    needs: writes,
    schema: 'UpdateContactRequest',
    schemaRefuses: true,
    validate: (body) => validateRequest('updateContact', body),
    request: async (body, example) => send('PATCH', path(await contactFor(example)), { body }),
  });
});
