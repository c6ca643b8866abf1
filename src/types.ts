// The public data types, all derived from generated/schema.d.ts: nothing here restates the document.
import type { components } from '../generated/schema.js';

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
