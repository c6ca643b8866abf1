// A small read-only file server on node:http for the built docs site (no dependency needed for
// four files). Used by `npm start` and the docs tests.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { PortInUseError } from './ports.mjs';

/** @import { AddressInfo } from 'node:net' */

/**
 * @typedef {object} StaticServer
 * @property {string} url
 * @property {number} port
 * @property {() => Promise<void>} close
 */

/** @type {Record<string, string>} */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * @param {string} dir
 * @param {string} url
 * @returns {string | null}
 */
function fileFor(dir, url) {
  let path;
  try {
    path = decodeURIComponent(new URL(url, 'http://localhost').pathname);
  } catch {
    return null;
  }
  const file = resolve(dir, `.${path}`);
  // Never outside `dir`: `..` and encoded separators resolve, then get compared with the root.
  if (file !== dir && !file.startsWith(dir + sep)) return null;
  const stat = statSync(file, { throwIfNoEntry: false });
  if (stat?.isDirectory()) return fileFor(dir, join(path, 'index.html'));
  return stat?.isFile() ? file : null;
}

/**
 * Serves `dir` on http://host:port (port 0: a free one). Rejects with PortInUseError naming
 * `portVariable` when the port is taken. Resolves with { url, port, close }.
 * @param {{ dir: string, host?: string, port?: number, portVariable?: string }} options
 * @returns {Promise<StaticServer>}
 */
export function serveStatic({ dir, host = '127.0.0.1', port = 0, portVariable = 'the port' }) {
  const root = resolve(dir);
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end();
      return;
    }
    const file = fileFor(root, request.url ?? '/');
    if (!file) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found\n');
      return;
    }
    response.writeHead(200, {
      'content-type': types[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-cache',
      'x-content-type-options': 'nosniff',
    });
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', (/** @type {NodeJS.ErrnoException} */ error) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(host, port, portVariable) : error),
    );
    server.listen(port, host, () => {
      const bound = /** @type {AddressInfo} */ (server.address()).port;
      resolvePromise({
        url: `http://${host}:${bound}`,
        port: bound,
        close: () =>
          new Promise((/** @type {() => void} */ done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
