// Delete a Contact held to the document, against the Prism mock or CONTRACT_BASE_URL (writes only with
// CONTRACT_ALLOW_WRITES=1; live, the contact deleted is one the suite created for the case): 204 with no
// body, every documented error comes as documented, malformed ids are refused.
import { describe, expect } from 'vitest';
import { documented, exampleIds, pathOf } from '../fixtures/operations.js';
import { sendTracked } from './created-contacts.js';
import { contactToDelete, orgIdOf } from './live.js';
import { malformedIdCases, unauthorizedCase } from './refusals.js';
import { contractIt, documentedStatusCases, expectDocumentedAnswer, send, targetInTitles, writes } from './target.js';

const operation = documented('deleteContact');
const path = (contactId: string, orgId = orgIdOf()) => pathOf('deleteContact', { orgId, contactId });

describe(`deleteContact against ${targetInTitles}`, () => {
  contractIt('answers 204 with no body and a TrackingID, no sl-violations', writes, async () => {
    const contactId = await contactToDelete('CH', 'delete');
    const res = await sendTracked('DELETE', path(contactId));
    expectDocumentedAnswer('deleteContact', 204, res);
    expect(res.body, res.context).toBeUndefined();
    expect(res.headers.get('trackingid'), res.context).toBeTruthy();
  });

  unauthorizedCase('deleteContact', ['org'], (options) => send('DELETE', path(exampleIds.contactId), options));

  describe('each documented response', () => {
    documentedStatusCases(operation, (headers) => send('DELETE', path(exampleIds.contactId), { headers }));
  });

  describe('refuses malformed ids', () => {
    malformedIdCases('deleteContact', writes, orgIdOf, (orgId, contactId) => send('DELETE', path(contactId, orgId)));
  });
});
