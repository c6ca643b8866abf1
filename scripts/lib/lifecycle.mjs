// How a script that runs servers until stopped ends, in one place for `npm start`, `npm run mock` and
// `npm run proxy`: once, on Ctrl-C or SIGTERM, with exit code 0; when a child it needs dies on its own,
// with a one-line error and exit code 1; after a failed start, with its reason and exit code 1 (2 for a
// usage error). The contract tests' global setup uses onStopSignal.
import { USAGE_EXIT_CODE, UsageError } from './usage.mjs';

/** @import { ChildProcess } from 'node:child_process' */

/**
 * @typedef {object} ScriptLifecycle
 * @property {{
 *   <T extends { stop(): unknown }>(starting: Promise<T>): Promise<T>;
 *   <T>(starting: Promise<T>, stopServer: (server: T) => unknown): Promise<T>;
 * }} started A server being started, stopped by `stopServer` or else by its own stop().
 * @property {(child: ChildProcess, what: string) => void} watch
 * @property {(error: unknown, what: string) => Promise<void>} failed
 */

/**
 * Calls `stop(signal)` on the first SIGINT or SIGTERM. Later ones are ignored (still handled), so a
 * second Ctrl-C cannot kill the process halfway through stopping. Returns a function that removes the handlers.
 * @param {(signal: NodeJS.Signals) => void} stop
 * @returns {() => void}
 */
export function onStopSignal(stop) {
  let called = false;
  /** @param {NodeJS.Signals} signal */
  const handler = (signal) => {
    if (called) return;
    called = true;
    stop(signal);
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  return () => {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  };
}

/**
 * The life of a script that runs servers until stopped; SIGINT and SIGTERM stop it with exit code 0.
 * `afterStop` runs once the servers have stopped, just before the exit (e.g. a closing summary).
 * @param {{ afterStop?: () => void }} [options]
 * @returns {ScriptLifecycle}
 */
export function scriptLifecycle({ afterStop } = {}) {
  // Servers of different types, each stopServer taking its own starting's server (ScriptLifecycle's
  // `started` holds the two together): hence any, here and in started's own parameters.
  /** @type {{ starting: Promise<any>, stopServer: (server: any) => unknown }[]} */
  const servers = [];
  let stopping = false;

  /**
   * Stops every server started so far (one still starting once it is up), then exits with `exitCode`.
   * @param {number} exitCode
   */
  async function stop(exitCode) {
    if (stopping) return;
    stopping = true;
    await Promise.allSettled(servers.map(({ starting, stopServer }) => starting.then(stopServer)));
    afterStop?.();
    process.exit(exitCode);
  }
  onStopSignal(() => void stop(0));

  return {
    /**
     * Tracks a server being started, so that a stop, even one that comes mid-start, stops it. Resolves
     * with the server; never once a stop is under way, so the script starts nothing more while it exits.
     * Without `stopServer`, the server's own stop() stops it.
     * @param {Promise<any>} starting
     * @param {(server: any) => unknown} [stopServer]
     */
    started(starting, stopServer = (server) => server.stop()) {
      servers.push({ starting, stopServer });
      return starting.then((server) => (stopping ? new Promise(() => {}) : server));
    },
    /**
     * Stops the script with a one-line error and exit code 1 if `child` ends while no stop was asked for.
     * `what` names it in that line, e.g. 'The Prism mock'.
     */
    watch(child, what) {
      /**
       * @param {number | null} code
       * @param {NodeJS.Signals | null} signal
       */
      const ended = (code, signal) => {
        if (stopping) return;
        // Ctrl-C in a terminal signals the whole process group, the child included: a stop, not a death.
        if (signal === 'SIGINT' || signal === 'SIGTERM') return void stop(0);
        console.error(`${what} (pid ${child.pid}) stopped unexpectedly (${signal ?? `exit code ${code}`}).`);
        void stop(1);
      };
      if (child.exitCode !== null || child.signalCode !== null) ended(child.exitCode, child.signalCode);
      else child.once('exit', ended);
    },
    /**
     * Reports a failed start and stops: a UsageError (a bad argument, a bad or busy port) with its own
     * message, no stack, and USAGE_EXIT_CODE; anything else as "Could not start `what`: …" and exit code 1.
     * Silent during a stop, which caused the failure.
     */
    async failed(error, what) {
      if (stopping) return;
      const usage = error instanceof UsageError;
      console.error(usage ? error.message : `Could not start ${what}: ${/** @type {Error} */ (error).message}`);
      await stop(usage ? USAGE_EXIT_CODE : 1);
    },
  };
}
