// Starts and stops a Prism mock of the bundled document. Shared by `npm start`, `npm run mock` and
// the tests' global setup, so all three serve the mock the same way.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));
export const bundledDocument = fileURLToPath(new URL('../../generated/openapi.json', import.meta.url));
// Get a Contact with the document's example ids: the readiness probe and the printed curl use it.
export const sampleContactPath =
  '/contacts/organizations/d23736ac-8055-433e-b85a-0fc55c96ead9/contacts/6847ee0f-5e9c-4403-9f0e-0aa8552f7829';
const prismBin = fileURLToPath(new URL('../../node_modules/@stoplight/prism-cli/dist/index.js', import.meta.url));

/** A clear error for a port someone else holds, naming the variable that moves it. */
export class PortInUseError extends Error {
  constructor(host, port, variable) {
    super(`Port ${port} on ${host} is already in use. Stop whatever holds it, or set ${variable} to another port (e.g. ${variable}=${port + 1}).`);
    this.name = 'PortInUseError';
  }
}

/** Resolves with `port` if it can be bound on `host` (0: a free one the system picks), else rejects. */
export function reservePort(host, port, variable = 'the port') {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(host, port, variable) : error),
    );
    probe.listen(port, host, () => {
      const { port: bound } = probe.address();
      probe.close(() => resolve(bound));
    });
  });
}

/** Polls `url` until anything answers over HTTP, the child exits, or `timeoutMs` passes. */
export async function waitForHttp(url, { timeoutMs = 30_000, child, headers = {} } = {}) {
  const deadline = Date.now() + timeoutMs;
  let exited = null;
  child?.once('exit', (code, signal) => (exited = signal ?? code));
  while (Date.now() < deadline) {
    if (exited !== null) throw new Error(`the server exited (${exited}) before answering at ${url}`);
    try {
      await fetch(url, { headers, signal: AbortSignal.timeout(1_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`nothing answered at ${url} within ${timeoutMs} ms`);
}

/** Stops a child process: SIGTERM, then SIGKILL if it has not exited after `graceMs`. */
export function stopChild(child, graceMs = 5_000) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/**
 * Starts `prism mock` on 127.0.0.1. `port: 0` picks a free port. `dynamic` makes Prism generate
 * responses from the schemas instead of serving the examples. Output goes to `logFile` when given,
 * else to this process's stdout/stderr.
 */
export async function startPrism({
  host = '127.0.0.1',
  port = 0,
  document = bundledDocument,
  dynamic = false,
  logFile,
  portVariable = 'MOCK_PORT',
  readyTimeoutMs = 30_000,
} = {}) {
  const chosen = await reservePort(host, port, portVariable);
  const args = [prismBin, 'mock', '--host', host, '--port', String(chosen), ...(dynamic ? ['--dynamic'] : []), document];
  const log = logFile ? createWriteStream(logFile, { flags: 'a' }) : null;
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', log ? 'pipe' : 'inherit', log ? 'pipe' : 'inherit'] });
  if (log) {
    child.stdout.pipe(log);
    child.stderr.pipe(log);
  }
  const url = `http://${host}:${chosen}`;
  try {
    await waitForHttp(url + sampleContactPath, { timeoutMs: readyTimeoutMs, child, headers: { authorization: 'Bearer readiness-probe' } });
  } catch (error) {
    await stopChild(child);
    throw new Error(`Prism did not start: ${error.message}${logFile ? ` (see ${logFile})` : ''}`);
  }
  return {
    url,
    port: chosen,
    child,
    stop: async () => {
      await stopChild(child);
      log?.end();
    },
  };
}

/** A ready-to-paste curl for Get a Contact, with the document's own example ids. */
export function curlExample(url) {
  return `curl -H 'Authorization: Bearer any-token' ${url}${sampleContactPath}`;
}
