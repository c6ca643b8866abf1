// The public API of webex-org-contacts. The contract helpers live at `webex-org-contacts/contract`, the
// raw openapi-fetch client at `webex-org-contacts/api` (api.ts): never imported here, so it is not in
// the bundle of an app that does not use it.

export type { TokenSource } from './auth.js';
export type { BulkResult } from './bulk.js';
export type { ContactsClient } from './client.js';
export { createContactsClient } from './client.js';
export type { WebexApiErrorInit } from './errors.js';
export { WebexApiError } from './errors.js';
export type { CallOptions } from './operation.js';
export type { RetryOptions } from './retry-policy.js';
export type { Fetch } from './send.js';
export type { ContactsClientOptions } from './settings.js';
export type {
  BulkContactFailure,
  BulkContactItem,
  BulkContactItems,
  BulkContactsResult,
  BulkDeleteContactIds,
  Contact,
  ContactList,
  ContactSchemaUrn,
  CreateContactInput,
  CreateContactRequest,
  components,
  ListContactsQuery,
  operations,
  paths,
  UpdateContactInput,
  UpdateContactRequest,
} from './types.js';
export { toContactUuid, toOrgUuid } from './webex-id.js';
