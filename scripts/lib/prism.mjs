// Starts and stops Prism on the bundled document: the mock, or the validating proxy in front of a real
// server. Shared by `npm start`, `npm run mock`, `npm run proxy` and the tests' global setup, so all of
// them run Prism the same way.
import { spawn } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { startMockFront } from './mock-front.mjs';
import { bundledDocument, root } from './paths.mjs';
import { listening, PortInUseError, reservePort } from './ports.mjs';
import { sampleContactPath } from './samples.mjs';

/**
 * @import { ChildProcess } from 'node:child_process'
 * @import { Readable } from 'node:stream'
 */

/**
 * A running Prism: the mock (behind its front, mock-front.mjs) or the validating proxy.
 * @typedef {object} Prism
 * @property {string} url
 * @property {number} port
 * @property {ChildProcess} child
 * @property {() => Promise<void>} stop
 */

/**
 * @typedef {object} PrismOptions
 * @property {string} [host]
 * @property {number} [port]
 * @property {string} [document]
 * @property {boolean} [dynamic]
 * @property {string | URL} [upstream] Run `prism proxy` in front of this server instead of `prism mock`.
 * @property {string} [logFile]
 * @property {'inherit' | 'pipe'} [output] 'pipe': Prism's output is left on `child.stdout`/`child.stderr`
 *   for the caller (ignored with logFile).
 * @property {NodeJS.ProcessEnv} [env]
 * @property {string} [portVariable]
 * @property {number} [readyTimeoutMs]
 */

const prismBin = fileURLToPath(new URL('../../node_modules/@stoplight/prism-cli/dist/index.js', import.meta.url));
const safeHeaders = fileURLToPath(new URL('./prism-safe-headers.cjs', import.meta.url));

/** @param {number} ms */
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Polls `probe()` every 100 ms until it resolves true. Rejects if `child` exits first or `timeoutMs`
 * passes; `what` names what is awaited, for those messages.
 * @param {() => Promise<boolean>} probe
 * @param {{ timeoutMs: number, child?: ChildProcess, what: string }} options
 */
async function waitUntil(probe, { timeoutMs, child, what }) {
  const deadline = Date.now() + timeoutMs;
  let exited = child ? (child.signalCode ?? child.exitCode) : null;
  /**
   * @param {number | null} code
   * @param {NodeJS.Signals | null} signal
   */
  const onExit = (code, signal) => (exited = signal ?? code);
  child?.once('exit', onExit);
  try {
    while (Date.now() < deadline) {
      if (exited !== null) throw new Error(`the server exited (${exited}) while waiting for ${what}`);
      if (await probe()) return;
      await sleep(100);
    }
  } finally {
    child?.off('exit', onExit);
  }
  throw new Error(`no ${what} within ${timeoutMs} ms`);
}

/**
 * True when anything answers `url` over HTTP within a second.
 * @param {string} url
 * @param {Record<string, string>} headers
 * @returns {Promise<boolean>}
 */
function answers(url, headers) {
  return fetch(url, { headers, signal: AbortSignal.timeout(1_000) }).then(
    (response) => {
      response.body?.cancel().catch(() => {}); // only the answer matters; free the connection
      return true;
    },
    () => false,
  );
}

/**
 * Stops a child process: SIGTERM, then SIGKILL if it has not exited after `graceMs`.
 * @param {ChildProcess} child
 * @returns {Promise<void>}
 */
function stopChild(child, graceMs = 5_000) {
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
 * The server URLs `document` (JSON or YAML) names, without a trailing slash: where its examples' links point.
 * @param {string} document
 * @returns {string[]}
 */
function serverUrlsOf(document) {
  const { servers = [] } = /** @type {{ servers?: { url: string }[] }} */ (parse(readFileSync(document, 'utf8')));
  return servers.map(({ url }) => url.replace(/\/+$/, ''));
}

/**
 * Starts Prism on 127.0.0.1: `prism mock`, or with `upstream` `prism proxy`, which forwards every
 * request to that server and validates request and response against the document, reporting
 * violations without changing the traffic. The mock listens behind a front on `port` that turns its
 * refusals into Webex error bodies saying what is wrong, and its List links into links to itself
 * (mock-front.mjs). `port: 0` picks a free port. `dynamic` (mock only) makes
 * Prism generate responses from the schemas instead of serving the examples. Output goes to `logFile`
 * when given, to `child.stdout`/`child.stderr` for the caller to read with `output: 'pipe'`, else to
 * this process's stdout/stderr.
 * @param {PrismOptions} [options]
 * @returns {Promise<Prism>}
 */
export async function startPrism({
  host = '127.0.0.1',
  port = 0,
  document = bundledDocument,
  dynamic = false,
  upstream,
  logFile,
  output = 'inherit',
  env,
  portVariable = upstream ? 'PROXY_PORT' : 'MOCK_PORT',
  readyTimeoutMs = 30_000,
} = {}) {
  const chosen = await reservePort(port, portVariable, host);
  // The mock itself listens on a port of its own; the front takes the chosen one once Prism is ready.
  const prismPort = upstream ? chosen : await reservePort(0, portVariable, host);
  const mode = upstream
    ? ['proxy', '--host', host, '--port', String(chosen), document, String(upstream)]
    : ['mock', '--host', host, '--port', String(prismPort), ...(dynamic ? ['--dynamic'] : []), document];
  const log = logFile ? createWriteStream(logFile, { flags: 'a' }) : null;
  const stdio = log || output === 'pipe' ? 'pipe' : 'inherit';
  const child = spawn(process.execPath, ['--require', safeHeaders, prismBin, ...mode], {
    cwd: root,
    stdio: ['ignore', stdio, stdio],
    ...(env ? { env } : {}),
  });
  // If this process exits while Prism runs (process.exit, an uncaught error), Prism goes with it, never
  // left running on its own. Removed once Prism has exited, which stop() waits for.
  const killOnExit = () => child.kill('SIGKILL');
  process.on('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  // With 'pipe', what Prism prints while starting (its banner, the readiness probe's request) is held
  // back: the caller's own banner comes first, and the held text is shown only if Prism fails to start.
  let startup = '';
  /** @param {Buffer | string} chunk */
  const hold = (chunk) => (startup = (startup + chunk).slice(-4_000));
  // The casts: with stdio 'pipe' (always so with a log) the child has both streams.
  if (log) {
    /** @type {Readable} */ (child.stdout).pipe(log);
    /** @type {Readable} */ (child.stderr).pipe(log);
  } else if (stdio === 'pipe') {
    /** @type {Readable} */ (child.stdout).on('data', hold);
    /** @type {Readable} */ (child.stderr).on('data', hold);
  }
  const url = `http://${host}:${chosen}`;
  const prismUrl = `http://${host}:${prismPort}`;
  /** @type {{ close(): Promise<void> } | undefined} */
  let front;
  try {
    // The proxy is probed over TCP: an HTTP probe would be forwarded to the real upstream server.
    const ready = upstream
      ? { probe: () => listening(chosen, { host, timeoutMs: 1_000 }), what: `a listener on ${host}:${chosen}` }
      : {
          probe: () => answers(prismUrl + sampleContactPath, { authorization: 'Bearer readiness-probe' }),
          what: `an answer at ${prismUrl}${sampleContactPath}`,
        };
    await waitUntil(ready.probe, { timeoutMs: readyTimeoutMs, child, what: ready.what });
    if (!upstream) {
      front = await startMockFront({
        host,
        port: chosen,
        upstreamPort: prismPort,
        serverUrls: serverUrlsOf(document),
      }).catch((error) => {
        throw error.code === 'EADDRINUSE' ? new PortInUseError(host, chosen, portVariable) : error;
      });
    }
  } catch (error) {
    await stopChild(child);
    if (error instanceof PortInUseError) throw error;
    const held = startup.trim() ? `\nPrism's output:\n${startup.trim()}` : '';
    throw new Error(
      `Prism did not start: ${/** @type {Error} */ (error).message}${logFile ? ` (see ${logFile})` : held}`,
    );
  } finally {
    child.stdout?.off('data', hold);
    child.stderr?.off('data', hold);
  }
  return {
    url,
    port: chosen,
    child,
    stop: async () => {
      await front?.close();
      await stopChild(child);
      log?.end();
    },
  };
}
