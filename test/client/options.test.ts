// createContactsClient's options: checked at once, with errors naming the option.
import { describe, expect, it } from 'vitest';
import { createContactsClient, type ContactsClientOptions } from '../../src/index.js';
import { contactId, gotContact, orgId, token } from '../fixtures/client.js';
import { bundledDocument } from '../fixtures/schema.js';

describe('createContactsClient options', () => {
  it('defaults baseUrl to the document\'s server', async () => {
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

  it.each<[string, unknown]>([
    ['no token', undefined],
    ['an empty token', ''],
    ['a token that is neither string nor function', 42],
  ])('throws at once on %s', (_, value) => {
    expect(() => createContactsClient({ token: value } as ContactsClientOptions)).toThrow(
      'token is required: a non-empty string, or a function returning one',
    );
  });

  it('throws when called without options', () => {
    expect(() => createContactsClient(undefined as unknown as ContactsClientOptions)).toThrow(/^token is required/);
  });

  it.each(['http://webexapis.com/v1', 'http://10.0.0.1:8080', 'ftp://webexapis.com/v1', 'http://localhost.example.com'])(
    'refuses baseUrl %s, where the token would travel in clear',
    (baseUrl) => {
      expect(() => createContactsClient({ token, baseUrl })).toThrow(/^baseUrl must use https: /);
    },
  );

  it('refuses a baseUrl that is not an absolute URL', () => {
    expect(() => createContactsClient({ token, baseUrl: '/v1' })).toThrow('baseUrl must be an absolute URL');
  });

  it.each(['https://webexapis.com/v1', 'http://localhost:4010', 'http://127.0.0.1:4010/v1', 'http://[::1]:4010'])('accepts baseUrl %s', (baseUrl) => {
    expect(() => createContactsClient({ token, baseUrl })).not.toThrow();
  });

  it.each([0, -1, Number.NaN, Infinity, 2 ** 31])('refuses timeoutMs %d', (timeoutMs) => {
    expect(() => createContactsClient({ token, timeoutMs })).toThrow(/^timeoutMs must be a number of milliseconds/);
  });

  it('checks retry options', () => {
    expect(() => createContactsClient({ token, retry: { maxRetries: -1 } })).toThrow('retry.maxRetries must be a non-negative integer');
  });
});
