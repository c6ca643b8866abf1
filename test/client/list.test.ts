// list(): an async iterable over every page, lazy, following `Link: <url>; rel="next"` exactly, never
// sending the token to another origin, never looping, stopped by a break or an abort.
import { describe, expect, it } from 'vitest';
import { type Contact, type ListContactsQuery, WebexApiError } from '../../src/index.js';
import { clientOn, orgId, token } from '../fixtures/client.js';
import { useFaultServer } from '../fixtures/fault-server.js';
import { pathOf, responseExample } from '../fixtures/operations.js';

const server = useFaultServer();
// Another origin (another port), to prove no request ever reaches it.
const elsewhere = useFaultServer();

// The document's page, and contacts made from its one contact.
const example = responseExample('listContacts', 200);
const contact = (n: number): Contact => ({
  ...example.result[0],
  contactId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
});
const searchPath = `/v1${pathOf('listContacts', { orgId })}`;
const groupIds: [string, string] = ['9ac175bf-0249-4287-8fb3-e320e525fcf6', '23b95024-7063-404c-9a3c-37532f53a9ce'];
/** A page holding `contacts`, with a `Link` to `next` when given. */
const page = (contacts: Contact[], next?: string) => ({
  body: { ...example, result: contacts, total: 5 },
  ...(next === undefined ? {} : { headers: { Link: `<${next}>; rel="next"` } }),
});

async function collect(iterable: AsyncIterable<Contact>): Promise<Contact[]> {
  const contacts: Contact[] = [];
  for await (const item of iterable) contacts.push(item);
  return contacts;
}
const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => error,
  );

describe('list()', () => {
  it('sends nothing until iterated, then every page in order, each next link exactly as given, with the token', async () => {
    const second = `${server.baseUrl}/contacts/organizations/${orgId}/contacts/search?keyword=Zhang&cursor=Q1%2B2&limit=2`;
    const third = `${server.baseUrl}/contacts/organizations/${orgId}/contacts/search?keyword=Zhang&cursor=Q3&limit=2`;
    server.reply(page([contact(1), contact(2)], second), page([contact(3), contact(4)], third), page([contact(5)]));
    const listing = clientOn(server).list(orgId, { keyword: 'Zhang', source: 'CH', limit: 2, groupIds });
    expect(server.received).toHaveLength(0);
    expect(await collect(listing)).toEqual([1, 2, 3, 4, 5].map(contact));
    expect(server.received.map((r) => r.url)).toEqual([
      `${searchPath}?keyword=Zhang&source=CH&limit=2&groupIds=${groupIds.join(',')}`,
      second.replace(server.baseUrl, '/v1'),
      third.replace(server.baseUrl, '/v1'),
    ]);
    for (const request of server.received) {
      expect(request.method).toBe('GET');
      expect(request.headers.authorization).toBe(`Bearer ${token}`);
    }
  });

  it('asks for a page only once every contact of the one before has been taken', async () => {
    server.reply(
      page([contact(1), contact(2)], `${server.baseUrl}/contacts/organizations/${orgId}/contacts/search?p=2`),
      page([contact(3)]),
    );
    const pages = clientOn(server).list(orgId)[Symbol.asyncIterator]();
    expect((await pages.next()).value).toEqual(contact(1));
    expect((await pages.next()).value).toEqual(contact(2));
    expect(server.received).toHaveLength(1);
    expect((await pages.next()).value).toEqual(contact(3));
    expect(server.received).toHaveLength(2);
    expect(await pages.next()).toEqual({ done: true, value: undefined });
  });

  it('stops paging when the loop breaks', async () => {
    server.reply(
      page([contact(1), contact(2)], `${server.baseUrl}/contacts/organizations/${orgId}/contacts/search?p=2`),
      page([contact(3)]),
    );
    for await (const item of clientOn(server).list(orgId)) {
      expect(item).toEqual(contact(1));
      break;
    }
    expect(server.received).toHaveLength(1);
  });

  it('resolves a relative next link against the page, and finds rel="next" among other links', async () => {
    server.reply(
      {
        ...page([contact(1)]),
        headers: { Link: `<${searchPath}?p=0>; rel="prev first", <${searchPath}?p=2>; title="a, b"; REL="last Next"` },
      },
      page([contact(2)]),
    );
    expect(await collect(clientOn(server).list(orgId))).toEqual([contact(1), contact(2)]);
    expect(server.received[1]?.url).toBe(`${searchPath}?p=2`);
  });

  it('sends only the documented query parameters, and none when there is no query', async () => {
    server.reply(page([]), page([]));
    await collect(clientOn(server).list(orgId, { keyword: '', start: 100 } as ListContactsQuery));
    await collect(clientOn(server).list(orgId));
    expect(server.received.map((r) => r.url)).toEqual([`${searchPath}?keyword=`, searchPath]);
  });

  it('refuses a next link to another origin, after the page it came with, and sends the token nowhere else', async () => {
    const foreign = `${elsewhere.baseUrl}/contacts/organizations/${orgId}/contacts/search?p=2`;
    server.reply(page([contact(1)], foreign));
    elsewhere.reply(page([contact(2)]));
    const seen: Contact[] = [];
    const error = await failure(
      (async () => {
        for await (const item of clientOn(server).list(orgId)) seen.push(item);
      })(),
    );
    expect(seen).toEqual([contact(1)]);
    expect(error).toBeInstanceOf(WebexApiError);
    expect(error).toMatchObject({
      status: 200,
      operationId: 'listContacts',
      message: 'The next page link leads to another origin: not followed',
    });
    expect(JSON.stringify(error)).not.toContain(token);
    expect(elsewhere.received).toHaveLength(0);
  });

  it('refuses a next link to a page already read instead of looping', async () => {
    const first = `${server.baseUrl}/contacts/organizations/${orgId}/contacts/search`;
    const second = `${first}?p=2`;
    server.reply(page([contact(1)], second), page([contact(2)], first), page([contact(1)], second));
    const error = await failure(collect(clientOn(server).list(orgId)));
    expect(error).toMatchObject({ name: 'WebexApiError', message: 'The next page link leads to a page already read' });
    expect(server.received).toHaveLength(2);
  });

  it('refuses a page that links to itself', async () => {
    server.reply(
      page([contact(1)], `${server.baseUrl}/contacts/organizations/${orgId}/contacts/search?keyword=x`),
      page([]),
    );
    const error = await failure(collect(clientOn(server).list(orgId, { keyword: 'x' })));
    expect(error).toMatchObject({ message: 'The next page link leads to a page already read' });
    expect(server.received).toHaveLength(1);
  });

  it('rejects with the abort reason between pages, asking for no further page', async () => {
    server.reply(page([contact(1)], `${searchPath}?p=2`), page([contact(2)]));
    const controller = new AbortController();
    const pages = clientOn(server).list(orgId, {}, { signal: controller.signal })[Symbol.asyncIterator]();
    expect((await pages.next()).value).toEqual(contact(1));
    const reason = new Error('enough');
    controller.abort(reason);
    await expect(pages.next()).rejects.toBe(reason);
    expect(server.received).toHaveLength(1);
  });

  it('rejects with the abort reason in the middle of a page too', async () => {
    server.reply(page([contact(1), contact(2)]));
    const controller = new AbortController();
    const pages = clientOn(server).list(orgId, undefined, { signal: controller.signal })[Symbol.asyncIterator]();
    await pages.next();
    controller.abort();
    await expect(pages.next()).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('retries a page like a GET, the same URL', async () => {
    const second = `${searchPath}?p=2`;
    server.reply(page([contact(1)], second), { status: 503 }, page([contact(2)]));
    expect(await collect(clientOn(server).list(orgId))).toEqual([contact(1), contact(2)]);
    expect(server.received.map((r) => r.url)).toEqual([searchPath, second, second]);
  });

  it('rejects a page that fails, or that is not a page, with a WebexApiError of listContacts', async () => {
    server.reply({ status: 403, body: responseExample('listContacts', 403) });
    expect(await failure(collect(clientOn(server).list(orgId)))).toMatchObject({
      name: 'WebexApiError',
      status: 403,
      operationId: 'listContacts',
    });
    server.reply({ body: { result: 'nobody' } });
    expect(await failure(collect(clientOn(server).list(orgId)))).toMatchObject({
      status: 200,
      message: 'The response is not a page of contacts',
    });
    server.reply({ body: [contact(1)] });
    expect(await failure(collect(clientOn(server).list(orgId)))).toMatchObject({
      status: 200,
      message: 'The response body is not a JSON object',
    });
  });

  it.each<[string, unknown, RegExp | string]>([
    ['a query that is not an object', 'keyword=x', 'query must be an object'],
    ['a keyword that is not a string', { keyword: 42 }, 'query.keyword must be a string'],
    ['a limit of 0', { limit: 0 }, 'query.limit must be an integer of at least 1'],
    ['a limit of 1.5', { limit: 1.5 }, 'query.limit must be an integer of at least 1'],
    ['no groupIds in the list', { groupIds: [] }, 'query.groupIds must be a list with at least one item'],
    ['a group id holding a comma', { groupIds: [`${groupIds[0]},${groupIds[1]}`] }, 'query.groupIds[0] must be a UUID'],
    ['a group id that is no UUID', { groupIds: [groupIds[0], 'sales'] }, 'query.groupIds[1] must be a UUID'],
  ])('refuses %s when iterated, before sending', async (_, query, message) => {
    const error = await failure(collect(clientOn(server).list(orgId, query as ListContactsQuery)));
    expect(error).toEqual(new TypeError(message as string));
    expect(server.received).toHaveLength(0);
  });

  it('refuses a bad orgId before sending', async () => {
    await expect(collect(clientOn(server).list('acme'))).rejects.toThrow(/^orgId must be a UUID/);
    expect(server.received).toHaveLength(0);
  });
});
