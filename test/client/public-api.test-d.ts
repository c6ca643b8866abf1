// The public client API as users see it through src/index.ts: what get()/create() take and return, what
// the options allow, and what createContactsApi (`webex-org-contacts/api`) and WebexApiError are typed as. The raw generated schema
// types (enums, misspelt fields) are covered by test/openapi/schema-types.test-d.ts; here only what
// CreateContactInput derives from them (per-source rules, schemas optional, strictness kept). Each
// refused literal carries an expect-error directive, so the file stops compiling if the client's types
// ever become looser.
import type { Client } from 'openapi-fetch';
import { describe, expectTypeOf, it } from 'vitest';
import { createContactsApi } from '../../src/api.js';
import {
  type Contact,
  type ContactSchemaUrn,
  type ContactsClient,
  type ContactsClientOptions,
  type CreateContactInput,
  type components,
  createContactsClient,
  type paths,
  toContactUuid,
  toOrgUuid,
  WebexApiError,
} from '../../src/index.js';
import { contactId, orgId, schemaUrn } from '../fixtures/client.js';

const contacts = createContactsClient({ token: 'token' });
const email = { value: 'frontdesk@example.com', type: 'work' } as const;

describe('get() and create()', () => {
  it('resolve to the generated Contact', () => {
    expectTypeOf(contacts).toEqualTypeOf<ContactsClient>();
    expectTypeOf(contacts.get(orgId, contactId)).toEqualTypeOf<Promise<Contact>>();
    expectTypeOf(contacts.create(orgId, { source: 'CH', emails: [email] })).toEqualTypeOf<Promise<Contact>>();
    expectTypeOf<Contact>().toEqualTypeOf<components['schemas']['Contact']>();
  });

  it('take ids as strings and an optional { signal }', () => {
    const signal = new AbortController().signal;
    expectTypeOf(contacts.get).parameters.toEqualTypeOf<[string, string, { signal?: AbortSignal }?]>();
    void contacts.get(orgId, contactId, { signal });
    void contacts.create(orgId, { source: 'CH', emails: [email] }, { signal });
    // @ts-expect-error an id is a string, not a number
    void contacts.get(42, contactId);
    // @ts-expect-error the only call option is signal
    void contacts.get(orgId, contactId, { timeoutMs: 5 });
    expectTypeOf(toOrgUuid).toEqualTypeOf<(orgId: string) => string>();
    expectTypeOf(toContactUuid).toEqualTypeOf<(contactId: string) => string>();
  });
});

describe('CreateContactInput', () => {
  it('accepts the seed body (test/fixtures/seeds/create-contact.request.json), with and without schemas', () => {
    const seed: CreateContactInput = {
      schemas: schemaUrn,
      displayName: 'John Andersen',
      firstName: 'John',
      lastName: 'Andersen',
      companyName: 'Cisco Systems',
      title: 'GM',
      address: '{"city" : "Milpitas", "country" : "US", "street" : "1099 Bird Ave.", "zipCode" : "99212"}',
      avatarURL: 'https://avatar-prod-us-east-2.webexcontent.com/default_avatar~1600',
      primaryContactMethod: 'SIPADDRESS',
      source: 'Webex4Broadworks',
      emails: [{ value: 'user1@example.home.com', type: 'home', primary: false }],
      phoneNumbers: [{ value: '400 123 1234', type: 'work', primary: true }],
      sipAddresses: [{ value: 'sipAddress value1', type: 'enterprise', primary: true }],
      ims: [{ value: 'aim_account_ID', type: 'aim', primary: true }],
      groupIds: ['9ac175bf-0249-4287-8fb3-e320e525fcf6'],
    };
    void contacts.create(orgId, seed);
    // The same body without schemas: the client fills schemas in.
    const { schemas: _schemas, ...withoutSchemas } = seed;
    void contacts.create(orgId, withoutSchemas);
    void contacts.create(orgId, { source: 'CH', phoneNumbers: [{ value: '400 123 1234' }] });
    void contacts.create(orgId, {
      source: 'CH',
      sipAddresses: [{ value: 'sip:desk@example.com', type: 'cloud-calling' }],
    });
    void contacts.create(orgId, { source: 'Webex4Broadworks', displayName: 'Front Desk' });
  });

  it('keeps schemas optional but a constant', () => {
    expectTypeOf<CreateContactInput['schemas']>().toEqualTypeOf<ContactSchemaUrn | undefined>();
    void contacts.create(orgId, {
      // @ts-expect-error schemas is the one documented URN
      schemas: 'urn:ietf:params:scim:schemas:core:2.0:User',
      source: 'CH',
      emails: [email],
    });
  });

  it('refuses a CH contact that cannot be reached', () => {
    // @ts-expect-error CH needs emails, phoneNumbers or sipAddresses
    void contacts.create(orgId, { source: 'CH', displayName: 'Front Desk' });
    // @ts-expect-error an empty list is no email
    void contacts.create(orgId, { source: 'CH', emails: [] });
    // @ts-expect-error IM accounts do not count
    void contacts.create(orgId, { source: 'CH', ims: [{ value: 'aim_account_ID', type: 'aim' }] });
  });

  it('refuses a Webex4Broadworks contact without displayName', () => {
    // @ts-expect-error displayName is required for this source
    void contacts.create(orgId, { source: 'Webex4Broadworks', emails: [email] });
  });

  it('refuses a missing or undocumented source', () => {
    // @ts-expect-error source says which rule applies
    void contacts.create(orgId, { emails: [email] });
    // @ts-expect-error no rule is a fallback for other sources
    void contacts.create(orgId, { source: 'LDAP', emails: [email] });
  });

  it('stays strict: a misspelt field and the service-assigned contactId are refused', () => {
    // @ts-expect-error dispalyName is not a field (Omit and the intersection keep the excess-property check)
    void contacts.create(orgId, { source: 'Webex4Broadworks', displayName: 'Front Desk', dispalyName: 'x' });
    // @ts-expect-error contactId is assigned by the service
    void contacts.create(orgId, { source: 'CH', emails: [email], contactId });
  });
});

describe('ContactsClientOptions', () => {
  it('takes a token string or a function returning one, sync or async', () => {
    createContactsClient({ token: 'token' });
    createContactsClient({ token: () => 'token' });
    createContactsClient({ token: async () => 'token' });
    // @ts-expect-error token is required
    createContactsClient({});
    // @ts-expect-error a token is a string
    createContactsClient({ token: 42 });
    // @ts-expect-error the function must give a string
    createContactsClient({ token: async () => 42 });
  });

  it('takes retry: false or the retry object, and every documented option', () => {
    const all: ContactsClientOptions = {
      token: 'token',
      baseUrl: 'https://webexapis.com/v1',
      timeoutMs: 30_000,
      totalTimeoutMs: 120_000,
      retry: { maxRetries: 3, maxRetryAfterSeconds: 60, baseDelayMs: 500 },
      fetch: (request, init) => globalThis.fetch(request, init),
      userAgent: 'my-app/1.0',
    };
    createContactsClient(all);
    createContactsClient({ token: 'token', retry: false });
    createContactsClient({ token: 'token', retry: {} });
    // @ts-expect-error retry is false or an object, never true
    createContactsClient({ token: 'token', retry: true });
    // @ts-expect-error maxRetries is a number
    createContactsClient({ token: 'token', retry: { maxRetries: '3' } });
    // @ts-expect-error not a retry option
    createContactsClient({ token: 'token', retry: { retries: 3 } });
  });

  it('refuses unknown options', () => {
    // @ts-expect-error timeout is spelt timeoutMs
    createContactsClient({ token: 'token', timeout: 1000 });
    // @ts-expect-error the bound on a whole call is totalTimeoutMs
    createContactsClient({ token: 'token', deadlineMs: 1000 });
    // @ts-expect-error there is no headers option: the token and User-Agent are the only headers set
    createContactsClient({ token: 'token', headers: { 'X-Custom': '1' } });
  });
});

describe('createContactsApi', () => {
  const api = createContactsApi({ token: 'token' });

  it('is openapi-fetch typed by the generated paths, made from the options of createContactsClient', () => {
    expectTypeOf(api).toEqualTypeOf<Client<paths>>();
    expectTypeOf(createContactsApi).parameter(0).toEqualTypeOf<ContactsClientOptions>();
  });

  it('is not on the typed client: it is an entry point of its own', () => {
    expectTypeOf<ContactsClient>().not.toHaveProperty('api');
  });

  it('types data of GET on the contact path as Contact', async () => {
    const path = '/contacts/organizations/{orgId}/contacts/{contactId}' as const;
    const { data, error } = await api.GET(path, { params: { path: { orgId, contactId } } });
    // openapi-fetch maps the response type, so "is Contact" is checked as assignable both ways.
    expectTypeOf(data).not.toBeAny();
    expectTypeOf(data).toExtend<Contact | undefined>();
    expectTypeOf<Contact>().toExtend<NonNullable<typeof data>>();
    // @ts-expect-error data may be undefined (an error response)
    void data.contactId;
    expectTypeOf(error).not.toBeAny();
    // @ts-expect-error contactId is a required path parameter
    void api.GET(path, { params: { path: { orgId } } });
  });

  it('types POST bodies by the generated request, schemas required', () => {
    const path = '/contacts/organizations/{orgId}/contacts' as const;
    void api.POST(path, { params: { path: { orgId } }, body: { schemas: schemaUrn, source: 'CH', emails: [email] } });
    // @ts-expect-error the raw client sends what it is given: no schemas filled in
    void api.POST(path, { params: { path: { orgId } }, body: { source: 'CH', emails: [email] } });
  });
});

describe('WebexApiError', () => {
  it('is an Error with typed fields', () => {
    const error = new WebexApiError({
      status: 503,
      message: 'Unavailable',
      operationId: 'createContact',
      method: 'POST',
      url: 'https://x',
    });
    expectTypeOf(error).toExtend<Error>();
    expectTypeOf(error.status).toEqualTypeOf<number>();
    expectTypeOf(error.message).toEqualTypeOf<string>();
    expectTypeOf(error.errors).toEqualTypeOf<string[]>();
    expectTypeOf(error.trackingId).toEqualTypeOf<string | undefined>();
    expectTypeOf(error.retryAfter).toEqualTypeOf<number | undefined>();
    expectTypeOf(error.operationId).toEqualTypeOf<string>();
    expectTypeOf(error.method).toEqualTypeOf<string>();
    expectTypeOf(error.url).toEqualTypeOf<string>();
    // @ts-expect-error fields are read-only
    error.status = 200;
  });
});
