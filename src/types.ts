// The public data types, all derived from generated/schema.d.ts: nothing here restates the document.
import type { components, operations } from '../generated/schema.js';

export type { components, operations, paths } from '../generated/schema.js';

/** A contact as the service returns it (`#/components/schemas/Contact`). */
export type Contact = components['schemas']['Contact'];

/** The body of Create a Contact (`#/components/schemas/CreateContactRequest`). */
export type CreateContactRequest = components['schemas']['CreateContactRequest'];

/** The one value `schemas` may take (`#/components/schemas/ContactSchemaUrn`). */
export type ContactSchemaUrn = components['schemas']['ContactSchemaUrn'];

/**
 * What `create()` takes: `CreateContactRequest` with `schemas` optional (the client fills it in).
 * Distributive over the union, so each source keeps its own rule at compile time.
 */
export type CreateContactInput = CreateContactRequest extends infer Body
  ? Body extends unknown
    ? Omit<Body, 'schemas'> & { schemas?: ContactSchemaUrn }
    : never
  : never;

/** The body of Update a Contact (`#/components/schemas/UpdateContactRequest`). */
export type UpdateContactRequest = components['schemas']['UpdateContactRequest'];

/** What `update()` takes: `UpdateContactRequest` with `schemas` optional (the client fills it in). */
export type UpdateContactInput = Omit<UpdateContactRequest, 'schemas'> & { schemas?: ContactSchemaUrn };

/** What `list()` takes: List Contacts' query parameters (`limit` is the page size). */
export type ListContactsQuery = NonNullable<operations['listContacts']['parameters']['query']>;

/** One page of List Contacts (`#/components/schemas/ContactList`). */
export type ContactList = components['schemas']['ContactList'];

/** One item of Bulk Create or Update Contacts: an update (with `contactId`) or a create (`#/components/schemas/BulkContactItem`). */
export type BulkContactItem = components['schemas']['BulkContactItem'];

/** What `bulkCreateOrUpdate()` takes: the request's `contacts`, at least one. */
export type BulkContactItems = components['schemas']['BulkContactsRequest']['contacts'];

/** Why one bulk item failed, as Webex says it (`#/components/schemas/BulkContactFailure`). */
export type BulkContactFailure = components['schemas']['BulkContactFailure'];

/** The answer to Bulk Create or Update Contacts, as sent (`#/components/schemas/BulkContactsResult`). */
export type BulkContactsResult = components['schemas']['BulkContactsResult'];

/** What `bulkDelete()` takes: the contacts' ids, at least one. */
export type BulkDeleteContactIds = components['schemas']['BulkDeleteContactsRequest']['objectIds'];
