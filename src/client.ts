// createContactsClient: a typed method per operation, plus the raw openapi-fetch client as `api`.
// Each method checks its arguments before anything is sent, then builds, sends and reads its request
// the same way (operation.ts).
import createClient, { type Client } from 'openapi-fetch';
import { createApiClient } from './api.js';
import { authorization, type TokenSource } from './auth.js';
import { isJsonObject } from './json.js';
import { buildRequest, jsonObjectIn, sendOperation, type CallOptions, type OperationAnswer } from './operation.js';
import { retryPolicy, type RetryOptions } from './retry-policy.js';
import type { Fetch, Transport } from './send.js';
import type { Contact, ContactSchemaUrn, CreateContactInput, paths } from './types.js';
import { toContactUuid, toOrgUuid } from './webex-id.js';

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

export interface ContactsClient {
  /** Get a Contact (`getContact`). */
  get(orgId: string, contactId: string, options?: CallOptions): Promise<Contact>;
  /** Create a Contact (`createContact`); `schemas` is filled in when left out. */
  create(orgId: string, input: CreateContactInput, options?: CallOptions): Promise<Contact>;
  /** The underlying openapi-fetch client, with the same token, time limits and retries. */
  readonly api: Client<paths>;
}

// The document's server. The runtime must not load the bundled document; a test holds the two equal.
const DEFAULT_BASE_URL = 'https://webexapis.com/v1';
// Typed by the generated constant, so a change in the document breaks compilation here.
const CONTACT_SCHEMA: ContactSchemaUrn = 'urn:cisco:codev:identity:contact:core:1.0';

// The paths, checked against the generated `paths` where they are used.
const CONTACTS = '/contacts/organizations/{orgId}/contacts';
const CONTACT = '/contacts/organizations/{orgId}/contacts/{contactId}';

export function createContactsClient(options: ContactsClientOptions): ContactsClient {
  const settings: Partial<ContactsClientOptions> = options ?? {};
  const { baseUrl = DEFAULT_BASE_URL, timeoutMs = 30_000, totalTimeoutMs = 120_000, retry, fetch, userAgent } = settings;
  const transport: Transport = {
    authorization: authorization(settings.token as TokenSource),
    policy: retryPolicy(retry, { timeoutMs, totalTimeoutMs }),
    fetch: checkFetch(fetch),
  };
  checkBaseUrl(baseUrl);
  // Without a value (no `userAgent`), openapi-fetch leaves the header out.
  const headers = { 'User-Agent': userAgent };
  // The typed methods' requests are built by a client of their own, with no middleware: what a user adds
  // with `contacts.api.use()` changes `api` only.
  const requests = createClient<paths>({ baseUrl, headers });

  return {
    async get(orgId, contactId, callOptions) {
      const path = { orgId: toOrgUuid(orgId), contactId: toContactUuid(contactId) };
      const request = await buildRequest((fetch) => requests.GET(CONTACT, { params: { path }, fetch }));
      return contactIn(await sendOperation(transport, 'getContact', request, callOptions));
    },

    async create(orgId, input, callOptions) {
      const path = { orgId: toOrgUuid(orgId) };
      checkObject('input', input);
      // `??`, not a spread default: `schemas: undefined` (valid TypeScript for most users) is filled in too.
      const body = { ...input, schemas: input.schemas ?? CONTACT_SCHEMA };
      const request = await buildRequest((fetch) => requests.POST(CONTACTS, { params: { path }, body, fetch }));
      return contactIn(await sendOperation(transport, 'createContact', request, callOptions));
    },

    api: createApiClient(transport, { baseUrl, headers }),
  };
}

/**
 * The contact a 2xx answer holds: a JSON object, else a WebexApiError (an array is no contact). Its fields
 * are not checked here: that is what the validators of `webex-org-contacts/contract` are for.
 */
function contactIn(answer: OperationAnswer): Contact {
  return jsonObjectIn(answer) as Contact;
}

/**
 * Plain http would carry the token in clear: only to this machine. Checked on the text, so that nothing
 * the URL parser forgives (a tab, a backslash, userinfo) can widen it; and parsed, so that a malformed
 * URL fails here and not at the first request (where a GET would be retried as a network failure).
 */
function checkBaseUrl(baseUrl: unknown): void {
  const https = typeof baseUrl === 'string' && /^https:\/\//i.test(baseUrl);
  const loopbackHttp = typeof baseUrl === 'string' && /^http:\/\/(localhost|127(\.\d+){3}|\[::1\])(:\d+)?(\/|$)/i.test(baseUrl);
  if ((https || loopbackHttp) && URL.canParse(baseUrl as string)) return;
  throw new TypeError('baseUrl must be https: (http: only for localhost, 127.x.x.x or [::1])');
}

function checkFetch(fetch: unknown): Fetch | undefined {
  if (fetch === undefined || typeof fetch === 'function') return fetch as Fetch | undefined;
  throw new TypeError('fetch must be a function');
}

/** Refuses `null`, a list or a primitive where a method takes an object, naming the argument. */
function checkObject(name: string, value: unknown): void {
  if (!isJsonObject(value)) throw new TypeError(`${name} must be an object`);
}
