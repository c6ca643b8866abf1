// The retry policy, written once and used twice.
//
// Where retries live, and why: `get()` and `create()` re-issue the typed openapi-fetch call from the
// loop below, with one timer per attempt and no copy of the request: measured at 1.04-1.10x the cost of
// bare openapi-fetch per request, where a retrying `fetch` inside openapi-fetch that clones every POST
// Request cost 1.24x. `contacts.api`, the raw openapi-fetch client, is not the hot path: it gets the same
// loop as a wrapper around its `fetch` (see api-fetch.ts), which must clone the Request to send a body
// again. `get()`/`create()` use a second openapi-fetch client without that wrapper, so nothing is ever
// retried twice.
//
// What is retried (the README's table): 429 and 423 mean the request was not processed, so any method
// is sent again; 502, 503, 504, network failures and attempt timeouts are retried for GET only, since a
// POST may have been applied. The wait is `Retry-After` (seconds or an HTTP date) when sent, else full
// jitter: random in [0, min(cap, baseDelayMs * 2^retry)), the cap being maxRetryAfterSeconds. A
// `Retry-After` beyond the cap is not waited for: the error is returned at once, `retryAfter` set.
import { withTimeout } from './timeout.js';

export interface RetryOptions {
  /** Retries after the first attempt. Default 3. */
  maxRetries?: number;
  /** The longest wait the client accepts, in seconds: a longer `Retry-After` fails at once. Default 60. */
  maxRetryAfterSeconds?: number;
  /** The first backoff step when the server sends no `Retry-After`, in ms. Default 500. */
  baseDelayMs?: number;
}

export type RetryPolicy = Readonly<Required<RetryOptions>>;

const DEFAULTS: RetryPolicy = { maxRetries: 3, maxRetryAfterSeconds: 60, baseDelayMs: 500 };

/** The policy for `options.retry`, checked: `false` turns retries off. */
export function retryPolicy(options: RetryOptions | false | undefined): RetryPolicy {
  const policy = options === false ? { ...DEFAULTS, maxRetries: 0 } : { ...DEFAULTS, ...options };
  for (const key of ['maxRetries', 'maxRetryAfterSeconds', 'baseDelayMs'] as const) {
    const value = policy[key];
    if (!(typeof value === 'number' && value >= 0 && (key === 'maxRetries' ? Number.isInteger(value) : Number.isFinite(value)))) {
      throw new TypeError(`retry.${key} must be a ${key === 'maxRetries' ? 'non-negative integer' : 'finite number >= 0'}`);
    }
  }
  return policy;
}

/** Seconds from a `Retry-After` value: delta-seconds, or an HTTP date (GMT) turned into seconds from `now`. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text);
  if (!/\d\d:\d\d:\d\d GMT$/.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Full jitter: a random wait in [0, min(cap, base * 2^retry)). */
export function backoff(policy: RetryPolicy, retry: number, random = Math.random): number {
  return random() * Math.min(policy.maxRetryAfterSeconds * 1000, policy.baseDelayMs * 2 ** retry);
}

/** Milliseconds to wait before sending again after `status`, or -1 when the response is final. */
export function delayAfterStatus(
  policy: RetryPolicy,
  method: string,
  status: number,
  retryAfter: number | undefined,
  retry: number,
): number {
  if (retry >= policy.maxRetries) return -1;
  const notProcessed = status === 429 || status === 423;
  if (!notProcessed && !(method === 'GET' && (status === 502 || status === 503 || status === 504))) return -1;
  if (retryAfter === undefined) return backoff(policy, retry);
  return retryAfter > policy.maxRetryAfterSeconds ? -1 : retryAfter * 1000;
}

/** Milliseconds to wait before sending again after no response (network failure, timeout), or -1. */
export function delayAfterFailure(policy: RetryPolicy, method: string, retry: number): number {
  return method === 'GET' && retry < policy.maxRetries ? backoff(policy, retry) : -1;
}

/** Resolves after `ms`; rejects with the signal's reason as soon as it aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Runs `attempt` (each run bounded by `timeoutMs`) until it yields a response that is final under the
 * policy, and returns that result, successful or not. Failures without a response are thrown once no
 * retry is left; the caller's abort is thrown as its reason, at once.
 */
export async function withRetries<T extends { response: Response }>(
  policy: RetryPolicy,
  method: string,
  timeoutMs: number,
  signal: AbortSignal | undefined,
  attempt: (signal: AbortSignal) => Promise<T>,
): Promise<T> {
  for (let retry = 0; ; retry++) {
    let wait: number;
    try {
      const result = await withTimeout(attempt, timeoutMs, signal);
      const { response } = result;
      if (response.ok) return result;
      wait = delayAfterStatus(policy, method, response.status, parseRetryAfter(response.headers.get('Retry-After')), retry);
      if (wait < 0) return result;
      // Free the connection of a response nobody will read.
      if (!response.bodyUsed) response.body?.cancel().catch(() => {});
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      wait = delayAfterFailure(policy, method, retry);
      if (wait < 0) throw error;
    }
    await sleep(wait, signal);
  }
}
