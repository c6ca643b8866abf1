// An answer's body is read whole within its attempt: a body cut off in the middle is a failed attempt
// (retried like a network failure for a GET, never for a POST), a body that stalls is ended by timeoutMs
// or the caller's signal, and a 2xx body that is not what the method returns is a WebexApiError.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createContactsApi } from '../../src/api.js';
import { type ContactsClientOptions, createContactsClient, WebexApiError } from '../../src/index.js';
import { contactId, createdContact, gotContact, orgId, token } from '../fixtures/client.js';

/** What the server does with one request: cut the body, stall it, or answer whole. */
type Script = 'cut' | 'stall' | { status: number; body: unknown };

// The fault server cannot send part of a body and then cut the connection: this one does, one script
// entry per request, and counts what it received.
let server: Server;
let baseUrl: string;
const script: Script[] = [];
const received: string[] = [];
// Half a contact, sent with the length of the whole one: the client has started reading a 200 body.
const half = JSON.stringify(gotContact).slice(0, 40);

beforeAll(async () => {
  server = createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      received.push(`${req.method} ${req.url}`);
      const next = script.shift() ?? { status: 500, body: { message: 'no reply scripted' } };
      if (typeof next === 'object') {
        res.writeHead(next.status, { 'Content-Type': 'application/json' }).end(JSON.stringify(next.body));
        return;
      }
      res.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Length': String(JSON.stringify(gotContact).length),
      });
      res.write(half);
      // Cut once the half has gone out; a stalled body stays open until the client gives up (or the server closes).
      if (next === 'cut') setTimeout(() => res.socket?.destroy(), 20);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});
afterEach(() => {
  script.length = 0;
  received.length = 0;
});
afterAll(async () => {
  server.closeAllConnections();
  server.close();
  await once(server, 'close');
});

const client = (options: Partial<ContactsClientOptions> = {}) =>
  createContactsClient({ token, baseUrl, retry: { baseDelayMs: 1 }, ...options });
const api = (options: Partial<ContactsClientOptions> = {}) =>
  createContactsApi({ token, baseUrl, retry: { baseDelayMs: 1 }, ...options });
const input = { source: 'Webex4Broadworks', displayName: 'Front Desk' } as const;
const failure = (call: Promise<unknown>) =>
  call.then(
    () => 'resolved',
    (error: unknown) => error,
  );

describe('a 2xx body cut off in the middle', () => {
  it('is a WebexApiError with status 0 and the network error as cause, once no retry is left', async () => {
    script.push('cut');
    const error = await failure(client({ retry: false }).get(orgId, contactId));
    expect(error).toBeInstanceOf(WebexApiError);
    expect(error).toMatchObject({
      status: 0,
      operationId: 'getContact',
      method: 'GET',
      message: 'No response (see cause)',
    });
    expect((error as Error).cause).toBeInstanceOf(Error);
    expect(received).toHaveLength(1);
  });

  it('is retried for a GET, which then resolves with the whole answer', async () => {
    script.push('cut', { status: 200, body: gotContact });
    await expect(client().get(orgId, contactId)).resolves.toEqual(gotContact);
    expect(received).toHaveLength(2);
  });

  it('is not retried for a POST, which may have been applied', async () => {
    script.push('cut', { status: 201, body: createdContact });
    expect(await failure(client().create(orgId, input))).toMatchObject({
      name: 'WebexApiError',
      status: 0,
      operationId: 'createContact',
    });
    expect(received).toHaveLength(1);
  });

  it("is the fetch's own error from createContactsApi, which returns no half body", async () => {
    script.push('cut');
    const error = await failure(
      api({ retry: false }).GET('/contacts/organizations/{orgId}/contacts/{contactId}', {
        params: { path: { orgId, contactId } },
      }),
    );
    expect(error).toBeInstanceOf(TypeError);
    expect(error).not.toBeInstanceOf(WebexApiError);
  });
});

describe('a 2xx body that stalls', () => {
  it('is ended by timeoutMs with a TimeoutError', async () => {
    script.push('stall');
    expect(await failure(client({ timeoutMs: 200, retry: false }).get(orgId, contactId))).toMatchObject({
      name: 'TimeoutError',
      message: 'timeoutMs exceeded',
    });
    expect(received).toHaveLength(1);
  });

  it("is ended by the caller's abort, with its reason, and not retried", async () => {
    script.push('stall', { status: 200, body: gotContact });
    const controller = new AbortController();
    const reason = new Error('the user left the page');
    const call = failure(client().get(orgId, contactId, { signal: controller.signal }));
    // The half body is on its way once the request is in; abort a little later, mid-body.
    await until(() => received.length === 1);
    setTimeout(() => controller.abort(reason), 50);
    expect(await call).toBe(reason);
    expect(received).toHaveLength(1);
  });
});

describe('a 2xx body that is not a contact', () => {
  it.each<[string, unknown]>([
    ['a JSON array', [gotContact]],
    ['a JSON string', 'contact'],
    ['JSON null', null],
  ])('%s is a WebexApiError, not retried', async (_, body) => {
    script.push({ status: 200, body }, { status: 200, body: gotContact });
    const error = await failure(client().get(orgId, contactId));
    expect(error).toBeInstanceOf(WebexApiError);
    expect(error).toMatchObject({
      status: 200,
      message: 'The response body is not a JSON object',
      operationId: 'getContact',
    });
    expect(received).toHaveLength(1);
  });

  it('a JSON array from create() is a WebexApiError too', async () => {
    script.push({ status: 201, body: [createdContact] });
    expect(await failure(client().create(orgId, input))).toMatchObject({
      name: 'WebexApiError',
      status: 201,
      operationId: 'createContact',
    });
  });
});

/** Resolves once `condition` holds; a bound on a busy machine, not a speed check. */
async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 10) {
    if (waited > 10_000) throw new Error('the condition never held');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
