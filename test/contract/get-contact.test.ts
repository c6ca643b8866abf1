// Get a Contact held to the document, against the Prism mock or CONTRACT_BASE_URL: the documented
// response validates, every documented error comes as documented, bad requests are refused.
import { describe, expect } from 'vitest';
import { documented, exampleIds, pathOf } from '../fixtures/operations.js';
import { malformedIdCases, unauthorizedCase } from './refusals.js';
import {
  contractIt,
  documentedExampleCases,
  documentedStatusCases,
  expectDocumentedAnswer,
  send,
  target,
  targetInTitles,
} from './target.js';

const operation = documented('getContact');
const path = (orgId = target.orgId ?? exampleIds.orgId, contactId = target.contactId ?? exampleIds.contactId) =>
  pathOf('getContact', { orgId, contactId });

/** The request the mock-only cases send, with the Prefer header each asks with. */
const mockOnlyRequest = (headers: Record<string, string>) => send('GET', path(), { headers });

describe(`getContact against ${targetInTitles}`, () => {
  contractIt(
    'answers 200 with a Contact that validates, a TrackingID and no sl-violations',
    ['token', 'org', 'contact'],
    async () => {
      const res = await send('GET', path());
      expectDocumentedAnswer('getContact', 200, res);
      expect(res.headers.get('trackingid'), res.context).toBeTruthy();
    },
  );

  documentedExampleCases('getContact', 200, mockOnlyRequest);

  unauthorizedCase('getContact', [], (options) => send('GET', path(), options));

  describe('each documented response', () => {
    documentedStatusCases(operation, mockOnlyRequest);
  });

  describe('refuses malformed ids', () => {
    malformedIdCases(
      'getContact',
      ['token'],
      () => exampleIds.orgId,
      (orgId, contactId) => send('GET', path(orgId, contactId)),
    );
  });
});
