// Bulk Delete Contacts held to the document, against the Prism mock or CONTRACT_BASE_URL (writes only
// with CONTRACT_ALLOW_WRITES=1; live, the contacts deleted are ones the suite created for the case): the
// documented request example is accepted with 200 and no body, every documented error comes as
// documented, malformed ids and bodies are refused, and so is every one-rule mutation of the example,
// by the server, the schema and the validator users get (validateRequest), naming the place.
import { describe, expect } from 'vitest';
import { validateRequest } from '../../src/contract.js';
import { documented, pathOf, requestExample } from '../fixtures/operations.js';
import { validateAt } from '../fixtures/schema.js';
import { sendTracked } from './created-contacts.js';
import { contactToDelete, orgIdOf } from './live.js';
import { malformedRequestCases, mutationCases, unauthorizedCase } from './refusals.js';
import {
  contractIt,
  documentedStatusCases,
  expectDocumentedAnswer,
  send,
  target,
  targetInTitles,
  writes,
} from './target.js';

const operation = documented('bulkDeleteContacts');
const schema = '/components/schemas/BulkDeleteContactsRequest';
const path = (orgId = orgIdOf()) => pathOf('bulkDeleteContacts', { orgId });
const firstExample = requestExample('bulkDeleteContacts') as Record<string, unknown>;

describe(`bulkDeleteContacts against ${targetInTitles}`, () => {
  for (const [name, example] of Object.entries(operation.requestExamples)) {
    contractIt(
      `accepts the documented request "${name}": 200 with no body, a TrackingID, no sl-violations`,
      writes,
      async () => {
        expect(validateAt(schema, example).errors).toEqual([]);
        const given = example as { objectIds: string[] };
        // Live, the example's ids name no contact: the same number of the suite's own go instead.
        const objectIds = await Promise.all(
          given.objectIds.map((id, i) => (target.mock ? id : contactToDelete('CH', `bulkdelete${i}`))),
        );
        const res = await sendTracked('POST', path(), { body: { ...given, objectIds } });
        expectDocumentedAnswer('bulkDeleteContacts', 200, res);
        expect(res.body, res.context).toBeUndefined();
        expect(res.headers.get('trackingid'), res.context).toBeTruthy();
        if (!target.mock) {
          for (const contactId of objectIds) {
            const gone = await sendTracked('GET', pathOf('getContact', { orgId: orgIdOf(), contactId }));
            expect(gone.status, gone.context).toBe(404);
          }
        }
      },
    );
  }

  unauthorizedCase('bulkDeleteContacts', ['org'], (options) =>
    send('POST', path(), { body: firstExample, ...options }),
  );

  describe('each documented response', () => {
    documentedStatusCases(operation, (headers) => send('POST', path(), { body: firstExample, headers }));
  });

  describe('refuses requests that are not a Bulk Delete body', () => {
    malformedRequestCases('bulkDeleteContacts', writes, firstExample, (init, orgId) => send('POST', path(orgId), init));
  });

  mutationCases({
    operation,
    needs: writes,
    schema: 'BulkDeleteContactsRequest',
    schemaRefuses: true,
    validate: (body) => validateRequest('bulkDeleteContacts', body),
    request: (body) => send('POST', path(), { body }),
  });
});
