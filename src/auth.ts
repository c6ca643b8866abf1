// The bearer token: fetched before each attempt, put only on the outgoing request, and taken off that
// request again if the fetch fails (see client.ts: a network error's `cause` may reference the Request).

/** A token, or a function giving the current one (called before each attempt: refresh it there). */
export type TokenSource = string | (() => string | Promise<string>);

/** The `Authorization` value of each attempt. Checks `token` at once, and what a token function gives. */
export function bearer(token: TokenSource): () => Promise<string> {
  const check = (value: unknown) => {
    if (!value || typeof value !== 'string') throw new TypeError('token must be (or return) a non-empty string');
    return `Bearer ${value}`;
  };
  if (typeof token !== 'function') check(token);
  return async () => check(typeof token === 'function' ? await token() : token);
}
