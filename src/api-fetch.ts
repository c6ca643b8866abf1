// The `fetch` behind `contacts.api`: the same auth and retry policy as get()/create(), as a wrapper
// openapi-fetch calls with its finished Request. Each attempt sends a clone, since a body can be read
// only once; that copy is why get()/create() do not go through here (see retry.ts).
import { fetchForgettingAuth, type RequestHeaders } from './auth.js';
import { withRetries, type RetryPolicy } from './retry.js';

export type Fetch = (request: Request, init?: RequestInit) => Promise<Response>;

export function retryingFetch(
  fetch: Fetch,
  headers: () => RequestHeaders | Promise<RequestHeaders>,
  policy: RetryPolicy,
  timeoutMs: number,
): Fetch {
  return async (request, init) => {
    const { response } = await withRetries(policy, request.method, timeoutMs, request.signal, async (signal) => {
      const current = await headers();
      const attempt = new Request(request.clone(), { signal: either(signal, request.signal) });
      for (const name in current) attempt.headers.set(name, current[name]!);
      return { response: await fetchForgettingAuth(fetch, attempt, init) };
    });
    return response;
  };
}

// The attempt's signal stops following the caller's once the response headers are in, but openapi-fetch
// reads the body after that: the caller's signal must still cancel it. (AbortSignal.any is too recent
// for some browsers this package supports.)
function either(attempt: AbortSignal, caller: AbortSignal): AbortSignal {
  if (attempt.aborted || caller.aborted) return attempt.aborted ? attempt : caller;
  const controller = new AbortController();
  attempt.addEventListener('abort', () => controller.abort(attempt.reason), { once: true });
  caller.addEventListener('abort', () => controller.abort(caller.reason), { once: true });
  return controller.signal;
}
