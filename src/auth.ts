// The bearer token: checked before anything is sent, and asked for before each attempt. No error here
// holds the token: it is a secret wherever the message ends up.
import { abortable } from './sleep.js';

/** A token, or a function giving the current one (called before each attempt: refresh it there). */
export type TokenSource = string | (() => string | Promise<string>);

/** The `Authorization` value of one attempt; a token function still pending when `signal` aborts is not waited for. */
export type Authorization = (signal: AbortSignal) => string | Promise<string>;

/** Checks a token string at once; a token function's value is checked each time it gives one. */
export function authorization(token: TokenSource): Authorization {
  if (typeof token !== 'function') {
    const header = bearerHeader(token);
    return () => header;
  }
  return (signal) => {
    const value = token();
    if (typeof value === 'string') return bearerHeader(value);
    return abortable(value, signal).then(bearerHeader);
  };
}

function bearerHeader(token: unknown): string {
  if (typeof token !== 'string' || token === '') throw new TypeError('token must be (or return) a non-empty string');
  // Copied from a header or a curl line: sent as `Bearer Bearer abc`, the server would refuse it as invalid.
  if (/^bearer\s/i.test(token)) throw new TypeError('token must be the token alone, without "Bearer "');
  // CR, LF or NUL would make fetch throw a TypeError quoting the header, token and all; a space or a
  // character outside ASCII is in no bearer token (RFC 6750).
  if (!/^[\x21-\x7e]+$/.test(token))
    throw new TypeError('token must hold only visible ASCII characters (no spaces or control characters)');
  return `Bearer ${token}`;
}
