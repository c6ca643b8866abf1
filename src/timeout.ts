// One attempt, bounded: its own AbortController aborts on the caller's signal or after `timeoutMs`.

/**
 * Runs `run` with a signal that aborts when `signal` does (rejecting with its reason) or after
 * `timeoutMs` (rejecting with a `TimeoutError` DOMException), whatever the fetch implementation throws.
 */
export async function withTimeout<T>(
  run: (signal: AbortSignal) => Promise<T>,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<T> {
  signal?.throwIfAborted();
  const controller = new AbortController();
  const onAbort = () => controller.abort(signal!.reason);
  // The DOMException is made only when the timer fires: most attempts never need it.
  const timer = setTimeout(
    () => controller.abort(new DOMException(`The attempt timed out after ${timeoutMs} ms`, 'TimeoutError')),
    timeoutMs,
  );
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await run(controller.signal);
  } catch (error) {
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}
