// How a script that runs servers until stopped ends, in one place for `npm start`, `npm run mock` and
// `npm run proxy`: once, on Ctrl-C or SIGTERM, with exit code 0; when a child it needs dies on its own,
// with a one-line error and exit code 1; after a failed start, with its reason and exit code 1 (2 for a
// usage error). The contract tests' global setup uses onStopSignal.
import { USAGE_EXIT_CODE, UsageError } from './usage.mjs';

/**
 * Calls `stop(signal)` on the first SIGINT or SIGTERM. Later ones are ignored (still handled), so a
 * second Ctrl-C cannot kill the process halfway through stopping. Returns a function that removes the handlers.
 */
export function onStopSignal(stop) {
  let called = false;
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
 */
export function scriptLifecycle({ afterStop } = {}) {
  const servers = [];
  let stopping = false;

  /** Stops every server started so far (one still starting once it is up), then exits with `exitCode`. */
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
      console.error(usage ? error.message : `Could not start ${what}: ${error.message}`);
      await stop(usage ? USAGE_EXIT_CODE : 1);
    },
  };
}
