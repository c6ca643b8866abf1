// Retries end to end: which status is sent again for which method, Retry-After, the cap, the count.
import { describe, expect, it, vi } from 'vitest';
import {
  type BulkContactItems,
  type ContactsClientOptions,
  type CreateContactInput,
  WebexApiError,
} from '../../src/index.js';
import { clientOn, contactId, createdContact, gotContact, orgId } from '../fixtures/client.js';
import { type Reply, useFaultServer } from '../fixtures/fault-server.js';
import { requestExample, responseExample } from '../fixtures/operations.js';

const server = useFaultServer();
const input: CreateContactInput = { source: 'Webex4Broadworks', displayName: 'Front Desk' };
const bulkItems = requestExample('bulkCreateOrUpdateContacts').contacts as BulkContactItems;
type Options = Partial<ContactsClientOptions>;
type Call = { call: (options?: Options) => Promise<unknown>; ok: Reply; like: 'GET' | 'POST' };
const calls = {
  GET: {
    call: (options?: Options) => clientOn(server, options).get(orgId, contactId),
    ok: { body: gotContact },
    like: 'GET',
  },
  POST: {
    call: (options?: Options) => clientOn(server, options).create(orgId, input),
    ok: { status: 201, body: createdContact },
    like: 'POST',
  },
} satisfies Record<string, Call>;
// Every method, each retried like GET (idempotent: it may be repeated after the server acted) or like
// POST (only when the server says it did not process the request).
const methods: Record<string, Call> = {
  'get() GET': calls.GET,
  'create() POST': calls.POST,
  'update() PATCH': {
    call: (options) => clientOn(server, options).update(orgId, contactId, { source: 'CH', title: 'Head of Product' }),
    ok: { body: responseExample('updateContact', 200) },
    like: 'POST',
  },
  'delete() DELETE': {
    call: (options) => clientOn(server, options).delete(orgId, contactId),
    ok: { status: 204 },
    like: 'GET',
  },
  'list() page GET': {
    call: async (options) => {
      for await (const _ of clientOn(server, options).list(orgId)) void _;
    },
    ok: { body: responseExample('listContacts', 200) },
    like: 'GET',
  },
  'bulkCreateOrUpdate() POST': {
    call: (options) => clientOn(server, options).bulkCreateOrUpdate(orgId, bulkItems),
    ok: { body: responseExample('bulkCreateOrUpdateContacts', 200) },
    like: 'POST',
  },
  'bulkDelete() POST': {
    call: (options) => clientOn(server, options).bulkDelete(orgId, [contactId]),
    ok: { status: 200 },
    like: 'POST',
  },
};

// The README's table: what happens to each answer, per method.
const table: Array<[string, Reply, { GET: boolean; POST: boolean }]> = [
  ['429', { status: 429 }, { GET: true, POST: true }],
  ['423', { status: 423 }, { GET: true, POST: true }],
  ['502', { status: 502 }, { GET: true, POST: false }],
  ['503', { status: 503 }, { GET: true, POST: false }],
  ['504', { status: 504 }, { GET: true, POST: false }],
  ['network failure', { drop: true }, { GET: true, POST: false }],
  ['400', { status: 400 }, { GET: false, POST: false }],
  ['401', { status: 401 }, { GET: false, POST: false }],
  ['403', { status: 403 }, { GET: false, POST: false }],
  ['404', { status: 404 }, { GET: false, POST: false }],
  ['409', { status: 409 }, { GET: false, POST: false }],
  ['500', { status: 500 }, { GET: false, POST: false }],
];

describe('what is retried', () => {
  for (const [answer, fault, retried] of table) {
    for (const [method, { call, ok, like }] of Object.entries(methods)) {
      it(`${method} after ${answer}: ${retried[like] ? 'sent again' : 'sent once'}`, async () => {
        server.reply(fault, ok);
        const outcome = await call().then(
          () => 'resolved',
          (error: unknown) => error,
        );
        if (retried[like]) {
          expect(outcome).toBe('resolved');
          expect(server.received).toHaveLength(2);
          // The body is sent again whole.
          expect(server.received[1]?.body).toBe(server.received[0]?.body);
        } else {
          expect(outcome).toBeInstanceOf(WebexApiError);
          expect(server.received).toHaveLength(1);
        }
      });
    }
  }
});

describe('Retry-After', () => {
  it('429 then 200: waits the Retry-After seconds, then resolves', async () => {
    server.reply({ status: 429, headers: { 'Retry-After': '1' } }, { body: gotContact });
    // The wait the client asks for, not a clock reading: a 1 s timer, where the backoff would be < 1 ms.
    const sleep = vi.spyOn(globalThis, 'setTimeout');
    try {
      await expect(clientOn(server).get(orgId, contactId)).resolves.toEqual(gotContact);
      // Read before mockRestore, which forgets the calls.
      expect(sleep).toHaveBeenCalledWith(expect.any(Function), 1000);
    } finally {
      sleep.mockRestore();
    }
    expect(server.received).toHaveLength(2);
  });

  it('honours an HTTP date: one past the cap fails at once, retryAfter in seconds', async () => {
    // 120 s ahead, past the 60 s default cap: only a parsed date can refuse the retry (unparsed, the
    // client would back off for under 1 ms and get the 201).
    const date = new Date(Date.now() + 120_000).toUTCString();
    server.reply({ status: 423, headers: { 'Retry-After': date } }, { status: 201, body: createdContact });
    const error = await clientOn(server)
      .create(orgId, input)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebexApiError);
    expect(error).toHaveProperty('status', 423);
    // An HTTP date has whole seconds, and some ms pass before it is read.
    expect((error as WebexApiError).retryAfter).toBeGreaterThanOrEqual(119);
    expect((error as WebexApiError).retryAfter).toBeLessThanOrEqual(120);
    expect(server.received).toHaveLength(1);
  });

  it('beyond maxRetryAfterSeconds fails at once with retryAfter set', async () => {
    server.reply(
      { status: 429, headers: { 'Retry-After': '3600' }, body: { message: 'Too many requests.' } },
      { body: gotContact },
    );
    const error = await clientOn(server)
      .get(orgId, contactId)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebexApiError);
    expect(error).toMatchObject({ status: 429, retryAfter: 3600, message: 'Too many requests.' });
    expect(server.received).toHaveLength(1);
  });

  it("the cap is the caller's: with maxRetryAfterSeconds 0, a Retry-After of 1 s fails at once", async () => {
    server.reply({ status: 429, headers: { 'Retry-After': '1' } }, { body: gotContact });
    const client = clientOn(server, { retry: { maxRetryAfterSeconds: 0 } });
    await expect(client.get(orgId, contactId)).rejects.toMatchObject({ status: 429, retryAfter: 1 });
    expect(server.received).toHaveLength(1);
  });
});

describe('how many times', () => {
  // Per method, a status it retries. A retry nested in another (get()/create() going through the retrying
  // fetch that createContactsApi uses) would send more, and succeed on the answer queued last.
  const retriedFault = {
    GET: { status: 503 },
    POST: { status: 429, headers: { 'Retry-After': '0' } },
  } satisfies Record<string, Reply>;
  for (const method of ['GET', 'POST'] as const) {
    it(`${method}: makes at most maxRetries retries and throws the last error`, async () => {
      const fault = retriedFault[method];
      server.reply(
        { ...fault, body: { message: 'first' } },
        { ...fault, body: { message: 'second' } },
        { ...fault, body: { message: 'third' } },
        calls[method].ok,
      );
      await expect(calls[method].call({ retry: { maxRetries: 2, baseDelayMs: 1 } })).rejects.toMatchObject({
        status: fault.status,
        message: 'third',
      });
      expect(server.received).toHaveLength(3);
    });
  }

  it('retries 3 times by default', async () => {
    server.reply(...Array.from({ length: 4 }, () => ({ status: 429, headers: { 'Retry-After': '0' } })), {
      body: gotContact,
    });
    await expect(clientOn(server, { retry: {} }).get(orgId, contactId)).rejects.toMatchObject({ status: 429 });
    expect(server.received).toHaveLength(4);
  });

  it('retry: false sends once', async () => {
    server.reply({ status: 429, headers: { 'Retry-After': '0' } }, { body: gotContact });
    await expect(clientOn(server, { retry: false }).get(orgId, contactId)).rejects.toMatchObject({
      status: 429,
      retryAfter: 0,
    });
    expect(server.received).toHaveLength(1);
  });
});
