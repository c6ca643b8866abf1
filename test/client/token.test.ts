// The bearer token: refreshed before each attempt, and never readable from anything the client throws.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createContactsClient } from '../../src/index.js';
import { apiOn, clientOn, contactId, gotContact, orgId, token } from '../fixtures/client.js';
import { useFaultServer } from '../fixtures/fault-server.js';

const server = useFaultServer();

/** Every way an error reaches a log: its message, util.inspect (with cause), JSON.stringify, its stack. */
function expectNoToken(error: unknown): void {
  expect(error).toBeDefined();
  const views = [
    String(error),
    inspect(error, { depth: 10, showHidden: true }),
    JSON.stringify(error) ?? '',
    (error as Error).stack ?? '',
  ];
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
    await expect(client.get(orgId, contactId)).rejects.toThrow(
      new TypeError('token must be (or return) a non-empty string'),
    );
    expect(server.received).toHaveLength(0);
  });

  it.each([
    ['a CR and LF', `${token}\r\nX-Injected: 1`],
    ['a NUL', `${token}\u0000`],
    ['a space', `${token} x`],
    ['a character outside ASCII', `${token}é`],
  ])('refuses a token holding %s before anything is sent, without echoing it', async (_, bad) => {
    const expected = new TypeError('token must hold only visible ASCII characters (no spaces or control characters)');
    expect(() => createContactsClient({ token: bad, baseUrl: server.baseUrl })).toThrow(expected);
    expectNoToken(captureThrow(() => createContactsClient({ token: bad, baseUrl: server.baseUrl })));
    // From a token function, the call rejects with the same error, before sending.
    const error = await createContactsClient({ token: async () => bad, baseUrl: server.baseUrl })
      .get(orgId, contactId)
      .catch((e: unknown) => e);
    expect(error).toEqual(expected);
    expectNoToken(error);
    expect(server.received).toHaveLength(0);
  });

  it.each(['Bearer ', 'bearer ', 'BEARER\t'])(
    'refuses a token that starts with %j: it would go out as "Bearer Bearer ..."',
    async (prefix) => {
      const expected = new TypeError('token must be the token alone, without "Bearer "');
      expect(() => createContactsClient({ token: `${prefix}${token}`, baseUrl: server.baseUrl })).toThrow(expected);
      const client = createContactsClient({ token: () => `${prefix}${token}`, baseUrl: server.baseUrl });
      await expect(client.get(orgId, contactId)).rejects.toEqual(expected);
      expect(server.received).toHaveLength(0);
    },
  );

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a number', 42],
    ['an object', { token }],
  ])('fails at once, not retried, when the token function gives %s', async (_, value) => {
    let calls = 0;
    const tokenFunction = () => {
      calls += 1;
      return value as string;
    };
    // The default backoff: a retried failure would take about a second and call the function again.
    const client = createContactsClient({ token: tokenFunction, baseUrl: server.baseUrl });
    await expect(client.get(orgId, contactId)).rejects.toEqual(
      new TypeError('token must be (or return) a non-empty string'),
    );
    expect(calls).toBe(1);
    expect(server.received).toHaveLength(0);
  });

  it('passes on what a failing token function throws, at once and not retried', async () => {
    const refreshFailed = new Error('refresh failed');
    let calls = 0;
    const client = createContactsClient({
      token: async () => {
        calls += 1;
        throw refreshFailed;
      },
      baseUrl: server.baseUrl,
    });
    await expect(client.get(orgId, contactId)).rejects.toBe(refreshFailed);
    expect(calls).toBe(1);
    expect(server.received).toHaveLength(0);
  });

  it('rejects at once with the abort reason while the token function is still pending', async () => {
    let asked!: () => void;
    const tokenAsked = new Promise<void>((resolve) => (asked = resolve));
    // A token function that never settles (a refresh stuck on the network).
    const client = createContactsClient({
      token: () => {
        asked();
        return new Promise<string>(() => {});
      },
      baseUrl: server.baseUrl,
    });
    const controller = new AbortController();
    const call = client.get(orgId, contactId, { signal: controller.signal });
    await tokenAsked;
    const reason = new Error('cancelled by the user');
    controller.abort(reason);
    await expect(call).rejects.toBe(reason);
    expect(server.received).toHaveLength(0);
  });

  it('rejects with the TimeoutError, not retried, when the token function outlasts timeoutMs', async () => {
    let calls = 0;
    const client = createContactsClient({
      token: () => {
        calls += 1;
        return new Promise<string>(() => {});
      },
      baseUrl: server.baseUrl,
      timeoutMs: 100,
    });
    await expect(client.get(orgId, contactId)).rejects.toMatchObject({
      name: 'TimeoutError',
      message: 'timeoutMs exceeded',
    });
    expect(calls).toBe(1);
    expect(server.received).toHaveLength(0);
  });

  it('is absent from a WebexApiError', async () => {
    server.reply({ status: 401, body: { message: 'The request requires a valid access token.' } });
    expectNoToken(
      await clientOn(server)
        .get(orgId, contactId)
        .catch((e: unknown) => e),
    );
  });

  it('is absent from a network failure, even when its cause holds the Request', async () => {
    const fetch = (request: Request) => Promise.reject(new TypeError('fetch failed', { cause: request }));
    const error = await clientOn(server, { fetch, retry: false })
      .get(orgId, contactId)
      .catch((e: unknown) => e);
    expect((error as Error).cause).toBeInstanceOf(TypeError);
    expectNoToken(error);
  });

  it('is absent from a network failure of createContactsApi', async () => {
    const fetch = (request: Request) => Promise.reject(new TypeError('fetch failed', { cause: request }));
    const error = await apiOn(server, { fetch, retry: false })
      .GET('/contacts/organizations/{orgId}/contacts/{contactId}', { params: { path: { orgId, contactId } } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TypeError);
    expectNoToken(error);
  });

  it('is absent from timeouts and aborts', async () => {
    server.reply({ hang: true }, { hang: true });
    expectNoToken(
      await clientOn(server, { timeoutMs: 50, retry: false })
        .get(orgId, contactId)
        .catch((e: unknown) => e),
    );
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
