// createContactsApi (`webex-org-contacts/api`): the raw openapi-fetch client, with the same auth, timeout
// and retry policy as createContactsClient, and its options checked the same way.
import { describe, expect, it } from 'vitest';
import { createContactsApi } from '../../src/api.js';
import { apiOn, contactId, createdContact, gotContact, orgId, schemaUrn, token } from '../fixtures/client.js';
import { useFaultServer } from '../fixtures/fault-server.js';
import { bundledDocument } from '../fixtures/operations.js';

const server = useFaultServer();
const getPath = '/contacts/organizations/{orgId}/contacts/{contactId}' as const;
const createPath = '/contacts/organizations/{orgId}/contacts' as const;
const body = { schemas: schemaUrn, source: 'Webex4Broadworks', displayName: 'Front Desk' } as const;

describe('createContactsApi', () => {
  it("sends the token and retries a 429, returning openapi-fetch's { data, response }", async () => {
    server.reply({ status: 429, headers: { 'Retry-After': '0' } }, { body: gotContact });
    const { data, error, response } = await apiOn(server).GET(getPath, { params: { path: { orgId, contactId } } });
    expect(data).toEqual(gotContact);
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(server.received.map((r) => r.headers.authorization)).toEqual([`Bearer ${token}`, `Bearer ${token}`]);
  });

  it('re-sends a POST body whole after 423', async () => {
    server.reply({ status: 423, headers: { 'Retry-After': '0' } }, { status: 201, body: createdContact });
    const { data } = await apiOn(server).POST(createPath, { params: { path: { orgId } }, body });
    expect(data).toEqual(createdContact);
    expect(server.received.map((r) => JSON.parse(r.body))).toEqual([body, body]);
  });

  it('sends a POST that got 503 once, returning the error body', async () => {
    server.reply({ status: 503, body: { message: 'Service unavailable.' } }, { status: 201, body: createdContact });
    const { error, response } = await apiOn(server).POST(createPath, { params: { path: { orgId } }, body });
    expect(response.status).toBe(503);
    expect(error).toEqual({ message: 'Service unavailable.' });
    expect(server.received).toHaveLength(1);
  });

  it('bounds each attempt by timeoutMs', async () => {
    server.reply({ hang: true });
    const call = apiOn(server, { timeoutMs: 100 }).POST(createPath, { params: { path: { orgId } }, body });
    await expect(call).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(server.received).toHaveLength(1);
  });

  it('cancels reading a body that never ends when the caller aborts, and does not retry', async () => {
    // The headers and the start of the body arrive, then nothing: only the caller's signal can end this.
    server.reply({
      status: 200,
      headers: { 'Content-Type': 'application/json', 'Content-Length': '1000' },
      body: '{"contactId":',
    });
    // A fetch that says when the headers are in: the abort must land while the body is being read.
    let headersIn!: () => void;
    const responded = new Promise<void>((resolve) => (headersIn = resolve));
    const fetch = async (request: Request) => {
      const response = await globalThis.fetch(request);
      headersIn();
      return response;
    };
    const controller = new AbortController();
    const call = apiOn(server, { fetch }).GET(getPath, {
      params: { path: { orgId, contactId } },
      signal: controller.signal,
    });
    await responded;
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.received).toHaveLength(1);
  });

  it('bounds reading the body by timeoutMs too', async () => {
    server.reply({
      status: 200,
      headers: { 'Content-Type': 'application/json', 'Content-Length': '1000' },
      body: '{"contactId":',
    });
    const call = apiOn(server, { timeoutMs: 200, retry: false }).GET(getPath, {
      params: { path: { orgId, contactId } },
    });
    await expect(call).rejects.toMatchObject({ name: 'TimeoutError', message: 'timeoutMs exceeded' });
    expect(server.received).toHaveLength(1);
  });

  it('keeps the URL of the answer', async () => {
    server.reply({ body: gotContact });
    const { response } = await apiOn(server).GET(getPath, { params: { path: { orgId, contactId } } });
    expect(response.url).toBe(`${server.baseUrl}/contacts/organizations/${orgId}/contacts/${contactId}`);
    expect(response.redirected).toBe(false);
  });

  it('makes at most maxRetries retries, in one retry loop: a nested one would send more', async () => {
    const fault = { status: 503, body: { message: 'Service unavailable.' } };
    server.reply(fault, fault, fault, { body: gotContact });
    const { error, response } = await apiOn(server, { retry: { maxRetries: 2, baseDelayMs: 1 } }).GET(getPath, {
      params: { path: { orgId, contactId } },
    });
    expect(response.status).toBe(503);
    expect(error).toEqual({ message: 'Service unavailable.' });
    expect(server.received).toHaveLength(3);
  });

  it('sends the User-Agent it is given', async () => {
    server.reply({ body: gotContact });
    await apiOn(server, { userAgent: 'contacts-test/1.0' }).GET(getPath, { params: { path: { orgId, contactId } } });
    expect(server.received[0]?.headers['user-agent']).toBe('contacts-test/1.0');
  });

  it("defaults baseUrl to the document's server", async () => {
    const urls: string[] = [];
    const fetch = async (request: Request) => {
      urls.push(request.url);
      return Response.json(gotContact);
    };
    await createContactsApi({ token, fetch }).GET(getPath, { params: { path: { orgId, contactId } } });
    expect(urls).toEqual([`${bundledDocument.servers[0].url}/contacts/organizations/${orgId}/contacts/${contactId}`]);
  });
});
