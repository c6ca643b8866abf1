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
      const attempt = new Request(request.clone(), { signal });
      for (const name in current) attempt.headers.set(name, current[name]!);
      return { response: await fetchForgettingAuth(fetch, attempt, init) };
    });
    return response;
  };
}
