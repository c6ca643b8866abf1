// The types of update(), delete(), list(), bulkCreateOrUpdate() and bulkDelete(): what each takes and
// gives, all from the generated types. Each refused call carries an expect-error directive, so the file
// stops compiling if a method's types ever become looser than the document.
import { describe, expectTypeOf, it } from 'vitest';
import {
  type BulkContactFailure,
  type BulkContactItem,
  type BulkResult,
  type CallOptions,
  type Contact,
  type components,
  createContactsClient,
  type ListContactsQuery,
  type operations,
  type UpdateContactInput,
} from '../../src/index.js';
import { contactId, orgId, schemaUrn } from '../fixtures/client.js';

const contacts = createContactsClient({ token: 'token' });
const email = { value: 'frontdesk@example.com', type: 'work' } as const;
const groupId = '9ac175bf-0249-4287-8fb3-e320e525fcf6';

describe('update()', () => {
  it('takes the generated UpdateContactRequest, schemas optional, and resolves to Contact', () => {
    expectTypeOf(contacts.update(orgId, contactId, { source: 'CH', title: 'GM' })).toEqualTypeOf<Promise<Contact>>();
    expectTypeOf<UpdateContactInput['schemas']>().toEqualTypeOf<
      components['schemas']['ContactSchemaUrn'] | undefined
    >();
    void contacts.update(orgId, contactId, { schemas: schemaUrn, source: 'Webex4Broadworks', groupIds: [] });
    void contacts.update(orgId, contactId, {
      source: 'CH',
      phoneNumbers: [{ value: '400 123 1234', operation: 'delete' }],
    });
  });

  it('refuses changes the API would refuse', () => {
    // @ts-expect-error source is required in an update
    void contacts.update(orgId, contactId, { title: 'GM' });
    void contacts.update(orgId, contactId, {
      source: 'CH',
      // @ts-expect-error delete is the only phone number operation
      phoneNumbers: [{ value: '400 123 1234', operation: 'add' }],
    });
    // @ts-expect-error contactId is in the path, not the body
    void contacts.update(orgId, contactId, { source: 'CH', contactId });
    // @ts-expect-error dispalyName is not a field
    void contacts.update(orgId, contactId, { source: 'CH', dispalyName: 'x' });
    // @ts-expect-error schemas is the one documented URN
    void contacts.update(orgId, contactId, { source: 'CH', schemas: 'urn:ietf:params:scim:schemas:core:2.0:User' });
  });
});

describe('delete()', () => {
  it('takes two ids and resolves to nothing', () => {
    expectTypeOf(contacts.delete(orgId, contactId)).toEqualTypeOf<Promise<void>>();
    expectTypeOf(contacts.delete).parameters.toEqualTypeOf<[string, string, CallOptions?]>();
    // @ts-expect-error the contact id is required
    void contacts.delete(orgId);
  });
});

describe('list()', () => {
  it('is an async iterable of Contact, with the generated query', () => {
    expectTypeOf(contacts.list(orgId)).toEqualTypeOf<AsyncIterable<Contact>>();
    expectTypeOf<ListContactsQuery>().toEqualTypeOf<NonNullable<operations['listContacts']['parameters']['query']>>();
    void contacts.list(orgId, { keyword: 'Zhang', source: 'CH', limit: 50, groupIds: [groupId] });
    void contacts.list(orgId, undefined, { signal: new AbortController().signal });
  });

  it('refuses a query the API would refuse', async () => {
    // @ts-expect-error limit is a number
    void contacts.list(orgId, { limit: '50' });
    // @ts-expect-error groupIds needs at least one id
    void contacts.list(orgId, { groupIds: [] });
    // @ts-expect-error groupIds is a list, not a comma-separated string
    void contacts.list(orgId, { groupIds: groupId });
    // @ts-expect-error source is CH or Webex4Broadworks
    void contacts.list(orgId, { source: 'LDAP' });
    // @ts-expect-error there is no start parameter: pages come from the Link header
    void contacts.list(orgId, { start: 100 });
    // @ts-expect-error a listing is iterated, not awaited as a list
    const listed: Contact[] = await contacts.list(orgId);
    void listed;
  });
});

describe('bulkCreateOrUpdate()', () => {
  it('takes the generated bulk items, at least one, and resolves to a BulkResult tied to them', () => {
    const result = contacts.bulkCreateOrUpdate(orgId, [
      { source: 'CH', emails: [email] },
      { source: 'Webex4Broadworks', displayName: 'Front Desk' },
      { contactId, source: 'CH', title: 'GM' },
    ]);
    expectTypeOf(result).toEqualTypeOf<Promise<BulkResult>>();
    expectTypeOf<BulkResult['done'][number]>().toEqualTypeOf<{
      index: number;
      item: BulkContactItem;
      contact: Contact;
    }>();
    expectTypeOf<BulkResult['failed'][number]>().toEqualTypeOf<{
      index: number;
      item: BulkContactItem;
      failure: BulkContactFailure;
    }>();
    expectTypeOf<BulkResult['unknown'][number]>().toEqualTypeOf<{ index: number; item: BulkContactItem }>();
    expectTypeOf<BulkContactFailure>().toEqualTypeOf<components['schemas']['BulkContactFailure']>();
  });

  it('refuses items the API would refuse', () => {
    // @ts-expect-error at least one item
    void contacts.bulkCreateOrUpdate(orgId, []);
    // @ts-expect-error a new CH contact needs emails, phoneNumbers or sipAddresses
    void contacts.bulkCreateOrUpdate(orgId, [{ source: 'CH', displayName: 'Front Desk' }]);
    // @ts-expect-error a new Webex4Broadworks contact needs displayName
    void contacts.bulkCreateOrUpdate(orgId, [{ source: 'Webex4Broadworks', emails: [email] }]);
    // @ts-expect-error items carry no groupIds
    void contacts.bulkCreateOrUpdate(orgId, [{ contactId, source: 'CH', groupIds: [groupId] }]);
    // @ts-expect-error items carry no schemas: the request has it once
    void contacts.bulkCreateOrUpdate(orgId, [{ contactId, source: 'CH', schemas: schemaUrn }]);
  });
});

describe('bulkDelete()', () => {
  it('takes at least one id and resolves to nothing', () => {
    expectTypeOf(contacts.bulkDelete(orgId, [contactId])).toEqualTypeOf<Promise<void>>();
    // @ts-expect-error at least one id
    void contacts.bulkDelete(orgId, []);
    // @ts-expect-error ids are strings
    void contacts.bulkDelete(orgId, [42]);
    // @ts-expect-error a list, not one id
    void contacts.bulkDelete(orgId, contactId);
  });
});
