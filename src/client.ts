// createContactsClient: a typed method per operation of the document, plus the raw openapi-fetch client as `api`.
// Each method checks its arguments before anything is sent, then builds, sends and reads its request
// the same way (operation.ts).
import { removeTrailingSlash, type Client } from 'openapi-fetch';
import { createApiClient } from './api.js';
import { authorization, type TokenSource } from './auth.js';
import { checkNonEmptyList, checkObject, listQuery } from './arguments.js';
import { bulkResult, type BulkResult } from './bulk.js';
import { listContacts, type Pages } from './list.js';
import { jsonObjectIn, sendOperation, type CallOptions, type OperationAnswer } from './operation.js';
import { buildRequest, type RequestTarget } from './request.js';
import { retryPolicy, type RetryOptions } from './retry-policy.js';
import type { Fetch, Transport } from './send.js';
import type {
  BulkContactItems,
  BulkDeleteContactIds,
  Contact,
  ContactSchemaUrn,
  CreateContactInput,
  ListContactsQuery,
  paths,
  UpdateContactInput,
} from './types.js';
import { toContactUuid, toOrgUuid, toUuid } from './webex-id.js';

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
  /** Update a Contact (`updateContact`): only the fields given change; `schemas` is filled in when left out. */
  update(orgId: string, contactId: string, changes: UpdateContactInput, options?: CallOptions): Promise<Contact>;
  /** Delete a Contact (`deleteContact`). */
  delete(orgId: string, contactId: string, options?: CallOptions): Promise<void>;
  /** List Contacts (`listContacts`): every match, page by page, as the iteration asks for them. */
  list(orgId: string, query?: ListContactsQuery, options?: CallOptions): AsyncIterable<Contact>;
  /** Bulk Create or Update Contacts (`bulkCreateOrUpdateContacts`): what became of each item. */
  bulkCreateOrUpdate(orgId: string, items: BulkContactItems, options?: CallOptions): Promise<BulkResult>;
  /** Bulk Delete Contacts (`bulkDeleteContacts`). */
  bulkDelete(orgId: string, contactIds: BulkDeleteContactIds, options?: CallOptions): Promise<void>;
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
const SEARCH = '/contacts/organizations/{orgId}/contacts/search';
const BULK = '/contacts/organizations/{orgId}/contacts/bulk';
const BULK_DELETE = '/contacts/organizations/{orgId}/contacts/bulk/delete';

export function createContactsClient(options: ContactsClientOptions): ContactsClient {
  const settings: Partial<ContactsClientOptions> = options ?? {};
  const { baseUrl = DEFAULT_BASE_URL, timeoutMs = 30_000, totalTimeoutMs = 120_000, retry, fetch, userAgent } = settings;
  const transport: Transport = {
    authorization: authorization(settings.token as TokenSource),
    policy: retryPolicy(retry, { timeoutMs, totalTimeoutMs }),
    fetch: checkFetch(fetch),
  };
  checkBaseUrl(baseUrl);
  const headers: Record<string, string> = userAgent === undefined ? {} : { 'User-Agent': userAgent };
  // The typed methods build their requests themselves (request.ts), so what a user adds with
  // `contacts.api.use()` changes `api` only.
  const target: RequestTarget = { baseUrl: removeTrailingSlash(baseUrl), headers };
  const pages: Pages = { transport, origin: new URL(baseUrl).origin, headers };

  return {
    async get(orgId, contactId, callOptions) {
      const path = { orgId: toOrgUuid(orgId), contactId: toContactUuid(contactId) };
      const request = buildRequest(target, { path: CONTACT, method: 'get', params: { path } });
      return contactIn(await sendOperation(transport, 'getContact', request, callOptions));
    },

    async create(orgId, input, callOptions) {
      const path = { orgId: toOrgUuid(orgId) };
      checkObject('input', input);
      // `??`, not a spread default: `schemas: undefined` (valid TypeScript for most users) is filled in too.
      const body = { ...input, schemas: input.schemas ?? CONTACT_SCHEMA };
      const request = buildRequest(target, { path: CONTACTS, method: 'post', params: { path }, body });
      return contactIn(await sendOperation(transport, 'createContact', request, callOptions));
    },

    async update(orgId, contactId, changes, callOptions) {
      const path = { orgId: toOrgUuid(orgId), contactId: toContactUuid(contactId) };
      checkObject('changes', changes);
      const body = { ...changes, schemas: changes.schemas ?? CONTACT_SCHEMA };
      const request = buildRequest(target, { path: CONTACT, method: 'patch', params: { path }, body });
      return contactIn(await sendOperation(transport, 'updateContact', request, callOptions));
    },

    async delete(orgId, contactId, callOptions) {
      const path = { orgId: toOrgUuid(orgId), contactId: toContactUuid(contactId) };
      const request = buildRequest(target, { path: CONTACT, method: 'delete', params: { path } });
      // A 404 after an attempt that may have deleted the contact is a success: the contact is gone either way.
      await sendOperation(transport, 'deleteContact', request, { ...callOptions, notFoundMeansDone: true });
    },

    list(orgId, query, callOptions) {
      // Checked and built at the iteration's first step, like every page after it: list() never throws.
      const firstPage = () => {
        const params = { path: { orgId: toOrgUuid(orgId) }, query: listQuery(query) };
        return buildRequest(target, { path: SEARCH, method: 'get', params });
      };
      return listContacts(pages, firstPage, callOptions);
    },

    async bulkCreateOrUpdate(orgId, items, callOptions) {
      const path = { orgId: toOrgUuid(orgId) };
      checkNonEmptyList('items', items);
      for (const [index, item] of items.entries()) checkObject(`items[${index}]`, item);
      const body = { schemas: CONTACT_SCHEMA, contacts: items };
      const request = buildRequest(target, { path: BULK, method: 'post', params: { path }, body });
      return bulkResult(items, jsonObjectIn(await sendOperation(transport, 'bulkCreateOrUpdateContacts', request, callOptions)));
    },

    async bulkDelete(orgId, contactIds, callOptions) {
      const path = { orgId: toOrgUuid(orgId) };
      checkNonEmptyList('contactIds', contactIds);
      const objectIds = contactIds.map((id, index) => toUuid(id, `contactIds[${index}]`, 'CONTACT')) as BulkDeleteContactIds;
      const body = { schemas: CONTACT_SCHEMA, objectIds };
      const request = buildRequest(target, { path: BULK_DELETE, method: 'post', params: { path }, body });
      await sendOperation(transport, 'bulkDeleteContacts', request, callOptions);
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

const HTTPS = /^https:\/\//i;
const LOOPBACK_HTTP = /^http:\/\/(localhost|127(\.\d+){3}|\[::1\])(:\d+)?(\/|$)/i;

/**
 * Plain http would carry the token in clear: only to this machine. Checked on the text, so that nothing
 * the URL parser forgives (a tab, a backslash, userinfo) can widen it; and parsed, so that a malformed
 * URL fails here and not at the first request (where a GET would be retried as a network failure).
 */
function checkBaseUrl(baseUrl: unknown): void {
  if (typeof baseUrl === 'string' && (HTTPS.test(baseUrl) || LOOPBACK_HTTP.test(baseUrl)) && URL.canParse(baseUrl)) return;
  throw new TypeError('baseUrl must be https: (http: only for localhost, 127.x.x.x or [::1])');
}

function checkFetch(fetch: unknown): Fetch | undefined {
  if (fetch === undefined || typeof fetch === 'function') return fetch as Fetch | undefined;
  throw new TypeError('fetch must be a function');
}

