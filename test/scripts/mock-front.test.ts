// The mock's front (scripts/lib/mock-front.mjs): the body of a request Prism refuses names the fault, where
// Prism alone sends the document's 400 example ("source is required.") whatever the fault; and the List
// example's next link leads to the mock itself, to a last page, so a client pages through the mock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { explainRefusal, linkForMock } from '../../scripts/lib/mock-front.mjs';
import { type Prism, startPrism } from '../../scripts/lib/prism.mjs';
import { createContactsClient } from '../../src/index.js';
import { bundledDocument, exampleIds, pathOf, requestExample, responseExample } from '../fixtures/operations.js';
import { validateAt } from '../fixtures/schema.js';

const errorSchema = '/components/schemas/ErrorResponse';
let mock: Prism;
beforeAll(async () => {
  mock = await startPrism({ output: 'pipe' });
}, 60_000);
afterAll(() => mock?.stop());

async function call(
  method: string,
  path: string,
  { body, headers = {} }: { body?: unknown; headers?: Record<string, string> } = {},
) {
  const response = await fetch(mock.url + path, {
    method,
    headers: {
      authorization: 'Bearer test',
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, headers: response.headers, body: await response.json().catch(() => undefined) };
}

describe('the mock explains what it refuses', () => {
  const documented400 = responseExample('createContact', 400);

  it('a CH contact without a way to reach it: the body names the missing fields, not the example', async () => {
    const { schemas } = requestExample('createContact');
    const res = await call('POST', pathOf('createContact', exampleIds), { body: { schemas, source: 'CH' } });
    expect(res.status).toBe(400);
    expect(res.body).not.toEqual(documented400);
    const reasons = res.body.errors.map((e: { description: string }) => e.description).join('\n');
    for (const field of ['emails', 'phoneNumbers', 'sipAddresses']) expect(reasons).toContain(`'${field}'`);
    expect(res.body.message).toMatch(/emails|phoneNumbers|sipAddresses/);
    expect(validateAt(errorSchema, res.body)).toEqual({ valid: true, errors: [] });
    expect(res.headers.get('sl-violations')).not.toBeNull();
  });

  it('a malformed contact id: the body names the parameter and its format', async () => {
    const res = await call('GET', pathOf('getContact', { ...exampleIds, contactId: 'not-a-uuid' }));
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/contactid.*uuid/i);
    expect(res.body.message).not.toMatch(/request body/i);
    expect(res.body.trackingId).toBeTruthy();
    expect(validateAt(errorSchema, res.body)).toEqual({ valid: true, errors: [] });
  });

  it('a query value out of range: the body names the parameter and the rule', async () => {
    const res = await call('GET', `${pathOf('listContacts', exampleIds)}?limit=0`);
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/limit must be >= 1/);
  });

  it('a path the document does not have: a Webex error body naming it, not Prism problem+json', async () => {
    const res = await call('GET', '/contacts/nowhere');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.body.message).toContain('/contacts/nowhere');
    expect(validateAt(errorSchema, res.body)).toEqual({ valid: true, errors: [] });
  });

  it('a field name outside Latin-1 is named too, and the mock stays up (Prism alone exits on it)', async () => {
    const { schemas } = requestExample('createContact');
    const name = '\u{2E684}'; // 𮚄: Node refuses it in a header, where Prism quotes the field
    const body = { schemas, source: 'CH', emails: [{ value: 'a@example.com', [name]: 1 }] };
    const res = await call('POST', pathOf('createContact', exampleIds), { body });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.errors)).toContain(name);
    expect(
      JSON.parse(res.headers.get('sl-violations')!).some((v: { message: string }) => v.message.includes(name)),
    ).toBe(true);
    const after = await call('GET', pathOf('getContact', exampleIds));
    expect(after.status).toBe(200);
  });

  it('passes every other answer through unchanged: a valid request, and a 400 asked for with Prefer', async () => {
    const got = await call('GET', pathOf('getContact', exampleIds));
    expect(got.status).toBe(200);
    expect(got.body).toEqual(responseExample('getContact', 200));
    const asked = await call('POST', pathOf('createContact', exampleIds), {
      body: requestExample('createContact'),
      headers: { prefer: 'code=400' },
    });
    expect(asked.status).toBe(400);
    expect(asked.body).toEqual(documented400);
  });
});

describe('explainRefusal', () => {
  it('names the first reason in the message and lists every one', () => {
    const violations = [
      {
        location: ['request', 'body', 'source'],
        message: 'Request body property source must be equal to one of the allowed values: CH, Webex4Broadworks',
      },
      { location: ['request', 'body', 'x'], message: 'Request body must NOT have unevaluated properties' },
    ];
    expect(explainRefusal({ violations, trackingId: 'T1' })).toEqual({
      message: `${violations[0]!.message} (and 1 more: see errors)`,
      errors: violations.map((v) => ({ description: v.message })),
      trackingId: 'T1',
    });
  });

  it('falls back to the problem+json detail, then to a plain sentence', () => {
    expect(explainRefusal({ problem: { title: 'Route not resolved', detail: 'No route /x' } }).message).toBe(
      'No route /x',
    );
    expect(explainRefusal({}).message).toBe('The mock refused the request.');
  });
});

describe('the mock pages List Contacts through itself', () => {
  const list = pathOf('listContacts', exampleIds);
  const page = responseExample('listContacts', 200) as { result: { contactId: string }[] };

  it('the first page links to the mock, and the page at that link is the last', async () => {
    const first = await call('GET', `${list}?limit=100`);
    expect(first.status).toBe(200);
    const next = /<([^>]+)>;\s*rel="next"/.exec(first.headers.get('link') ?? '')?.[1];
    expect(next, first.headers.get('link') ?? 'no Link').toBeDefined();
    expect(next!.startsWith(`${mock.url}/`), next).toBe(true);
    const last = await call('GET', next!.slice(mock.url.length));
    expect(last.status).toBe(200);
    expect(last.headers.get('link')).toBeNull();
  });

  it('the client lists both pages from the mock and stops', async () => {
    const contacts = createContactsClient({ token: 'any-token', baseUrl: mock.url });
    const ids: string[] = [];
    for await (const contact of contacts.list(exampleIds.orgId)) ids.push(contact.contactId);
    const example = page.result.map((contact) => contact.contactId);
    expect(ids).toEqual([...example, ...example]);
  });
});

describe('linkForMock', () => {
  const serverUrls: string[] = bundledDocument.servers.map((server: { url: string }) => server.url);
  const mockUrl = 'http://127.0.0.1:4010';
  const webex = `${serverUrls[0]}/contacts/organizations/o/contacts/search?keyword=a&start=100`;

  it("moves a link under the document's server to the mock, keeping its path, query and rel", () => {
    expect(
      linkForMock(`<${webex}>; rel="next"`, {
        serverUrls,
        mockUrl,
        requestUrl: '/contacts/organizations/o/contacts/search',
      }),
    ).toBe(`<${mockUrl}/contacts/organizations/o/contacts/search?keyword=a&start=100>; rel="next"`);
  });

  it('drops the header on the page its link leads to, so following it ends', () => {
    const requestUrl = webex.slice(serverUrls[0]!.length);
    expect(linkForMock(`<${webex}>; rel="next"`, { serverUrls, mockUrl, requestUrl })).toBeUndefined();
  });

  it('leaves a link to anywhere else as it is', () => {
    const link = '<https://example.com/v1/contacts?start=1>; rel="next"';
    expect(linkForMock(link, { serverUrls, mockUrl, requestUrl: '/x' })).toBe(link);
  });
});
