// The bearer token: refreshed before each attempt, and never readable from anything the client throws.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createContactsClient } from '../../src/index.js';
import { clientOn, contactId, gotContact, orgId, token } from '../fixtures/client.js';
import { useFaultServer } from '../fixtures/fault-server.js';

const server = useFaultServer();

/** Every way an error reaches a log: its message, util.inspect (with cause), JSON.stringify, its stack. */
function expectNoToken(error: unknown): void {
  expect(error).toBeDefined();
  const views = [String(error), inspect(error, { depth: 10, showHidden: true }), JSON.stringify(error) ?? '', (error as Error).stack ?? ''];
  for (const view of views) expect(view).not.toContain(token);
}

describe('token', () => {
  it('calls a token function before each attempt, so a refreshed token is used', async () => {
    const tokens = ['first-token', 'second-token'];
    server.reply({ status: 429, headers: { 'Retry-After': '0' } }, { body: gotContact });
    const client = createContactsClient({ token: async () => tokens.shift() ?? 'none', baseUrl: server.baseUrl });
    await client.get(orgId, contactId);
    expect(server.received.map((r) => r.headers.authorization)).toEqual(['Bearer first-token', 'Bearer second-token']);
  });

  it('rejects, sending nothing, when the token function gives no token', async () => {
    const client = createContactsClient({ token: () => '', baseUrl: server.baseUrl });
    await expect(client.get(orgId, contactId)).rejects.toThrow(new TypeError('token must be (or return) a non-empty string'));
    expect(server.received).toHaveLength(0);
  });

  it('is absent from a WebexApiError', async () => {
    server.reply({ status: 401, body: { message: 'The request requires a valid access token.' } });
    expectNoToken(await clientOn(server).get(orgId, contactId).catch((e: unknown) => e));
  });

  it('is absent from a network failure, even when its cause holds the Request', async () => {
    const fetch = (request: Request) => Promise.reject(new TypeError('fetch failed', { cause: request }));
    const error = await clientOn(server, { fetch, retry: false }).get(orgId, contactId).catch((e: unknown) => e);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expectNoToken(error);
  });

  it('is absent from a network failure of contacts.api', async () => {
    const fetch = (request: Request) => Promise.reject(new TypeError('fetch failed', { cause: request }));
    const client = clientOn(server, { fetch, retry: false });
    const error = await client.api
      .GET('/contacts/organizations/{orgId}/contacts/{contactId}', { params: { path: { orgId, contactId } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expectNoToken(error);
  });

  it('is absent from timeouts and aborts', async () => {
    server.reply({ hang: true }, { hang: true });
    expectNoToken(await clientOn(server, { timeoutMs: 50, retry: false }).get(orgId, contactId).catch((e: unknown) => e));
    const controller = new AbortController();
    const call = clientOn(server).get(orgId, contactId, { signal: controller.signal });
    await server.requests(2);
    controller.abort();
    expectNoToken(await call.catch((e: unknown) => e));
  });

  it('is absent from the client object and from option errors', () => {
    const client = clientOn(server);
    expect(inspect(client, { depth: 10, showHidden: true })).not.toContain(token);
    expectNoToken(captureThrow(() => createContactsClient({ token, baseUrl: 'http://example.com' })));
    // An id argument is never echoed, so a token passed by mistake does not reach the message.
    return client.get(token, contactId).catch((error: unknown) => expectNoToken(error));
  });
});

function captureThrow(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}
