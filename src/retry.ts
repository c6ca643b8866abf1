// The retry policy and the one loop that applies it, with each attempt's timeout.
//
// Where retries live, and why: `get()` and `create()` re-issue the typed openapi-fetch call from this
// loop, with one timer per attempt and no copy of the request: measured at 1.04-1.10x the cost of bare
// openapi-fetch per request, where a retrying `fetch` inside openapi-fetch that clones every POST
// Request cost 1.24x. `contacts.api`, the raw openapi-fetch client, is not the hot path: its `fetch` runs
// the same loop around each send (see client.ts), cloning the Request to send a body again.
// `get()`/`create()` pass a per-call `fetch` (one attempt) that replaces that wrapper, so nothing is ever
// retried twice (test/client/retry.test.ts counts the requests).
//
// What is retried (the README's table): 429 and 423 mean the request was not processed, so any method
// is sent again; 502, 503, 504, network failures and attempt timeouts are retried for GET only, since a
// POST may have been applied. The wait is `Retry-After` (seconds or an HTTP date) when sent, else full
// jitter: random in [0, min(cap, baseDelayMs * 2^retry)), the cap being maxRetryAfterSeconds. A
// `Retry-After` beyond the cap is not waited for: the answer is final at once, `retryAfter` set.

export interface RetryOptions {
  /** Retries after the first attempt. Default 3. */
  maxRetries?: number;
  /** The longest wait the client accepts, in seconds: a longer `Retry-After` fails at once. Default 60. */
  maxRetryAfterSeconds?: number;
  /** The first backoff step when the server sends no `Retry-After`, in ms. Default 500. */
  baseDelayMs?: number;
}

/** The retry options, with their defaults, and `timeoutMs`, the limit of each attempt. */
export type RetryPolicy = Readonly<Required<RetryOptions> & { timeoutMs: number }>;

/**
 * The policy for `options.retry` and `timeoutMs`, checked: `false` turns retries off. Each value must be
 * an integer in [0, 2^31) (timeoutMs from 1): 2^31 ms is where setTimeout gives up (it fires at once), and
 * no count or wait here needs fractions. The error names the option (`maxRetries`, not `retry.maxRetries`).
 */
export function retryPolicy(options: RetryOptions | false | undefined, timeoutMs: number): RetryPolicy {
  const policy = { maxRetries: 3, maxRetryAfterSeconds: 60, baseDelayMs: 500, ...(options === false ? { maxRetries: 0 } : options), timeoutMs };
  let key: keyof RetryPolicy;
  for (key in policy) {
    const min = +(key === 'timeoutMs');
    if (!(Number.isInteger(policy[key]) && policy[key] >= min && policy[key] < 2 ** 31)) {
      throw new TypeError(`${key} must be an integer in [${min}, 2^31)`);
    }
  }
  return policy;
}

/**
 * Seconds from a `Retry-After` value: a number of seconds, else a date (an HTTP date) turned into
 * seconds from `now`, at least 0. Undefined when absent or neither.
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  // `Number('')` is 0, hence the first test; NaN (neither form) and negative seconds fail `>= 0`.
  if (!value) return undefined;
  const seconds = isNaN(+value) ? Math.max(0, Math.ceil((Date.parse(value) - now) / 1000)) : +value;
  return seconds >= 0 ? seconds : undefined;
}

/**
 * Milliseconds to wait before attempt `retry + 1` after `response` (none: a network failure or a
 * timed-out attempt), or -1 when the outcome is final.
 */
export function delay(policy: RetryPolicy, method: string, retry: number, response?: Response): number {
  const status = response?.status;
  const retryAfter = parseRetryAfter(response?.headers.get('Retry-After'));
  // No status (no response) passes the 502-504 test: GET only, like them.
  if (!(retry < policy.maxRetries && (status === 429 || status === 423 || (method === 'GET' && !(status! < 502 || status! > 504))))) {
    return -1;
  }
  if (retryAfter! > policy.maxRetryAfterSeconds) return -1;
  return retryAfter! >= 0
    ? retryAfter! * 1000
    : Math.random() * Math.min(policy.maxRetryAfterSeconds * 1000, policy.baseDelayMs * 2 ** retry);
}

/**
 * Runs `attempt` until it gives a response that is final under `policy`, and returns that result,
 * successful or not. Each attempt gets a signal that aborts after `policy.timeoutMs` (with a `TimeoutError`
 * DOMException) or when `signal` does. A failure without a response is thrown once no retry is left (a
 * timed-out attempt as its TimeoutError); the caller's abort is thrown as its reason, at once, also
 * during a wait. `followAfter`: the caller's signal keeps aborting the last attempt's signal after the
 * loop returns, for a body read later (never removed: for `contacts.api` only, not the hot path).
 */
export async function withRetries<T extends Response | { response: Response }>(
  policy: RetryPolicy,
  method: string,
  signal: AbortSignal | undefined,
  attempt: (signal: AbortSignal) => Promise<T>,
  followAfter?: boolean,
): Promise<T> {
  // One listener for the whole call; it aborts whatever is under way: an attempt or a wait.
  let abort: (reason: unknown) => void;
  const onAbort = () => abort(signal!.reason);
  signal?.throwIfAborted();
  signal?.addEventListener('abort', onAbort);
  try {
    for (let retry = 0; ; retry++) {
      const controller = new AbortController();
      abort = (reason) => controller.abort(reason);
      // The DOMException is made only when the timer fires: most attempts never need it.
      const timer = setTimeout(() => controller.abort(new DOMException('timeoutMs exceeded', 'TimeoutError')), policy.timeoutMs);
      let wait: number;
      try {
        const result = await attempt(controller.signal);
        // A Response (contacts.api), or openapi-fetch's result holding one (get()/create()).
        const response = (result as { response: Response }).response || (result as Response);
        if (response.ok || (wait = delay(policy, method, retry, response)) < 0) return result;
        // Free the connection of a response nobody will read (contacts.api; get()/create() read it already,
        // and cancelling a read body makes an error, with its stack, to ignore: measured in the retry bench).
        if (!response.bodyUsed) response.body?.cancel().catch(() => {});
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        // Whatever the fetch threw for a timed-out attempt, the TimeoutError is what the caller gets.
        if ((wait = delay(policy, method, retry)) < 0) throw controller.signal.aborted ? controller.signal.reason : error;
      } finally {
        clearTimeout(timer);
      }
      await new Promise((resolve, reject) => {
        const timer = setTimeout(resolve, wait);
        abort = (reason) => {
          clearTimeout(timer);
          reject(reason);
        };
      });
    }
  } finally {
    if (!followAfter) signal?.removeEventListener('abort', onAbort);
  }
}
