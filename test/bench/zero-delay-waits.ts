// The wait of a retry, measured so the retry benchmark can leave it out: `Retry-After: 0` still costs a
// turn of the timer phase (Node runs a 0 ms timeout after >= 1 ms), which is idle time, not client work.
// While installed, every timer scheduled with a delay of 0 adds the time from scheduling to firing to
// `waitedMs`. The client's only such timer is the sleep before a retry (its attempt timers are 30 s ones).
// What the idle turn costs after it fires is not taken out: compare a retried call with bare openapi-fetch
// waiting the same way (requests.bench.ts), not with plain calls.

export interface ZeroDelayWaits {
  /** Milliseconds spent waiting on 0 ms timers since install. */
  readonly waitedMs: number;
  restore(): void;
}

export function measureZeroDelayWaits(): ZeroDelayWaits {
  const original = globalThis.setTimeout;
  let waitedMs = 0;
  const wrapped = (callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    if (ms !== undefined && ms > 0) return original(callback, ms, ...args);
    const scheduledAt = performance.now();
    return original(() => {
      waitedMs += performance.now() - scheduledAt;
      callback(...args);
    }, ms);
  };
  globalThis.setTimeout = wrapped as unknown as typeof setTimeout;
  return {
    get waitedMs() {
      return waitedMs;
    },
    restore() {
      globalThis.setTimeout = original;
    },
  };
}
