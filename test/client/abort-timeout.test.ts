// The caller's AbortSignal and timeoutMs: what is cancelled, what is sent again, what is thrown.
import { describe, expect, it, vi } from 'vitest';
import { type CreateContactInput, WebexApiError } from '../../src/index.js';
import { apiOn, clientOn, contactId, gotContact, orgId } from '../fixtures/client.js';
import { useFaultServer } from '../fixtures/fault-server.js';

const server = useFaultServer();
const input: CreateContactInput = { source: 'Webex4Broadworks', displayName: 'Front Desk' };

describe('abort', () => {
  it('cancels a pending wait at once, with an AbortError', async () => {
    // Without the abort, this call would wait a minute before its retry: longer than the test may run.
    server.reply({ status: 429, headers: { 'Retry-After': '60' } }, { body: gotContact });
    const controller = new AbortController();
    // The abort must land in the wait, not during the fetch: the 429 being sent does not mean the client
    // has read it, so wait until the client has asked for its 60 s timer.
    const sleep = vi.spyOn(globalThis, 'setTimeout');
    const call = clientOn(server).get(orgId, contactId, { signal: controller.signal });
    try {
      // A bound on a busy machine, not a speed check: the request and its answer take milliseconds.
      await vi.waitFor(() => expect(sleep).toHaveBeenCalledWith(expect.any(Function), 60_000), { timeout: 10_000 });
    } finally {
      sleep.mockRestore();
    }
    controller.abort();
    const error = await call.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toHaveProperty('name', 'AbortError');
    expect(server.received).toHaveLength(1);
  });

  it('cancels a request in flight, and is not retried', async () => {
    server.reply({ hang: true }, { body: gotContact });
    const controller = new AbortController();
    const call = clientOn(server).get(orgId, contactId, { signal: controller.signal });
    await server.requests(1);
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.received).toHaveLength(1);
  });

  it("rejects with the signal's own reason", async () => {
    const reason = new Error('user navigated away');
    await expect(clientOn(server).get(orgId, contactId, { signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    expect(server.received).toHaveLength(0);
  });
});

describe('timeoutMs', () => {
  it('names timeoutMs in the TimeoutError of an attempt', async () => {
    server.reply({ hang: true });
    await expect(clientOn(server, { timeoutMs: 100, retry: false }).get(orgId, contactId)).rejects.toMatchObject({
      name: 'TimeoutError',
      message: 'timeoutMs exceeded',
    });
  });

  it('bounds a POST that never answers, which is sent once', async () => {
    server.reply({ hang: true }, { status: 201, body: gotContact });
    const error = await clientOn(server, { timeoutMs: 200 })
      .create(orgId, input)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toHaveProperty('name', 'TimeoutError');
    expect(server.received).toHaveLength(1);
  });

  it('retries a GET whose attempt timed out', async () => {
    server.reply({ hang: true }, { body: gotContact });
    await expect(clientOn(server, { timeoutMs: 200 }).get(orgId, contactId)).resolves.toEqual(gotContact);
    expect(server.received).toHaveLength(2);
  });

  it('throws the TimeoutError once the retries are spent', async () => {
    server.reply({ hang: true }, { hang: true });
    const client = clientOn(server, { timeoutMs: 100, retry: { maxRetries: 1, baseDelayMs: 1 } });
    await expect(client.get(orgId, contactId)).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(server.received).toHaveLength(2);
  });
});

describe('totalTimeoutMs', () => {
  it('answers a 429 whose Retry-After would end past the deadline at once, with retryAfter set', async () => {
    // The mock's own example: Retry-After 60. Waited for, this call would outlast the test.
    server.reply(
      { status: 429, headers: { 'Retry-After': '60' }, body: { message: 'Too many requests.' } },
      { body: gotContact },
    );
    const error = await clientOn(server, { totalTimeoutMs: 30_000 })
      .get(orgId, contactId)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebexApiError);
    expect(error).toMatchObject({ status: 429, retryAfter: 60, message: 'Too many requests.' });
    expect(server.received).toHaveLength(1);
  });

  it('bounds an attempt that would outlast the call: a TimeoutError naming totalTimeoutMs', async () => {
    server.reply({ hang: true }, { body: gotContact });
    const error = await clientOn(server, { timeoutMs: 60_000, totalTimeoutMs: 200 })
      .get(orgId, contactId)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DOMException);
    expect(error).toMatchObject({ name: 'TimeoutError', message: 'totalTimeoutMs exceeded' });
    expect(server.received).toHaveLength(1);
  });

  it('covers the retries: attempts that time out one after another end at the deadline', async () => {
    server.reply({ hang: true }, { hang: true }, { hang: true }, { hang: true }, { body: gotContact });
    // Three retries of 300 ms each would take 1.2 s; the call may take 500 ms.
    const client = clientOn(server, { timeoutMs: 300, totalTimeoutMs: 500, retry: { maxRetries: 3, baseDelayMs: 1 } });
    await expect(client.get(orgId, contactId)).rejects.toMatchObject({
      name: 'TimeoutError',
      message: 'totalTimeoutMs exceeded',
    });
    expect(server.received.length).toBeLessThan(4);
  });

  it('bounds createContactsApi the same way', async () => {
    server.reply({ hang: true });
    const call = apiOn(server, { timeoutMs: 60_000, totalTimeoutMs: 200 }).GET(
      '/contacts/organizations/{orgId}/contacts/{contactId}',
      {
        params: { path: { orgId, contactId } },
      },
    );
    await expect(call).rejects.toMatchObject({ name: 'TimeoutError', message: 'totalTimeoutMs exceeded' });
  });
});
