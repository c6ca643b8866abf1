// Bulk Create or Update Contacts held to the document, against the Prism mock or CONTRACT_BASE_URL
// (writes only with CONTRACT_ALLOW_WRITES=1; live, every contact an answer created is deleted at the
// end): the documented request examples are accepted, every documented error comes as documented,
// malformed ids and bodies are refused, and so is every one-rule mutation of the examples — an item's
// own rules (an update names its contactId, a new CH contact needs a way to reach it, a new
// Webex4Broadworks contact a displayName) included — by the server, the schema and the validator users
// get (validateRequest), which must name the place the mutation broke.
import { describe, expect } from 'vitest';
import { validateRequest } from '../../src/contract.js';
import { documented, pathOf, requestExample } from '../fixtures/operations.js';
import { validateAt } from '../fixtures/schema.js';
import { sendTracked } from './created-contacts.js';
import { orgIdOf, ownContact, type Source } from './live.js';
import { malformedRequestCases, mutationCases, unauthorizedCase } from './refusals.js';
import {
  contractIt,
  documentedExampleCases,
  documentedStatusCases,
  expectDocumentedAnswer,
  target,
  targetInTitles,
  writes,
} from './target.js';

const operation = documented('bulkCreateOrUpdateContacts');
const schema = '/components/schemas/BulkContactsRequest';
const path = (orgId = orgIdOf()) => pathOf('bulkCreateOrUpdateContacts', { orgId });
const firstExample = requestExample('bulkCreateOrUpdateContacts') as Record<string, unknown>;

type Item = { contactId?: string; source: Source };

/**
 * The example as sent: against the mock as it is; live, each update names a contact of the suite's own
 * with its source (the example's contactIds name no contact in a tenant).
 */
async function asSent(example: Record<string, unknown>): Promise<Record<string, unknown>> {
  if (target.mock) return example;
  const contacts = await Promise.all(
    (example.contacts as Item[]).map(async (item) =>
      item.contactId ? { ...item, contactId: await ownContact(item.source) } : item,
    ),
  );
  return { ...example, contacts };
}

/** The request the mock-only cases send, with the Prefer header each asks with. */
const mockOnlyRequest = (headers: Record<string, string>) =>
  sendTracked('POST', path(), { body: firstExample, headers });

describe(`bulkCreateOrUpdateContacts against ${targetInTitles}`, () => {
  contractIt('the document has request examples with updates and creates of every source', [], async () => {
    const items = Object.values(operation.requestExamples).flatMap((body) => (body as { contacts: Item[] }).contacts);
    expect(items.some((item) => item.contactId)).toBe(true);
    expect(new Set(items.filter((item) => !item.contactId).map((item) => item.source))).toEqual(
      new Set(['CH', 'Webex4Broadworks']),
    );
  });

  for (const [name, example] of Object.entries(operation.requestExamples)) {
    contractIt(
      `accepts the documented request "${name}": 200 with a BulkContactsResult that validates, a TrackingID, no sl-violations`,
      writes,
      async () => {
        expect(validateAt(schema, example).errors).toEqual([]);
        const body = await asSent(example as Record<string, unknown>);
        const res = await sendTracked('POST', path(), { body });
        expectDocumentedAnswer('bulkCreateOrUpdateContacts', 200, res);
        expect(res.headers.get('trackingid'), res.context).toBeTruthy();
      },
    );
  }

  documentedExampleCases('bulkCreateOrUpdateContacts', 200, mockOnlyRequest, { note: 'null entries and all' });

  unauthorizedCase('bulkCreateOrUpdateContacts', ['org'], (options) =>
    sendTracked('POST', path(), { body: firstExample, ...options }),
  );

  describe('each documented response', () => {
    documentedStatusCases(operation, mockOnlyRequest);
  });

  describe('refuses requests that are not a Bulk Create or Update body', () => {
    malformedRequestCases('bulkCreateOrUpdateContacts', writes, firstExample, (init, orgId) =>
      sendTracked('POST', path(orgId), init),
    );
  });

  // Every one-rule mutation of every documented request example, derived from the schema, inside each
  // item under the branch it is (and none that turns an item into another valid kind).
  mutationCases({
    operation,
    needs: writes,
    schema: 'BulkContactsRequest',
    schemaRefuses: true,
    validate: (body) => validateRequest('bulkCreateOrUpdateContacts', body),
    request: (body) => sendTracked('POST', path(), { body }),
  });
});
