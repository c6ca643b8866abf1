// The bearer token: fetched before each attempt, put only on the outgoing request, and taken off that
// request again if the fetch fails (a network error's `cause` may reference the Request).

/** A token, or a function giving the current one (called before each attempt: refresh it there). */
export type TokenSource = string | (() => string | Promise<string>);

export type RequestHeaders = Record<string, string>;

/** The headers of each attempt: `Authorization` and, when given, `User-Agent`. Checks `token` at once. */
export function authHeaders(token: TokenSource, userAgent: string | undefined): () => RequestHeaders | Promise<RequestHeaders> {
  const extra: RequestHeaders = userAgent === undefined ? {} : { 'User-Agent': userAgent };
  if (typeof token === 'string' && token) {
    const headers = { ...extra, Authorization: `Bearer ${token}` };
    return () => headers;
  }
  if (typeof token !== 'function') {
    throw new TypeError('token is required: a non-empty string, or a function returning one');
  }
  return async () => {
    const current = await token();
    if (typeof current !== 'string' || !current) {
      throw new TypeError('token() must return (or resolve to) a non-empty string');
    }
    return { ...extra, Authorization: `Bearer ${current}` };
  };
}

/** `fetch(request)`, removing the token from `request` if it fails, so no error can reveal it. */
export async function fetchForgettingAuth(
  fetch: (request: Request, init?: RequestInit) => Promise<Response>,
  request: Request,
  init?: RequestInit,
): Promise<Response> {
  try {
    return await fetch(request, init);
  } catch (error) {
    request.headers.delete('Authorization');
    throw error;
  }
}
