#!/usr/bin/env node
// `npm run proxy -- <upstream-url>`: Prism's validating proxy on 127.0.0.1:$PROXY_PORT (default 4011,
// 0: any free port). Every request is forwarded to <upstream-url> unchanged; request and response are
// checked against generated/openapi.json and violations are reported: in an `sl-violations` response
// header (JSON), as Prism's `Violation:` lines in the output, and as one line per request that broke the
// document, with a count of such requests when the proxy stops.
//
// Prism's `--errors` is deliberately NOT passed. With it Prism refuses an invalid request itself (422 or
// 401, never forwarded) and replaces a response that breaks the document with its own error, so the
// client no longer sees what the real server does. This proxy is for watching real traffic keep the
// contract: it reports and never changes what passes through.
//
// The count comes from the `sl-violations` header of each answer, seen by a pass-through front on the
// proxy's port (Prism itself listens on a port of its own behind it): exactly one verdict per request,
// where Prism's log has one line per violation and several per request.
import { createServer, request as httpRequest } from 'node:http';
import { scriptLifecycle } from './lib/lifecycle.mjs';
import { PortInUseError, portFromEnv, reservePort } from './lib/ports.mjs';
import { startPrism } from './lib/prism.mjs';
import { curlExample } from './lib/samples.mjs';
import { UsageError } from './lib/usage.mjs';

/**
 * @import { AddressInfo } from 'node:net'
 * @import { Readable } from 'node:stream'
 */

const usage = `Usage: npm run proxy -- <upstream-url>

  Forwards requests to <upstream-url> (http or https, e.g. https://webexapis.com/v1) and reports every
  request or response that breaks generated/openapi.json. PROXY_PORT sets the port (default 4011).`;

/**
 * The upstream URL from the arguments; a UsageError (with the usage) if there is not exactly one http(s) URL.
 * @param {string[]} args
 */
function upstreamFrom(args) {
  /** @param {string} message */
  const wrong = (message) => new UsageError(`${message}\n\n${usage}`);
  if (args.length === 0) throw wrong('No upstream URL given.');
  if (args.length > 1) throw wrong(`Expected one upstream URL, got: ${args.join(' ')}`);
  let upstream;
  try {
    upstream = new URL(/** @type {string} */ (args[0])); // the cast: there is exactly one
  } catch {
    throw wrong(`Not a URL: ${args[0]}`);
  }
  if (upstream.protocol !== 'http:' && upstream.protocol !== 'https:')
    throw wrong(`The upstream must be an http or https URL, not ${args[0]}`);
  return upstream;
}

/** @type {{ url: string, stop(): Promise<void> } | undefined} */
let proxy;
/** Per request: how many were answered, how many broke the document, and the violations in them. */
const counted = { requests: 0, broken: 0, violations: 0, errors: 0, unanswered: 0 };
const life = scriptLifecycle({
  afterStop: () => {
    if (!proxy) return;
    const unanswered = counted.unanswered ? `; ${counted.unanswered} got no answer from Prism` : '';
    console.log(
      `\nProxy stopped: ${counted.broken} of ${counted.requests} request(s) broke the document ` +
        `(${counted.violations} violation(s), ${counted.errors} of them error(s))${unanswered}.`,
    );
  },
});

/**
 * Counts one answer by its `sl-violations` header and, if it broke the document, says so in one line.
 * @param {string | undefined} method
 * @param {string | undefined} path
 * @param {string | undefined} header
 */
function tally(method, path, header) {
  counted.requests += 1;
  if (!header) return;
  /** @type {{ severity?: string, message: string, location?: string[] }[]} */
  let violations = [];
  try {
    violations = JSON.parse(header);
  } catch {
    violations = [{ severity: 'Error', message: `an sl-violations header that is not JSON: ${header.slice(0, 200)}` }];
  }
  counted.broken += 1;
  counted.violations += violations.length;
  counted.errors += violations.filter((v) => v.severity === 'Error').length;
  const first = violations[0] ? `: ${[...(violations[0].location ?? [])].join('.')} ${violations[0].message}` : '';
  const more = violations.length > 1 ? ` (and ${violations.length - 1} more)` : '';
  console.log(
    `Request ${counted.requests} broke the document: ${method} ${path}, ${violations.length} violation(s)${first}${more}`,
  );
}

/**
 * A pass-through front on `host:port` for the Prism proxy at `prismPort`: every request and answer goes
 * through as it is (status, headers, body); each answer is counted. Resolves once it listens.
 * @param {{ host: string, port: number, prismPort: number }} options
 * @returns {Promise<{ url: string, stop(): Promise<void> }>}
 */
function startFront({ host, port, prismPort }) {
  const server = createServer((req, res) => {
    const forward = httpRequest(
      { host, port: prismPort, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        // The cast: Node joins a repeated header it does not know into one string (only set-cookie is a list).
        tally(req.method, req.url, /** @type {string | undefined} */ (answer.headers['sl-violations']));
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', (error) => {
      counted.unanswered += 1;
      if (res.headersSent) return res.destroy(error);
      const text = JSON.stringify({ message: `The Prism proxy did not answer: ${error.message}`, errors: [] });
      res.writeHead(502, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
      res.end(text);
    });
    req.pipe(forward);
  });
  // Prism's own keep-alive is 5 s; the front closes idle sockets likewise, so a stop never waits long.
  server.keepAliveTimeout = 5_000;
  return new Promise((resolve, reject) => {
    server.once('error', (/** @type {NodeJS.ErrnoException} */ error) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(host, port, 'PROXY_PORT') : error),
    );
    server.listen(port, host, () =>
      resolve({
        url: `http://${host}:${/** @type {AddressInfo} */ (server.address()).port}`,
        stop: () =>
          new Promise((/** @type {() => void} */ done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      }),
    );
  });
}

try {
  const upstream = upstreamFrom(process.argv.slice(2));
  const host = '127.0.0.1';
  // The port is checked first, so a busy one is a usage error before Prism starts.
  const port = await reservePort(portFromEnv('PROXY_PORT', 4011), 'PROXY_PORT', host);
  const prism = await life.started(
    startPrism({
      host,
      upstream: upstream.href,
      output: 'pipe',
      // Prism colours its log only for a terminal: keep that when this process writes to one.
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : '0' },
    }),
  );
  life.watch(prism.child, 'The Prism proxy');
  proxy = await life.started(startFront({ host, port, prismPort: prism.port }));
  console.log(
    [
      '',
      `Validating proxy for ${upstream.href}: ${proxy.url}`,
      '',
      'Send your requests to the proxy instead of the server, e.g.:',
      `  ${curlExample(proxy.url, { tokenVariable: 'WEBEX_TOKEN', showHeaders: true })}`,
      '',
      'Responses pass through unchanged. One that breaks the document (or answers a request that does)',
      'carries an sl-violations header; below, "Violation:" lines name each field and rule, and one',
      '"Request N broke the document" line names the request. Ctrl-C stops it.',
      '',
    ].join('\n'),
  );
  // Prism's request log, with its Violation: lines, after the banner (the casts: output 'pipe' leaves it
  // on the child's streams).
  /** @type {Readable} */ (prism.child.stdout).pipe(process.stdout);
  /** @type {Readable} */ (prism.child.stderr).pipe(process.stderr);
} catch (error) {
  await life.failed(error, 'the proxy');
}
