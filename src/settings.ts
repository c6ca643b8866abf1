// The options both factories take (createContactsClient, and createContactsApi at
// `webex-org-contacts/api`), checked at once and turned into what a client sends with: one place, so
// the two check and send alike.
import { removeTrailingSlash } from 'openapi-fetch';
import { authorization, type TokenSource } from './auth.js';
import { type RetryOptions, retryPolicy } from './retry-policy.js';
import type { Fetch, Transport } from './send.js';

export interface ContactsClientOptions {
  /** A bearer token, or a function returning the current one, called before each attempt. */
  token: TokenSource;
  /** Default `https://webexapis.com/v1`. `http:` is accepted for loopback hosts only. */
  baseUrl?: string;
  /** The limit of each attempt, in ms, reading the answer included. Default 30000. */
  timeoutMs?: number;
  /** The limit of a whole call, in ms: its attempts and the waits between them. Default 120000. */
  totalTimeoutMs?: number;
  /** Default `{ maxRetries: 3, maxRetryAfterSeconds: 60, baseDelayMs: 500 }`; `false` sends once. */
  retry?: RetryOptions | false;
  /** The fetch to send with. Default `globalThis.fetch`. */
  fetch?: Fetch;
  /** Sent as `User-Agent` where the platform allows it (browsers drop it). */
  userAgent?: string;
}

/** The options, checked: what every request of a client is sent with. */
export interface ClientSettings {
  readonly transport: Transport;
  /** Without a trailing slash, as openapi-fetch keeps it. */
  readonly baseUrl: string;
  /** The headers of every request but the token (the User-Agent). */
  readonly headers: Record<string, string>;
}

// The document's server. The runtime must not load the bundled document; a test holds the two equal.
const DEFAULT_BASE_URL = 'https://webexapis.com/v1';

/** Checks the options, throwing a TypeError that names the option, before anything is sent. */
export function clientSettings(options: ContactsClientOptions): ClientSettings {
  const settings: Partial<ContactsClientOptions> = options ?? {};
  const {
    baseUrl = DEFAULT_BASE_URL,
    timeoutMs = 30_000,
    totalTimeoutMs = 120_000,
    retry,
    fetch,
    userAgent,
  } = settings;
  const transport: Transport = {
    authorization: authorization(settings.token as TokenSource),
    policy: retryPolicy(retry, { timeoutMs, totalTimeoutMs }),
    fetch: checkFetch(fetch),
  };
  checkBaseUrl(baseUrl);
  const headers: Record<string, string> = userAgent === undefined ? {} : { 'User-Agent': userAgent };
  return { transport, baseUrl: removeTrailingSlash(baseUrl), headers };
}

const HTTPS = /^https:\/\//i;
const LOOPBACK_HTTP = /^http:\/\/(localhost|127(\.\d+){3}|\[::1\])(:\d+)?(\/|$)/i;

/**
 * Plain http would carry the token in clear: only to this machine. Checked on the text, so that nothing
 * the URL parser forgives (a tab, a backslash, userinfo) can widen it; and parsed, so that a malformed
 * URL fails here and not at the first request (where a GET would be retried as a network failure).
 */
function checkBaseUrl(baseUrl: unknown): void {
  if (typeof baseUrl === 'string' && (HTTPS.test(baseUrl) || LOOPBACK_HTTP.test(baseUrl)) && URL.canParse(baseUrl))
    return;
  throw new TypeError('baseUrl must be https: (http: only for localhost, 127.x.x.x or [::1])');
}

function checkFetch(fetch: unknown): Fetch | undefined {
  if (fetch === undefined || typeof fetch === 'function') return fetch as Fetch | undefined;
  throw new TypeError('fetch must be a function');
}
