// List Contacts held to the document, against the Prism mock or CONTRACT_BASE_URL: a page validates, the
// documented query values are accepted, pages follow each other through `Link: rel="next"` (live), every
// documented error comes as documented, malformed ids and query values are refused.
import { describe, expect } from 'vitest';
import { deref, documented, exampleIds, operationNode, pathOf } from '../fixtures/operations.js';
import { nextLink } from './created-contacts-cleanup.mjs';
import { liveIt, orgIdOf } from './live.js';
import { expectRefused, unauthorizedCase } from './refusals.js';
import {
  contractIt,
  documentedExampleCases,
  documentedStatusCases,
  expectDocumentedAnswer,
  type Need,
  send,
  target,
  targetInTitles,
} from './target.js';

const operation = documented('listContacts');
const path = (query = '', orgId = orgIdOf()) => `${pathOf('listContacts', { orgId })}${query ? `?${query}` : ''}`;

/** The query made of every parameter's own example, as the document serializes it (arrays comma-separated). */
const documentedQuery = (operationNode('listContacts').node.parameters as unknown[])
  .map(deref)
  .filter((p) => p.in === 'query')
  .map(
    (p) =>
      `${p.name}=${(Array.isArray(p.example) ? p.example : [p.example]).map((v: unknown) => encodeURIComponent(String(v))).join(',')}`,
  )
  .join('&');

type Page = { result: { contactId: string }[]; start?: number; limit?: number; total?: number };

/** The request the mock-only cases send, with the Prefer header each asks with. */
const mockOnlyRequest = (headers: Record<string, string>) => send('GET', path(), { headers });

describe(`listContacts against ${targetInTitles}`, () => {
  contractIt(
    'answers 200 with a ContactList that validates, a TrackingID and no sl-violations',
    ['token', 'org'],
    async () => {
      const res = await send('GET', path());
      expectDocumentedAnswer('listContacts', 200, res);
      expect(res.headers.get('trackingid'), res.context).toBeTruthy();
    },
  );

  contractIt(`accepts every query parameter's documented example (${documentedQuery})`, ['token', 'org'], async () => {
    expect(documentedQuery).toMatch(/keyword=.*source=.*limit=.*groupIds=[^&]+,/);
    const res = await send('GET', path(documentedQuery));
    expectDocumentedAnswer('listContacts', 200, res);
  });

  documentedExampleCases('listContacts', 200, mockOnlyRequest);

  liveIt(
    'limit=1: a page of at most one contact; the next page comes from Link rel="next" on the target and starts at 1',
    ['token', 'org'],
    async () => {
      const first = await send('GET', path('limit=1'));
      expectDocumentedAnswer('listContacts', 200, first);
      const page = first.body as Page;
      expect(page.result.length, first.context).toBeLessThanOrEqual(1);
      const next = nextLink(first.headers.get('link'));
      if ((page.total ?? 0) <= 1) {
        expect(next, first.context).toBeUndefined();
        return;
      }
      expect(next, `${page.total} contacts, no Link rel="next"\n${first.context}`).toBeDefined();
      expect(next!.startsWith(`${target.baseUrl}/`), next).toBe(true);
      const second = await send('GET', next!.slice(target.baseUrl.length));
      expectDocumentedAnswer('listContacts', 200, second);
      expect((second.body as Page).result.length, second.context).toBeLessThanOrEqual(1);
      if ((second.body as Page).start !== undefined) expect((second.body as Page).start, second.context).toBe(1);
      expect((second.body as Page).result[0]?.contactId, second.context).not.toBe(page.result[0]?.contactId);
    },
  );

  unauthorizedCase('listContacts', [], (options) => send('GET', path(), options));

  describe('each documented response', () => {
    documentedStatusCases(operation, mockOnlyRequest);
  });

  describe('refuses malformed ids and query values', () => {
    const uuid = exampleIds.contactId;
    // [what, query, orgId, the mock's violation: location, code]
    const malformed: [string, string, () => string, string[], string][] = [
      ['an orgId that is no UUID', '', () => 'not-a-uuid', ['path', 'orgid'], 'format'],
      // The base64 form other Webex APIs return; this path takes the UUID inside it.
      ['a base64 orgId', '', () => btoa(`ciscospark://us/ORGANIZATION/${orgIdOf()}`), ['path', 'orgid'], 'format'],
      ['limit=0 (below 1)', 'limit=0', orgIdOf, ['query', 'limit'], 'minimum'],
      ['limit=-5', 'limit=-5', orgIdOf, ['query', 'limit'], 'minimum'],
      ['limit=1.5 (not an integer)', 'limit=1.5', orgIdOf, ['query', 'limit'], 'type'],
      ['limit=ten', 'limit=ten', orgIdOf, ['query', 'limit'], 'type'],
      ['a source outside the enum', 'source=Other', orgIdOf, ['query', 'source'], 'enum'],
      ['a source in the wrong case', 'source=ch', orgIdOf, ['query', 'source'], 'enum'],
      // Prism spells parameter names in lower case in its violations.
      ['a groupIds item that is no UUID', 'groupIds=not-a-uuid', orgIdOf, ['query', 'groupids', '0'], 'format'],
      [
        'a UUID then an item that is none, comma-separated',
        `groupIds=${uuid},not-a-uuid`,
        orgIdOf,
        ['query', 'groupids', '1'],
        'format',
      ],
    ];
    for (const [what, query, orgId, location, code] of malformed) {
      // A bad query value is only refused in an organization the token may read.
      const needs: Need[] = location[0] === 'query' ? ['token', 'org'] : ['token'];
      contractIt(
        `${what}: a documented 4xx that is not about auth or rate (the mock: 400 naming it and the rule)`,
        needs,
        async () => {
          const res = await send('GET', path(query, orgId()));
          expectRefused('listContacts', res, { location, code });
        },
      );
    }
  });
});
