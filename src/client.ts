// createContactsClient: a typed method per operation of the document. The raw openapi-fetch client is
// `createContactsApi`, an entry point of its own (`webex-org-contacts/api`), so only apps using it pay for it.
// Each method checks its arguments before anything is sent, then builds, sends and reads its request
// the same way (operation.ts).
import { checkNonEmptyList, checkObject, listQuery } from './arguments.js';
import { type BulkResult, bulkResult } from './bulk.js';
import { listContacts, type Pages } from './list.js';
import { type CallOptions, jsonObjectIn, type OperationAnswer, sendOperation } from './operation.js';
import { buildRequest } from './request.js';
import { type ContactsClientOptions, clientSettings } from './settings.js';
import type {
  BulkContactItems,
  BulkDeleteContactIds,
  Contact,
  ContactSchemaUrn,
  CreateContactInput,
  ListContactsQuery,
  UpdateContactInput,
} from './types.js';
import { toContactUuid, toOrgUuid, toUuid } from './webex-id.js';

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
}

// Typed by the generated constant, so a change in the document breaks compilation here.
const CONTACT_SCHEMA: ContactSchemaUrn = 'urn:cisco:codev:identity:contact:core:1.0';

// The paths, checked against the generated `paths` where they are used.
const CONTACTS = '/contacts/organizations/{orgId}/contacts';
const CONTACT = '/contacts/organizations/{orgId}/contacts/{contactId}';
const SEARCH = '/contacts/organizations/{orgId}/contacts/search';
const BULK = '/contacts/organizations/{orgId}/contacts/bulk';
const BULK_DELETE = '/contacts/organizations/{orgId}/contacts/bulk/delete';

export function createContactsClient(options: ContactsClientOptions): ContactsClient {
  const settings = clientSettings(options);
  const { transport, headers } = settings;
  const pages: Pages = { transport, origin: new URL(settings.baseUrl).origin, headers };

  return {
    async get(orgId, contactId, callOptions) {
      const path = { orgId: toOrgUuid(orgId), contactId: toContactUuid(contactId) };
      const request = buildRequest(settings, { path: CONTACT, method: 'get', params: { path } });
      return contactIn(await sendOperation(transport, 'getContact', request, callOptions));
    },

    async create(orgId, input, callOptions) {
      const path = { orgId: toOrgUuid(orgId) };
      checkObject('input', input);
      // `??`, not a spread default: `schemas: undefined` (valid TypeScript for most users) is filled in too.
      const body = { ...input, schemas: input.schemas ?? CONTACT_SCHEMA };
      const request = buildRequest(settings, { path: CONTACTS, method: 'post', params: { path }, body });
      return contactIn(await sendOperation(transport, 'createContact', request, callOptions));
    },

    async update(orgId, contactId, changes, callOptions) {
      const path = { orgId: toOrgUuid(orgId), contactId: toContactUuid(contactId) };
      checkObject('changes', changes);
      const body = { ...changes, schemas: changes.schemas ?? CONTACT_SCHEMA };
      const request = buildRequest(settings, { path: CONTACT, method: 'patch', params: { path }, body });
      return contactIn(await sendOperation(transport, 'updateContact', request, callOptions));
    },

    async delete(orgId, contactId, callOptions) {
      const path = { orgId: toOrgUuid(orgId), contactId: toContactUuid(contactId) };
      const request = buildRequest(settings, { path: CONTACT, method: 'delete', params: { path } });
      // A 404 after an attempt that may have deleted the contact is a success: the contact is gone either way.
      await sendOperation(transport, 'deleteContact', request, { ...callOptions, notFoundMeansDone: true });
    },

    list(orgId, query, callOptions) {
      // Checked and built at the iteration's first step, like every page after it: list() never throws.
      const firstPage = () => {
        const params = { path: { orgId: toOrgUuid(orgId) }, query: listQuery(query) };
        return buildRequest(settings, { path: SEARCH, method: 'get', params });
      };
      return listContacts(pages, firstPage, callOptions);
    },

    async bulkCreateOrUpdate(orgId, items, callOptions) {
      const path = { orgId: toOrgUuid(orgId) };
      checkNonEmptyList('items', items);
      for (const [index, item] of items.entries()) checkObject(`items[${index}]`, item);
      const body = { schemas: CONTACT_SCHEMA, contacts: items };
      const request = buildRequest(settings, { path: BULK, method: 'post', params: { path }, body });
      return bulkResult(
        items,
        jsonObjectIn(await sendOperation(transport, 'bulkCreateOrUpdateContacts', request, callOptions)),
      );
    },

    async bulkDelete(orgId, contactIds, callOptions) {
      const path = { orgId: toOrgUuid(orgId) };
      checkNonEmptyList('contactIds', contactIds);
      const objectIds = contactIds.map((id, index) =>
        toUuid(id, `contactIds[${index}]`, 'CONTACT'),
      ) as BulkDeleteContactIds;
      const body = { schemas: CONTACT_SCHEMA, objectIds };
      const request = buildRequest(settings, { path: BULK_DELETE, method: 'post', params: { path }, body });
      await sendOperation(transport, 'bulkDeleteContacts', request, callOptions);
    },
  };
}

/**
 * The contact a 2xx answer holds: a JSON object, else a WebexApiError (an array is no contact). Its fields
 * are not checked here: that is what the validators of `webex-org-contacts/contract` are for.
 */
function contactIn(answer: OperationAnswer): Contact {
  return jsonObjectIn(answer) as Contact;
}
