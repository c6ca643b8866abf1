// The generated types enforce the Create rules at compile time: every literal below that the API
// would refuse carries @ts-expect-error, so the file stops compiling if a rule ever goes missing.
import { describe, expectTypeOf, it } from 'vitest';
import type { components, operations, paths } from '../../generated/schema.js';

type CreateContactRequest = components['schemas']['CreateContactRequest'];
type Contact = components['schemas']['Contact'];
const schemas = 'urn:cisco:codev:identity:contact:core:1.0' as const;
const email = { value: 'frontdesk@example.com', type: 'work' } as const;

describe('CreateContactRequest', () => {
  it('accepts what the API accepts', () => {
    const ch: CreateContactRequest = { schemas, source: 'CH', emails: [email] };
    const chPhone: CreateContactRequest = {
      schemas,
      source: 'CH',
      phoneNumbers: [{ value: '1', type: 'work_extension' }],
    };
    const chSip: CreateContactRequest = {
      schemas,
      source: 'CH',
      sipAddresses: [{ value: 'x', type: 'cloud-calling' }],
    };
    const bw: CreateContactRequest = { schemas, source: 'Webex4Broadworks', displayName: 'Front Desk' };
    const full: CreateContactRequest = {
      schemas,
      source: 'Webex4Broadworks',
      displayName: 'John Andersen',
      primaryContactMethod: 'SIPADDRESS',
      emails: [{ value: 'user1@example.home.com', type: 'home', primary: false }],
      ims: [{ value: 'aim_account_ID', type: 'aim', primary: true }],
      groupIds: ['9ac175bf-0249-4287-8fb3-e320e525fcf6'],
    };
    expectTypeOf([ch, chPhone, chSip, bw, full]).toEqualTypeOf<CreateContactRequest[]>();
  });

  it('refuses a CH contact with no email, phone number or SIP address', () => {
    // @ts-expect-error no way to reach the contact
    const none: CreateContactRequest = { schemas, source: 'CH', displayName: 'Front Desk' };
    // @ts-expect-error an empty list is no email
    const empty: CreateContactRequest = { schemas, source: 'CH', emails: [] };
    // @ts-expect-error IM addresses do not count
    const imOnly: CreateContactRequest = { schemas, source: 'CH', ims: [{ value: 'x', type: 'aim' }] };
    void [none, empty, imOnly];
  });

  it('refuses a Webex4Broadworks contact without displayName', () => {
    // @ts-expect-error displayName is required for this source
    const bw: CreateContactRequest = { schemas, source: 'Webex4Broadworks', emails: [email] };
    void bw;
  });

  it('refuses missing schemas or source, and unknown sources', () => {
    // @ts-expect-error schemas is required
    const noSchemas: CreateContactRequest = { source: 'CH', emails: [email] };
    // @ts-expect-error source is required
    const noSource: CreateContactRequest = { schemas, emails: [email] };
    // @ts-expect-error not a documented source
    const ldap: CreateContactRequest = { schemas, source: 'LDAP', emails: [email] };
    // @ts-expect-error schemas is a constant
    const urn: CreateContactRequest = { schemas: 'urn:other', source: 'CH', emails: [email] };
    void [noSchemas, noSource, ldap, urn];
  });

  it('refuses values outside the enums', () => {
    // @ts-expect-error `work` is a response-only SIP type
    const sip: CreateContactRequest = { schemas, source: 'CH', sipAddresses: [{ value: 'x', type: 'work' }] };
    const mail: CreateContactRequest = {
      schemas,
      source: 'CH',
      // @ts-expect-error not an email type
      emails: [{ value: 'a@example.com', type: 'personal' }],
    };
    // @ts-expect-error not a contact method
    const method: CreateContactRequest = { schemas, source: 'CH', emails: [email], primaryContactMethod: 'FAX' };
    void [sip, mail, method];
  });

  it('refuses misspelt fields', () => {
    // @ts-expect-error dispalyName is not a field
    const top: CreateContactRequest = { schemas, source: 'Webex4Broadworks', displayName: 'x', dispalyName: 'y' };
    // @ts-expect-error primry is not a field of an email
    const nested: CreateContactRequest = { schemas, source: 'CH', emails: [{ value: 'a@example.com', primry: true }] };
    // @ts-expect-error contactId is assigned by the service
    const responseOnly: CreateContactRequest = { schemas, source: 'CH', emails: [email], contactId: 'x' };
    void [top, nested, responseOnly];
  });
});

describe('Contact (response)', () => {
  it('is tolerant of enum values the service adds, and always has its ids', () => {
    expectTypeOf<NonNullable<Contact['sipAddresses']>[number]['type']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Contact['source']>().toEqualTypeOf<string>();
    expectTypeOf<Contact['contactId']>().toEqualTypeOf<string>();
    expectTypeOf<Contact['orgId']>().toEqualTypeOf<string>();
  });
});

describe('operations', () => {
  it('are named getContact and createContact, with their paths', () => {
    expectTypeOf<operations['getContact']['parameters']['path']>().toEqualTypeOf<{
      orgId: string;
      contactId: string;
    }>();
    expectTypeOf<operations['createContact']['requestBody']>().toEqualTypeOf<{
      content: { 'application/json': CreateContactRequest };
    }>();
    expectTypeOf<paths['/contacts/organizations/{orgId}/contacts/{contactId}']['get']>().toEqualTypeOf<
      operations['getContact']
    >();
    expectTypeOf<operations['getContact']['responses'][200]['content']['application/json']>().toEqualTypeOf<Contact>();
    expectTypeOf<
      operations['createContact']['responses'][201]['content']['application/json']
    >().toEqualTypeOf<Contact>();
  });
});
