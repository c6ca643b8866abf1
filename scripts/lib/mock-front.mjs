// A front for the Prism mock, on the mock's port, that makes two of its answers what a client needs:
// - Refusals say what is wrong. Prism answers a request that breaks the document with the document's own
//   400 example ("source is required." whatever the fault), and a request it cannot route with its own
//   problem+json; the real reason is only in `sl-violations`. Such an answer gets a Webex error body
//   (`message`, `errors[].description`, `trackingId`) built from those reasons; `sl-violations` stays.
// - List pages link to the mock. The documented `Link` example points at Webex itself, where a client
//   would take the user's token; the front points it at the mock, and the page it leads to is the last.
// Everything else passes through unchanged.
import { createServer, request as httpRequest } from 'node:http';

/**
 * One entry of Prism's `sl-violations` header.
 * @typedef {object} Violation
 * @property {string[]} location
 * @property {string} message
 * @property {string | number} [code]
 * @property {string} [severity]
 */

/**
 * A Webex error body.
 * @typedef {object} WebexErrorBody
 * @property {string} message
 * @property {{ description: string }[]} errors
 * @property {string} [trackingId]
 */

/**
 * The Webex error body for a refused request: the violations Prism reported, or its problem+json.
 * @param {{ violations?: Violation[], problem?: { title?: string, detail?: string } | undefined, trackingId?: string | undefined }} refusal
 * @returns {WebexErrorBody}
 */
export function explainRefusal({ violations = [], problem, trackingId }) {
  // Every violation as Prism words it, in its order: a failed oneOf or anyOf lists each branch's reason,
  // which is verbose but never claims more than the validator found.
  // The cast: filter(Boolean) leaves no undefined reason, which TypeScript cannot see.
  const reasons = violations.length
    ? violations.map((v) => v.message)
    : /** @type {string[]} */ ([problem?.detail || problem?.title].filter(Boolean));
  const [first = 'The mock refused the request.', ...rest] = reasons;
  const more = rest.length ? ` (and ${rest.length} more: see errors)` : '';
  return {
    message: `${first}${more}`,
    errors: reasons.map((description) => ({ description })),
    ...(trackingId ? { trackingId } : {}),
  };
}

/**
 * The `Link` header of a mock answer to `requestUrl`, each URL under one of `serverUrls` (the document's
 * servers) moved under `mockUrl`; undefined (no header) when the next page is the page asked for, so that
 * following the mock's links ends. Other links are left as they are.
 * @param {string} link
 * @param {{ serverUrls: string[], mockUrl: string, requestUrl: string }} where
 * @returns {string | undefined}
 */
export function linkForMock(link, { serverUrls, mockUrl, requestUrl }) {
  let leadsToItself = false;
  const moved = link.replace(/<([^>]*)>/g, (whole, url) => {
    const server = serverUrls.find((base) => url.startsWith(`${base}/`));
    if (!server) return whole;
    const path = url.slice(server.length);
    if (path === requestUrl) leadsToItself = true;
    return `<${mockUrl}${path}>`;
  });
  return leadsToItself ? undefined : moved;
}

/** @param {string} text */
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/**
 * Listens on `host:port` and forwards every request to the Prism mock at `upstreamPort`. Resolves with
 * the server once it listens; `close()` stops it. A refusal (a 4xx with `sl-violations`, or Prism's
 * problem+json) is answered with its explanation; a `Link` to one of `serverUrls` is moved to the mock
 * (linkForMock); any other answer streams through as it is.
 * @param {{ host: string, port: number, upstreamPort: number, serverUrls: string[] }} options
 * @returns {Promise<{ close(): Promise<void> }>}
 */
export function startMockFront({ host, port, upstreamPort, serverUrls }) {
  const mockUrl = `http://${host}:${port}`;
  const server = createServer((req, res) => {
    const upstream = httpRequest(
      { host, port: upstreamPort, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        const status = answer.statusCode ?? 502;
        // Node joins a repeated header it does not know into one string: only set-cookie is ever a list.
        const violations = /** @type {string | undefined} */ (answer.headers['sl-violations']);
        const problem = /application\/problem\+json/i.test(answer.headers['content-type'] ?? '');
        if (status < 400 || status >= 500 || !(violations || problem)) {
          const { link, ...headers } = answer.headers;
          const moved =
            typeof link === 'string' ? linkForMock(link, { serverUrls, mockUrl, requestUrl: req.url ?? '' }) : link;
          res.writeHead(status, moved === undefined ? headers : { ...headers, link: moved });
          answer.pipe(res);
          return;
        }
        /** @type {Buffer[]} */
        const chunks = [];
        answer.on('data', (chunk) => chunks.push(chunk));
        answer.on('end', () => {
          const body = explainRefusal({
            violations: (violations && parseJson(violations)) || [],
            problem: problem ? parseJson(Buffer.concat(chunks).toString('utf8')) : undefined,
            trackingId: /** @type {string | undefined} */ (answer.headers.trackingid),
          });
          const text = JSON.stringify(body);
          const { 'content-length': _length, 'transfer-encoding': _encoding, ...headers } = answer.headers;
          res.writeHead(status, {
            ...headers,
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(text),
          });
          res.end(text);
        });
      },
    );
    upstream.on('error', (error) => {
      if (res.headersSent) return res.destroy(error);
      const text = JSON.stringify({ message: `The Prism mock did not answer: ${error.message}`, errors: [] });
      res.writeHead(502, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
    req.pipe(upstream);
  });
  // Prism's own keep-alive is 5 s; the front closes idle sockets likewise, so stop() never waits long.
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve({
        close: () =>
          new Promise((/** @type {() => void} */ done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
