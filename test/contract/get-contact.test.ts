// Get a Contact held to the document, against the Prism mock or CONTRACT_BASE_URL: the documented
// response validates, every documented error comes as documented, bad requests are refused.
import { describe, expect } from 'vitest';
import { documented, exampleIds, pathOf, responseExamples } from '../fixtures/operations.js';
import {
  contractIt,
  documentedStatusCases,
  expectDocumentedAnswer,
  expectDocumentedBody,
  send,
  target,
  targetInTitles,
  violations,
} from './target.js';

const operation = documented('getContact');
const path = (orgId = target.orgId ?? exampleIds.orgId, contactId = target.contactId ?? exampleIds.contactId) =>
  pathOf('getContact', { orgId, contactId });

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

  for (const [name, example] of Object.entries(responseExamples('getContact', 200))) {
    contractIt(`serves the documented 200 example "${name}" as it is`, ['mock'], async () => {
      const res = await send('GET', path(), { headers: { prefer: `example=${name}` } });
      expectDocumentedAnswer('getContact', 200, res);
      expect(res.body, res.context).toEqual(example);
    });
  }

  contractIt('answers 401 with the documented error body without Authorization', [], async () => {
    const res = await send('GET', path(), { auth: false });
    expect(res.status, res.context).toBe(401);
    expectDocumentedBody('getContact', res);
  });

  describe('each documented response', () => {
    documentedStatusCases(operation, (headers) => send('GET', path(), { headers }));
  });

  describe('refuses malformed ids', () => {
    const malformed: [string, string, string, string][] = [
      ['an orgId that is no UUID', 'orgid', 'not-a-uuid', exampleIds.contactId],
      // The base64 form other Webex APIs return; this path takes the UUID inside it.
      ['a base64 orgId', 'orgid', btoa(`ciscospark://us/ORGANIZATION/${exampleIds.orgId}`), exampleIds.contactId],
      ['a contactId that is no UUID', 'contactid', exampleIds.orgId, 'not-a-uuid'],
    ];
    for (const [what, parameter, orgId, contactId] of malformed) {
      contractIt(
        `${what}: a documented 4xx that is not about auth or rate (the mock: 400 naming the parameter and its format)`,
        ['token'],
        async () => {
          const res = await send('GET', path(orgId, contactId));
          expect(res.status, res.context).toBeGreaterThanOrEqual(400);
          expect(res.status, res.context).toBeLessThan(500);
          expect([401, 403, 429], res.context).not.toContain(res.status);
          expectDocumentedBody('getContact', res);
          if (target.mock) {
            expect(res.status, res.context).toBe(400);
            expect(violations(res), res.context).toContainEqual(
              expect.objectContaining({ location: ['request', 'path', parameter], code: 'format' }),
            );
          }
        },
      );
    }
  });
});
