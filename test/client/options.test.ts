// The options of createContactsClient and createContactsApi (one module checks them for both): checked at
// once, with errors naming the option.
import { describe, expect, it } from 'vitest';
import { createContactsApi } from '../../src/api.js';
import { type ContactsClientOptions, createContactsClient } from '../../src/index.js';
import { contactId, gotContact, orgId, token } from '../fixtures/client.js';
import { bundledDocument } from '../fixtures/operations.js';

describe('createContactsClient options', () => {
  it("defaults baseUrl to the document's server", async () => {
    const urls: string[] = [];
    const client = createContactsClient({
      token,
      fetch: async (request) => {
        urls.push(request.url);
        return Response.json(gotContact);
      },
    });
    await client.get(orgId, contactId);
    expect(urls).toEqual([`${bundledDocument.servers[0].url}/contacts/organizations/${orgId}/contacts/${contactId}`]);
  });
});

const factories: [string, (options: ContactsClientOptions) => unknown][] = [
  ['createContactsClient', createContactsClient],
  ['createContactsApi', createContactsApi],
];

describe.each(factories)('%s options', (_factory, create) => {
  it.each<[string, unknown]>([
    ['no token', undefined],
    ['an empty token', ''],
    ['a token that is neither string nor function', 42],
  ])('throws at once on %s', (_, value) => {
    expect(() => create({ token: value } as ContactsClientOptions)).toThrow(
      new TypeError('token must be (or return) a non-empty string'),
    );
  });

  it('throws when called without options', () => {
    expect(() => create(undefined as unknown as ContactsClientOptions)).toThrow(/^token must be/);
  });

  it.each([
    'http://webexapis.com/v1',
    'http://10.0.0.1:8080',
    'ftp://webexapis.com/v1',
    'http://localhost.example.com',
    'http://localhost@example.com',
    'http://127.0.0.1.example.com',
    'http://localhost\\@example.com',
    ' http://example.com',
  ])('refuses baseUrl %j, where the token would travel in clear', (baseUrl) => {
    expect(() => create({ token, baseUrl })).toThrow(
      new TypeError('baseUrl must be https: (http: only for localhost, 127.x.x.x or [::1])'),
    );
  });

  it.each([
    '/v1',
    'webexapis.com/v1',
    '',
    'https://webex apis.com/v1',
    'https://[::1/v1',
    'https://webexapis.com:99999/v1',
  ])('refuses baseUrl %j, not an absolute URL', (baseUrl) => {
    expect(() => create({ token, baseUrl })).toThrow(/^baseUrl must be https: /);
  });

  it.each([
    'https://webexapis.com/v1',
    'HTTPS://webexapis.com/v1',
    'http://localhost:4010',
    'http://127.0.0.1:4010/v1',
    'http://[::1]:4010',
  ])('accepts baseUrl %s', (baseUrl) => {
    expect(() => create({ token, baseUrl })).not.toThrow();
  });

  it.each([0, -1, 1.5, Number.NaN, Infinity, 2 ** 31])('refuses timeoutMs %d', (timeoutMs) => {
    expect(() => create({ token, timeoutMs })).toThrow(new TypeError('timeoutMs must be an integer in [1, 2^31)'));
  });

  it.each([0, -1, 1.5, Number.NaN, Infinity, 2 ** 31])('refuses totalTimeoutMs %d', (totalTimeoutMs) => {
    expect(() => create({ token, totalTimeoutMs })).toThrow(
      new TypeError('totalTimeoutMs must be an integer in [1, 2^31)'),
    );
  });

  it('refuses a fetch that is not a function', () => {
    expect(() => create({ token, fetch: 'fetch' as unknown as NonNullable<ContactsClientOptions['fetch']> })).toThrow(
      new TypeError('fetch must be a function'),
    );
  });

  it('checks retry options', () => {
    expect(() => create({ token, retry: { maxRetries: -1 } })).toThrow(
      new TypeError('maxRetries must be an integer in [0, 2^31)'),
    );
  });
});
