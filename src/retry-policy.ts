// The retry policy: which outcomes are sent again, how long to wait first, and the checks of its options.
//
// What is retried (the README's table): 429 and 423 mean the server did not process the request, so any
// method is sent again. 502, 503, 504, no answer at all and a timed-out attempt may come after the server
// acted, so only idempotent methods are sent again (GET, DELETE): never a POST or PATCH. The wait is
// `Retry-After` (seconds or an HTTP date) when the server sent one, else full jitter. A wait the caller
// would not accept (beyond maxRetryAfterSeconds, or ending after the call's totalTimeoutMs) is not
// started: the answer is final at once, so the caller can schedule the call itself.

export interface RetryOptions {
  /** Retries after the first attempt. Default 3. */
  maxRetries?: number;
  /** The longest wait the client accepts, in seconds: a longer `Retry-After` fails at once. Default 60. */
  maxRetryAfterSeconds?: number;
  /** The first backoff step when the server sends no `Retry-After`, in ms. Default 500. */
  baseDelayMs?: number;
}

/** The retry options with their defaults, and the two time limits. */
export interface RetryPolicy {
  readonly maxRetries: number;
  readonly maxRetryAfterSeconds: number;
  readonly baseDelayMs: number;
  /** The limit of each attempt, in ms: from asking for the token to the last byte of the answer. */
  readonly timeoutMs: number;
  /** The limit of a whole call, in ms: every attempt and every wait before a retry. */
  readonly totalTimeoutMs: number;
}

export interface TimeLimits {
  timeoutMs: number;
  totalTimeoutMs: number;
}

const DEFAULT_RETRY: Required<RetryOptions> = { maxRetries: 3, maxRetryAfterSeconds: 60, baseDelayMs: 500 };

/**
 * The policy for `options.retry` and the time limits, checked: `false` turns retries off. The errors
 * name the option (`maxRetries`, not `retry.maxRetries`).
 */
export function retryPolicy(retry: RetryOptions | false | undefined, limits: TimeLimits): RetryPolicy {
  const chosen = retry === false ? { maxRetries: 0 } : retry;
  const policy = { ...DEFAULT_RETRY, ...chosen, ...limits };
  checkWholeNumber('maxRetries', policy.maxRetries, 0);
  checkWholeNumber('maxRetryAfterSeconds', policy.maxRetryAfterSeconds, 0);
  checkWholeNumber('baseDelayMs', policy.baseDelayMs, 0);
  checkWholeNumber('timeoutMs', policy.timeoutMs, 1);
  checkWholeNumber('totalTimeoutMs', policy.totalTimeoutMs, 1);
  return policy;
}

// Below 2^31 ms because setTimeout gives up there (it fires at once); no count or wait here needs fractions.
function checkWholeNumber(name: string, value: number, min: number): void {
  if (Number.isInteger(value) && value >= min && value < 2 ** 31) return;
  throw new TypeError(`${name} must be an integer in [${min}, 2^31)`);
}

/** What is known of an attempt, for deciding whether to send the request again. */
export interface AttemptOutcome {
  /** The request's method. */
  method: string;
  /** How many retries came before this attempt: 0 for the first. */
  retry: number;
  /** The answer; undefined when none came (a network failure, a timed-out attempt). */
  response?: Response | undefined;
  /** The time left before the call's deadline, in ms. */
  remainingMs: number;
}

/** How long to wait before sending the request again, in ms; undefined when the outcome is final. */
export function retryDelay(policy: RetryPolicy, attempt: AttemptOutcome): number | undefined {
  const { response } = attempt;
  if (response?.ok) return undefined;
  if (attempt.retry >= policy.maxRetries) return undefined;
  if (!maySendAgain(attempt.method, response?.status)) return undefined;

  const retryAfter = parseRetryAfter(response?.headers.get('Retry-After'));
  if (retryAfter !== undefined && retryAfter > policy.maxRetryAfterSeconds) return undefined;
  const wait = retryAfter === undefined ? backoff(policy, attempt.retry) : retryAfter * 1000;
  // Waiting past the deadline would only end in a TimeoutError: the caller gets this outcome now instead.
  if (wait >= attempt.remainingMs) return undefined;
  return wait;
}

/** Whether the server said it did not process the request (429, 423): then sending it again is safe. */
export function wasNotProcessed(status: number | undefined): boolean {
  return status === 429 || status === 423;
}

// Methods that change nothing, or whose effect is the same done twice (RFC 9110, 9.2.2).
const IDEMPOTENT = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE', 'PUT', 'DELETE']);

/** Whether a request may be sent again after `status` (undefined: no answer came). */
function maySendAgain(method: string, status: number | undefined): boolean {
  if (wasNotProcessed(status)) return true;
  // From here on the server may have acted on the request: only a request safe to repeat goes again.
  if (!IDEMPOTENT.has(method)) return false;
  if (status === undefined) return true;
  return status === 502 || status === 503 || status === 504;
}

/** Full jitter: a random wait in [0, min(cap, baseDelayMs × 2^retry)), so clients that failed together spread out. */
function backoff(policy: RetryPolicy, retry: number): number {
  const ceiling = Math.min(policy.maxRetryAfterSeconds * 1000, policy.baseDelayMs * 2 ** retry);
  return Math.random() * ceiling;
}

/**
 * Seconds from a `Retry-After` value: a number of seconds, else an HTTP date turned into seconds from
 * `now` (at least 0). Undefined when absent or neither (Webex has sent values such as `rand(30),add(30)`).
 */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  // Empty is absent: Number('') would read it as 0.
  if (!value) return undefined;
  const seconds = Number(value);
  if (!Number.isNaN(seconds)) return seconds >= 0 ? seconds : undefined;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - now) / 1000));
}
