// createContactsClient: typed get() and create() over openapi-fetch, plus the raw client as `api`.
import createClient from 'openapi-fetch';
import type { Client } from 'openapi-fetch';
import { bearer, type TokenSource } from './auth.js';
import { apiError } from './errors.js';
import { retryPolicy, withRetries, type RetryOptions } from './retry.js';
import type { Contact, ContactSchemaUrn, CreateContactInput, operations, paths } from './types.js';
import { toContactUuid, toOrgUuid } from './webex-id.js';

export type Fetch = (request: Request, init?: RequestInit) => Promise<Response>;

export interface ContactsClientOptions {
  /** A bearer token, or a function returning the current one, called before each attempt. */
  token: TokenSource;
  /** Default `https://webexapis.com/v1`. `http:` is accepted for loopback hosts only. */
  baseUrl?: string;
  /** The limit of each attempt, in ms. Default 30000. */
  timeoutMs?: number;
  /** Default `{ maxRetries: 3, maxRetryAfterSeconds: 60, baseDelayMs: 500 }`; `false` sends once. */
  retry?: RetryOptions | false;
  /** The fetch to send with. Default `globalThis.fetch`. */
  fetch?: Fetch;
  /** Sent as `User-Agent` where the platform allows it (browsers drop it). */
  userAgent?: string;
}

export interface CallOptions {
  /** Aborts the request in flight and any wait before a retry; the call rejects with its reason. */
  signal?: AbortSignal;
}

export interface ContactsClient {
  /** Get a Contact (`getContact`). */
  get(orgId: string, contactId: string, options?: CallOptions): Promise<Contact>;
  /** Create a Contact (`createContact`); `schemas` is filled in when left out. */
  create(orgId: string, input: CreateContactInput, options?: CallOptions): Promise<Contact>;
  /** The underlying openapi-fetch client, with the same auth, timeout and retries. */
  readonly api: Client<paths>;
}

// The document's server. The runtime must not load the bundled document; a test holds the two equal.
const DEFAULT_BASE_URL = 'https://webexapis.com/v1';
// Typed by the generated constant, so a change in the document breaks compilation here.
const CONTACT_SCHEMA: ContactSchemaUrn = 'urn:cisco:codev:identity:contact:core:1.0';

type Result = { data?: unknown; error?: unknown; response: Response };

export function createContactsClient(options: ContactsClientOptions): ContactsClient {
  const { token, baseUrl = DEFAULT_BASE_URL, timeoutMs = 30_000, userAgent, retry, fetch: custom } = Object(options) as ContactsClientOptions;
  const auth = bearer(token);
  // Plain http would carry the token in clear: only to this machine. Checked on the text, so that nothing
  // the URL parser forgives (a tab, a backslash, userinfo) can widen it; and parsed, so that a malformed
  // URL fails here and not at the first request (where a GET would be retried as a network failure).
  if (!(/^(https:\/\/|http:\/\/(localhost|127(\.\d+){3}|\[::1\])(:\d+)?(\/|$))/i.test(baseUrl) && URL.canParse(baseUrl))) {
    throw new TypeError('baseUrl must be https: (http: only for localhost, 127.x.x.x or [::1])');
  }
  const policy = retryPolicy(retry, timeoutMs);

  /**
   * One attempt's send, for get()/create() and `api` alike; the token is taken off again on failure.
   * With an `operationId` (get()/create()), a failure other than the attempt's abort (timeout or caller:
   * the loop throws its reason) is a network failure, a WebexApiError; `api` rethrows it as it is.
   */
  async function sendAttempt(request: Request, signal: AbortSignal, operationId?: string): Promise<Response> {
    // The platform's fetch gets each attempt's signal in its init, a custom fetch on the Request (where any
    // fetch looks). Why: undici follows a signal given to `new Request()` (a listener, a WeakRef, a finalizer)
    // and fetch() follows the Request's signal again; openapi-fetch's Request built without one skips the
    // first. Measured with `npm run bench`: create() at 1.16x bare openapi-fetch under 64 in flight before.
    if (custom) request = new Request(request, { signal });
    request.headers.set('Authorization', await auth());
    try {
      // `fetch` looked up at each call, so that a fetch replaced later (a test, a service worker shim) is used.
      return await (custom ? custom(request) : fetch(request, { signal }));
    } catch (cause) {
      request.headers.delete('Authorization');
      throw operationId && !signal.aborted ? apiError(operationId, request, undefined, undefined, cause) : cause;
    }
  }

  // `contacts.api`: its fetch runs the same loop around each send. Each attempt sends a clone, since a
  // body can be read only once. openapi-fetch reads the body after this fetch returns: the caller's signal
  // (on the Request) must still cancel that, hence `followAfter`. Without a value (no `userAgent`),
  // openapi-fetch leaves the header out.
  const client = createClient<paths>({
    baseUrl,
    headers: { 'User-Agent': userAgent },
    fetch: (request: Request) =>
      withRetries(policy, request.method, request.signal, (signal) => sendAttempt(request.clone(), signal), true),
  });

  /**
   * get()/create(): re-issues the typed call from the loop (no copy of the request); that call's fetch is
   * one attempt. openapi-fetch reads 2xx bodies as text here, so that one that is not JSON is an answer
   * (never retried) and becomes a WebexApiError below, not a SyntaxError.
   */
  async function send(
    operationId: keyof operations,
    method: 'GET' | 'POST',
    path: keyof paths,
    params: Record<string, string>,
    body: unknown,
    signal: AbortSignal | undefined,
  ): Promise<Contact> {
    let request!: Request; // the last attempt's
    const run = (attempt: AbortSignal): Promise<Result> =>
      // `path` is a key of `paths`, so a typo fails to compile; `request()` is given it and the method loosely (and
      // upper-cases the method itself).
      client.request(method as 'post', path as '/contacts/organizations/{orgId}/contacts', {
        params: { path: params as { orgId: string } },
        body: body as CreateContactInput & { schemas: ContactSchemaUrn },
        parseAs: 'text',
        fetch: (sent: Request) => sendAttempt((request = sent), attempt, operationId),
      });
    let { data, error, response } = await withRetries(policy, method, signal, run);
    if (response.ok) {
      try {
        data = JSON.parse(data as string);
      } catch {
        // Not JSON: an error below.
      }
      // A JSON object (or array); anything else from a 2xx is an error too.
      if (Object(data) === data) return data as Contact;
    }
    throw apiError(operationId, request, response, error);
  }

  return {
    async get(orgId, contactId, callOptions) {
      const path = { orgId: toOrgUuid(orgId), contactId: toContactUuid(contactId) };
      return send('getContact', 'GET', '/contacts/organizations/{orgId}/contacts/{contactId}', path, undefined, callOptions?.signal);
    },
    async create(orgId, input, callOptions) {
      // `??`, not a spread default: `schemas: undefined` (valid TypeScript for most users) is filled in too.
      const body = { ...input, schemas: input.schemas ?? CONTACT_SCHEMA };
      return send('createContact', 'POST', '/contacts/organizations/{orgId}/contacts', { orgId: toOrgUuid(orgId) }, body, callOptions?.signal);
    },
    api: client,
  };
}
