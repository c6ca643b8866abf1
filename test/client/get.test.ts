// get(): the request it sends and what it resolves with.
import { describe, expect, it } from 'vitest';
import { apiOn, base64OrgId, clientOn, contactId, gotContact, orgId, token } from '../fixtures/client.js';
import { useFaultServer } from '../fixtures/fault-server.js';

const server = useFaultServer();

describe('get()', () => {
  it('sends GET /contacts/organizations/{orgId}/contacts/{contactId} with the token and resolves with the contact', async () => {
    server.reply({ body: gotContact });
    const contact = await clientOn(server, { userAgent: 'contacts-test/1.0' }).get(orgId, contactId);
    expect(contact).toEqual(gotContact);
    expect(server.received).toHaveLength(1);
    const [request] = server.received;
    expect(request?.method).toBe('GET');
    expect(request?.url).toBe(`/v1/contacts/organizations/${orgId}/contacts/${contactId}`);
    expect(request?.headers.authorization).toBe(`Bearer ${token}`);
    expect(request?.headers['user-agent']).toBe('contacts-test/1.0');
  });

  it('takes a baseUrl with a trailing slash, as createContactsApi does', async () => {
    server.reply({ body: gotContact }, { body: gotContact });
    const baseUrl = `${server.baseUrl}/`;
    await clientOn(server, { baseUrl }).get(orgId, contactId);
    await apiOn(server, { baseUrl }).GET('/contacts/organizations/{orgId}/contacts/{contactId}', {
      params: { path: { orgId, contactId } },
    });
    const url = `/v1/contacts/organizations/${orgId}/contacts/${contactId}`;
    expect(server.received.map((r) => r.url)).toEqual([url, url]);
  });

  it('sends the UUID inside a base64 organization id', async () => {
    server.reply({ body: gotContact });
    await clientOn(server).get(base64OrgId, contactId);
    expect(server.received[0]?.url).toBe(`/v1/contacts/organizations/${orgId}/contacts/${contactId}`);
  });

  it('refuses ids that are not UUIDs before sending anything, naming the argument', async () => {
    const client = clientOn(server);
    for (const bad of ['../../people/me', `${orgId}/contacts/x`, `${orgId}?x=1`, '', 'd23736ac', `${orgId} `]) {
      await expect(client.get(bad, contactId)).rejects.toThrow(/^orgId must be a UUID/);
      await expect(client.get(orgId, bad)).rejects.toThrow(/^contactId must be a UUID/);
    }
    expect(server.received).toHaveLength(0);
  });

  it('refuses an id that is not a primitive string (a String object, an object with toString) before sending', async () => {
    const client = clientOn(server);
    for (const bad of [new String(orgId), { toString: () => orgId }]) {
      await expect(client.get(bad as unknown as string, contactId)).rejects.toThrow(/^orgId must be a UUID/);
    }
    for (const bad of [new String(contactId), { toString: () => contactId }]) {
      await expect(client.get(orgId, bad as unknown as string)).rejects.toThrow(/^contactId must be a UUID/);
    }
    expect(server.received).toHaveLength(0);
  });

  it('never throws synchronously: bad input is a rejected promise', () => {
    const client = clientOn(server);
    let promise: Promise<unknown> | undefined;
    expect(() => {
      promise = client.get(42 as unknown as string, contactId);
    }).not.toThrow();
    return expect(promise).rejects.toBeInstanceOf(TypeError);
  });
});
