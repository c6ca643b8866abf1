// The benchmarks' Webex stand-in: one node:http server on 127.0.0.1 (a free port), kept alive, answering
// Get a Contact with the document's 200 example and Create a Contact with its 201 example (the client
// tests' seeds, test/fixtures/client.ts). Not the fault server: that one queues a scripted reply and
// records every request, which over ~10^5 requests would grow memory and add per-request work to the
// figures; this one only answers, from bytes made once.
// One path per operation answers 429 (Retry-After: 0) and then 200, alternately, to time a retried call.
import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contactId, createdContact, gotContact, orgId } from '../fixtures/client.js';

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
  const tooMany = json({ message: 'Too many requests', errors: [], trackingId: 'bench' });
  const getPath = `/v1/contacts/organizations/${orgId}/contacts/${contactId}`;
  const createPath = `/v1/contacts/organizations/${orgId}/contacts`;
  const retriedGetPath = `/v1/contacts/organizations/${orgId}/contacts/${retriedContactId}`;
  const retriedCreatePath = `/v1/contacts/organizations/${retriedOrgId}/contacts`;
  // Per retried path: whether its next request is answered 429. The retry bench runs one call at a time.
  const throttleNext = new Map([
    [retriedGetPath, true],
    [retriedCreatePath, true],
  ]);

  const send = (res: ServerResponse, status: number, body: Buffer, extra?: Record<string, string>) => {
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': body.length, ...extra });
    res.end(body);
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
