// delete(): the DELETE it sends, and what a 404 means before and after an attempt that may have deleted.
import { describe, expect, it } from 'vitest';
import { WebexApiError } from '../../src/index.js';
import { clientOn, contactId, orgId, token } from '../fixtures/client.js';
import { type Reply, useFaultServer } from '../fixtures/fault-server.js';
import { pathOf, responseExample } from '../fixtures/operations.js';

const server = useFaultServer();
const notFound: Reply = { status: 404, body: responseExample('deleteContact', 404) };
const url = `/v1${pathOf('deleteContact', { orgId, contactId })}`;

describe('delete()', () => {
  it('sends DELETE with the token and resolves with nothing on 204', async () => {
    server.reply({ status: 204 });
    await expect(clientOn(server).delete(orgId, contactId)).resolves.toBeUndefined();
    expect(server.received).toEqual([expect.objectContaining({ method: 'DELETE', url, body: '' })]);
    expect(server.received[0]?.headers.authorization).toBe(`Bearer ${token}`);
  });

  it('refuses bad ids before sending', async () => {
    await expect(clientOn(server).delete(orgId, 'x')).rejects.toThrow(/^contactId must be a UUID/);
    await expect(clientOn(server).delete(new String(orgId) as unknown as string, contactId)).rejects.toThrow(
      /^orgId must be a UUID/,
    );
    expect(server.received).toHaveLength(0);
  });

  it('rejects a 404 on the first attempt: the contact named does not exist', async () => {
    server.reply(notFound);
    const error = await clientOn(server)
      .delete(orgId, contactId)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebexApiError);
    expect(error).toMatchObject({ status: 404, operationId: 'deleteContact', method: 'DELETE' });
  });

  // An earlier attempt that got no answer, or a 502-504, may have deleted the contact: the 404 of the
  // retry then says it is gone, which is what the caller asked for.
  it.each<[string, Reply]>([
    ['no answer (the connection dropped)', { drop: true }],
    ['a 503', { status: 503 }],
    ['a 504', { status: 504 }],
  ])('resolves on a 404 that follows %s', async (_, first) => {
    server.reply(first, notFound);
    await expect(clientOn(server).delete(orgId, contactId)).resolves.toBeUndefined();
    expect(server.received.map((r) => r.method)).toEqual(['DELETE', 'DELETE']);
  });

  it('resolves on a 404 that follows an attempt that timed out', async () => {
    server.reply({ hang: true }, notFound);
    await expect(clientOn(server, { timeoutMs: 200 }).delete(orgId, contactId)).resolves.toBeUndefined();
    expect(server.received).toHaveLength(2);
  });

  it('rejects a 404 that follows only 429s: those attempts were not processed', async () => {
    server.reply({ status: 429, headers: { 'Retry-After': '0' } }, notFound);
    await expect(clientOn(server).delete(orgId, contactId)).rejects.toMatchObject({ status: 404 });
    expect(server.received).toHaveLength(2);
  });

  it('still rejects another error that follows an attempt with no answer', async () => {
    server.reply({ drop: true }, { status: 403 });
    await expect(clientOn(server).delete(orgId, contactId)).rejects.toMatchObject({ status: 403 });
  });
});
