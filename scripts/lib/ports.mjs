// Ports for the servers the scripts start: read from the environment, checked free before anything
// starts (a busy one is a usage error naming the variable that moves it), and probed.
import { connect, createServer } from 'node:net';
import { UsageError } from './usage.mjs';

/** @import { AddressInfo } from 'node:net' */

/** A clear error for a port someone else holds, naming the variable that moves it: a usage error too. */
export class PortInUseError extends UsageError {
  /**
   * @param {string} host
   * @param {number} port
   * @param {string} variable
   */
  constructor(host, port, variable) {
    super(
      `Port ${port} on ${host} is already in use. Stop whatever holds it, or set ${variable} to another port (e.g. ${variable}=${port + 1}).`,
    );
    this.name = 'PortInUseError';
  }
}

/**
 * The port in environment variable `variable`, else `fallback`; throws a `UsageError` naming it if invalid.
 * @param {string} variable
 * @param {number} fallback
 * @param {Record<string, string | undefined>} [env]
 */
export function portFromEnv(variable, fallback, env = process.env) {
  const raw = env[variable];
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`${variable} must be a port number from 0 to 65535 (0: any free port), not "${raw}".`);
  }
  return port;
}

/**
 * Resolves with `port` if it can be bound on `host` (0: a free one the system picks), else rejects with PortInUseError naming `variable`.
 * @param {number} port
 * @returns {Promise<number>}
 */
export function reservePort(port, variable = 'the port', host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (/** @type {NodeJS.ErrnoException} */ error) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(host, port, variable) : error),
    );
    probe.listen(port, host, () => {
      // A TCP listener's address is an AddressInfo (a string only for a pipe or socket file).
      const { port: bound } = /** @type {AddressInfo} */ (probe.address());
      probe.close(() => resolve(bound));
    });
  });
}

/**
 * True when `host:port` (host default 127.0.0.1) accepts a TCP connection within `timeoutMs` (default 2000).
 * @param {number} port
 * @param {{ host?: string, timeoutMs?: number }} [options]
 * @returns {Promise<boolean>}
 */
export function listening(port, { host = '127.0.0.1', timeoutMs = 2_000 } = {}) {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: timeoutMs });
    /** @param {boolean} open */
    const done = (open) => {
      socket.destroy();
      resolve(open);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });
}
