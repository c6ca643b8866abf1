// The benchmarks' Webex stand-in: one node:http server on 127.0.0.1 (a free port), kept alive, answering
// each of the seven operations with the document's example: Get a Contact its 200, Create a Contact its
// 201 (the client tests' seeds, test/fixtures/client.ts), Update its 200, Delete 204, List its one-page
// 200 (no next link), Bulk Create or Update its 200, Bulk Delete 200 with no body. Not the fault server:
// that one queues a scripted reply and records every request, which over ~10^5 requests would grow
// memory and add per-request work to the figures; this one only answers, from bytes made once.
// One path per operation answers 429 (Retry-After: 0) and then 200, alternately, to time a retried call.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contactId, createdContact, gotContact, orgId } from '../fixtures/client.js';
import { responseExample } from '../fixtures/operations.js';

/** A contact and an organization whose requests are answered 429 first: valid UUIDs, distinct from the above. */
export const retriedContactId = '00000000-0000-4000-8000-000000000429';
export const retriedOrgId = '00000000-0000-4000-8000-000000000429';
export const token = 'bench-token';

export interface ContactServer {
  /** `http://127.0.0.1:<port>/v1`. */
  readonly baseUrl: string;
  close(): Promise<void>;
}

const json = (value: unknown) => Buffer.from(JSON.stringify(value));

export async function startContactServer(): Promise<ContactServer> {
  const got = json(gotContact);
  const created = json(createdContact);
  const updated = json(responseExample('updateContact', 200));
  const listed = json(responseExample('listContacts', 200));
  const bulkDone = json(responseExample('bulkCreateOrUpdateContacts', 200));
  const empty = Buffer.alloc(0);
  const tooMany = json({ message: 'Too many requests', errors: [], trackingId: 'bench' });
  const getPath = `/v1/contacts/organizations/${orgId}/contacts/${contactId}`;
  const createPath = `/v1/contacts/organizations/${orgId}/contacts`;
  const retriedGetPath = `/v1/contacts/organizations/${orgId}/contacts/${retriedContactId}`;
  const retriedCreatePath = `/v1/contacts/organizations/${retriedOrgId}/contacts`;
  // List Contacts with the bench's query (test/bench/requests.bench.ts).
  const searchPath = `/v1/contacts/organizations/${orgId}/contacts/search?limit=100`;
  const bulkPath = `/v1/contacts/organizations/${orgId}/contacts/bulk`;
  const bulkDeletePath = `/v1/contacts/organizations/${orgId}/contacts/bulk/delete`;
  // Per retried path: whether its next request is answered 429. The retry bench runs one call at a time.
  const throttleNext = new Map([
    [retriedGetPath, true],
    [retriedCreatePath, true],
  ]);

  const send = (res: ServerResponse, status: number, body: Buffer, extra?: Record<string, string>) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': body.length, ...extra });
    res.end(body);
  };
  const sendEmpty = (res: ServerResponse, status: number) => {
    res.writeHead(status, status === 204 ? {} : { 'Content-Length': 0 });
    res.end(empty);
  };
  const answer = (req: IncomingMessage, res: ServerResponse) => {
    const { method, url = '' } = req;
    const throttled = throttleNext.get(url);
    if (throttled !== undefined) {
      throttleNext.set(url, !throttled);
      if (throttled) return send(res, 429, tooMany, { 'Retry-After': '0' });
    }
    if (method === 'GET' && (url === getPath || url === retriedGetPath)) return send(res, 200, got);
    if (method === 'POST' && (url === createPath || url === retriedCreatePath)) return send(res, 201, created);
    if (method === 'PATCH' && url === getPath) return send(res, 200, updated);
    if (method === 'DELETE' && url === getPath) return sendEmpty(res, 204);
    if (method === 'GET' && url === searchPath) return send(res, 200, listed);
    if (method === 'POST' && url === bulkPath) return send(res, 200, bulkDone);
    if (method === 'POST' && url === bulkDeletePath) return sendEmpty(res, 200);
    // A wrong URL must not pass for a fast answer.
    send(res, 404, json({ message: `contact-server: nothing at ${method} ${url}` }));
  };

  const server = createServer((req, res) => {
    if (req.method === 'GET') return answer(req, res);
    // Read the whole body first, as a real server would before answering.
    req.on('data', () => {});
    req.on('end', () => answer(req, res));
  });
  // Longer than any pause between a variant's turns, so no variant pays for a new connection mid-run.
  server.keepAliveTimeout = 60_000;
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    async close() {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
