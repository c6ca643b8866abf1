// The one way a request is sent: attempts under the retry policy, each bounded by its timeout, until the
// outcome is final. Everything goes through here: the typed methods (operation.ts) and `createContactsApi`
// (api.ts), each of which turns the outcome into what its caller expects.
//
// An attempt is the request sent with a fresh token and its answer read to the end, so `timeoutMs` and
// the caller's signal cover the body too, and a connection cut in the middle of a body is a failed
// attempt like any other network failure.
import type { Authorization } from './auth.js';
import { type RetryPolicy, retryDelay, wasNotProcessed } from './retry-policy.js';
import { sleep } from './sleep.js';

/** A fetch: the platform's, or one given to the client (a test, a proxy, another runtime). */
export type Fetch = (request: Request, init?: RequestInit) => Promise<Response>;

/** What a client sends with. */
export interface Transport {
  readonly policy: RetryPolicy;
  readonly authorization: Authorization;
  /** The fetch given to the client; undefined: the platform's, looked up at each attempt (a test may replace it). */
  readonly fetch: Fetch | undefined;
}

/** The final answer of a call, read whole. */
export interface Answer {
  readonly response: Response;
  /** The body's bytes; null when the answer has none (204). */
  readonly body: ArrayBuffer | null;
  /** Whether an earlier attempt of the call may have been applied (it got no answer, or 502-504). */
  readonly earlierAttemptMayHaveApplied: boolean;
}

/** How a call ended: with an answer (any status), or with no answer and the last attempt's fetch error. */
export type Outcome = { answer: Answer } | { noAnswer: unknown };

/** How one attempt ended. `timedOut`: its time ran out, and `error` is the TimeoutError. */
type AttemptResult = { response: Response; body: ArrayBuffer | null } | { error: unknown; timedOut: boolean };

/**
 * Sends `request` until its outcome is final under the policy, and resolves with it. Rejects, at once,
 * with the caller's abort reason (`signal`), the TimeoutError of a last attempt that timed out, or what
 * the token gave instead of a token (a token problem is the caller's to fix, never retried).
 */
export async function sendWithRetries(transport: Transport, request: Request, signal?: AbortSignal): Promise<Outcome> {
  signal?.throwIfAborted();
  const deadline = Date.now() + transport.policy.totalTimeoutMs;
  // A Request's body can be read only once: read it here, and every attempt sends these bytes.
  const body = request.body === null ? undefined : await request.arrayBuffer();
  let earlierAttemptMayHaveApplied = false;
  // Bounded: retryDelay ends it after maxRetries retries, and at the deadline.
  for (let retry = 0; ; retry++) {
    const result = await attempt(transport, request, { body, signal, deadline });
    const response = 'response' in result ? result.response : undefined;
    const wait = retryDelay(transport.policy, {
      method: request.method,
      retry,
      response,
      remainingMs: deadline - Date.now(),
    });
    if (wait === undefined) {
      if ('response' in result) return { answer: { ...result, earlierAttemptMayHaveApplied } };
      if (result.timedOut) throw result.error;
      return { noAnswer: result.error };
    }
    if (!wasNotProcessed(response?.status)) earlierAttemptMayHaveApplied = true;
    await sleep(wait, signal);
  }
}

interface AttemptContext {
  body: ArrayBuffer | undefined;
  signal: AbortSignal | undefined;
  deadline: number;
}

/** One attempt, within `timeoutMs` or the time left before the deadline, whichever is shorter. */
async function attempt(
  transport: Transport,
  request: Request,
  { body, signal, deadline }: AttemptContext,
): Promise<AttemptResult> {
  const remainingMs = deadline - Date.now();
  // Nothing is sent when no time is left: a request aborted at once may still have reached the server.
  if (remainingMs <= 0) return { error: timeoutError('totalTimeoutMs'), timedOut: true };
  const limit = remainingMs < transport.policy.timeoutMs ? 'totalTimeoutMs' : 'timeoutMs';
  const controller = new AbortController();
  // The DOMException is made only when the timer fires: most attempts never need it.
  const timer = setTimeout(
    () => controller.abort(timeoutError(limit)),
    Math.min(remainingMs, transport.policy.timeoutMs),
  );
  const onAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', onAbort);
  try {
    // Outside the catch below, so a token problem is thrown as it is and never counts as a network failure.
    const authorization = await transport.authorization(controller.signal);
    try {
      const response = await fetchOnce(transport.fetch, request, { body, authorization, signal: controller.signal });
      return { response, body: response.body === null ? null : await response.arrayBuffer() };
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      // Whatever the fetch threw for a timed-out attempt, the TimeoutError is what counts.
      if (controller.signal.aborted) return { error: controller.signal.reason, timedOut: true };
      return { error, timedOut: false };
    }
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function timeoutError(limit: 'timeoutMs' | 'totalTimeoutMs'): DOMException {
  return new DOMException(`${limit} exceeded`, 'TimeoutError');
}

interface SendInit {
  body: ArrayBuffer | undefined;
  authorization: string;
  signal: AbortSignal;
}

/** Sends one attempt. The token is on the request only while it is sent: a fetch error's `cause` may hold the Request. */
async function fetchOnce(
  custom: Fetch | undefined,
  request: Request,
  { body, authorization, signal }: SendInit,
): Promise<Response> {
  const init: RequestInit = body === undefined ? { signal } : { signal, body };
  // The platform's fetch takes the attempt's signal and body as `init`, so it builds the one Request it
  // always builds and no second one here (undici follows the signal of every Request made with one).
  // A fetch given to the client gets everything on the Request, since it may read only its first argument.
  const sent = custom ? new Request(request, init) : request;
  sent.headers.set('Authorization', authorization);
  try {
    return await (custom ? custom(sent) : fetch(sent, init));
  } finally {
    sent.headers.delete('Authorization');
  }
}
