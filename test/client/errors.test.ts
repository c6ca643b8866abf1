// WebexApiError: what it holds for each kind of failed answer, and for no answer at all.
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { WebexApiError } from '../../src/index.js';
import { clientOn, contactId, orgId } from '../fixtures/client.js';
import { useFaultServer } from '../fixtures/fault-server.js';

const server = useFaultServer();
const get = () =>
  clientOn(server, { retry: false })
    .get(orgId, contactId)
    .catch((e: unknown) => e);

describe('WebexApiError', () => {
  it('carries the Webex error body, the operation and the URL', async () => {
    server.reply({
      status: 403,
      headers: { TrackingID: 'ROUTER_HEADER' },
      body: {
        message: 'Forbidden.',
        errors: [{ description: 'Not an admin.' }, { description: 'Scope missing.' }],
        trackingId: 'ROUTER_BODY',
      },
    });
    const error = await get();
    expect(error).toBeInstanceOf(WebexApiError);
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({
      name: 'WebexApiError',
      status: 403,
      message: 'Forbidden.',
      errors: ['Not an admin.', 'Scope missing.'],
      trackingId: 'ROUTER_BODY',
      retryAfter: undefined,
      operationId: 'getContact',
      method: 'GET',
      url: `${server.baseUrl}/contacts/organizations/${orgId}/contacts/${contactId}`,
    });
  });

  it('takes trackingId from the TrackingID header when the body has none, and retryAfter in seconds', async () => {
    server.reply({
      status: 423,
      headers: { TrackingID: 'ROUTER_HEADER', 'Retry-After': '7' },
      body: { message: 'Locked.' },
    });
    expect(await get()).toMatchObject({ status: 423, trackingId: 'ROUTER_HEADER', retryAfter: 7 });
  });

  it('turns an HTML 502 page into a WebexApiError with the status text', async () => {
    server.reply({
      status: 502,
      headers: { 'Content-Type': 'text/html' },
      body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
    });
    expect(await get()).toMatchObject({ name: 'WebexApiError', status: 502, message: 'Bad Gateway', errors: [] });
  });

  it('turns an empty body into a WebexApiError', async () => {
    server.reply({ status: 500 });
    expect(await get()).toMatchObject({
      name: 'WebexApiError',
      status: 500,
      message: 'Internal Server Error',
      errors: [],
    });
  });

  it('turns a 2xx that is not JSON into a WebexApiError, and does not retry it', async () => {
    server.reply(
      { status: 200, headers: { 'Content-Type': 'text/html' }, body: '<html>' },
      { status: 200, body: '<html>' },
    );
    const error = await clientOn(server)
      .get(orgId, contactId)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'WebexApiError', status: 200, message: 'The response has no JSON body' });
    expect(server.received).toHaveLength(1);
  });

  it('reports a network failure as status 0 with the original error as cause', async () => {
    const failure = new TypeError('connection reset');
    const client = clientOn(server, { retry: false, fetch: () => Promise.reject(failure) });
    const error = await client.get(orgId, contactId).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebexApiError);
    expect(error).toMatchObject({ status: 0, method: 'GET', operationId: 'getContact' });
    expect((error as Error).cause).toBe(failure);
  });

  it('shows the same fields in every view on the first error and the twenty-thousandth', () => {
    // V8 once lost `message` from JSON and Object.keys after a few thousand errors whose message was
    // defined twice (by Error, then by a field): make many, and compare the last with the first.
    const init = {
      status: 503,
      message: 'Service unavailable.',
      errors: ['Try again later.'],
      trackingId: 'T1',
      operationId: 'getContact',
      method: 'GET',
      url: 'https://webexapis.com/v1/x',
    };
    const views = (error: WebexApiError) => ({
      json: JSON.stringify(error),
      keys: Object.keys(error),
      entries: JSON.stringify(Object.entries(error)),
      string: String(error),
      spread: JSON.stringify({ ...error }),
      inspected: inspect(error)
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('at '))
        .join('\n'),
    });
    const first = views(new WebexApiError(init));
    let last = first;
    for (let i = 0; i < 20_000; i++) last = views(new WebexApiError(init));
    expect(last).toEqual(first);
    expect(JSON.parse(last.json)).toEqual({ name: 'WebexApiError', ...init });
    expect(last.keys).toEqual([
      'name',
      'status',
      'message',
      'errors',
      'trackingId',
      'retryAfter',
      'operationId',
      'method',
      'url',
    ]);
    expect(last.string).toBe('WebexApiError: Service unavailable.');
  });

  it('serializes to JSON with its fields', async () => {
    server.reply({ status: 404, body: { message: 'Not found.', trackingId: 'T1' } });
    expect(JSON.parse(JSON.stringify(await get()))).toEqual({
      name: 'WebexApiError',
      status: 404,
      message: 'Not found.',
      errors: [],
      trackingId: 'T1',
      operationId: 'getContact',
      method: 'GET',
      url: `${server.baseUrl}/contacts/organizations/${orgId}/contacts/${contactId}`,
    });
  });
});
