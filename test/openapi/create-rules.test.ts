// The Create a Contact rules live in the schema. This table holds bodies that keep and break each rule
// against the bundled document with a JSON Schema 2020-12 validator (Ajv), the way any consumer would.
import { describe, expect, it } from 'vitest';
import { validateSchema } from '../fixtures/schema.js';
import createRequest from '../fixtures/seeds/create-contact.request.json' with { type: 'json' };

const schemas = 'urn:cisco:codev:identity:contact:core:1.0';
const email = { value: 'frontdesk@example.com', type: 'work', primary: true };
const phone = { value: '+1 408 555 0100', type: 'mobile' };
const sip = { value: 'frontdesk@example.webex.com', type: 'enterprise' };

const valid: [string, unknown][] = [
  ['the Webex reference request (Webex4Broadworks, every field)', createRequest],
  ['CH with one email', { schemas, source: 'CH', emails: [email] }],
  ['CH with one phone number', { schemas, source: 'CH', phoneNumbers: [phone] }],
  ['CH with one SIP address', { schemas, source: 'CH', sipAddresses: [sip] }],
  ['CH with all three', { schemas, source: 'CH', emails: [email], phoneNumbers: [phone], sipAddresses: [sip] }],
  ['CH with an empty email list but a phone number', { schemas, source: 'CH', emails: [], phoneNumbers: [phone] }],
  ['Webex4Broadworks with only a displayName', { schemas, source: 'Webex4Broadworks', displayName: 'Front Desk' }],
  ['an entry with only its value', { schemas, source: 'CH', emails: [{ value: 'a@example.com' }] }],
  [
    'every IM type',
    {
      schemas,
      source: 'CH',
      emails: [email],
      ims: ['aim', 'xmpp-fed-jid', 'microsoft-sip-uri'].map((type) => ({ value: 'x', type })),
    },
  ],
  [
    'every phone type',
    {
      schemas,
      source: 'CH',
      phoneNumbers: ['work', 'home', 'mobile', 'work_extension', 'fax', 'pager', 'other'].map((type) => ({
        value: '1',
        type,
      })),
    },
  ],
  ['a group contact', { schemas, source: 'CH', emails: [email], groupIds: ['9ac175bf-0249-4287-8fb3-e320e525fcf6'] }],
];

// [what breaks, body, the keyword or property an error must name]
const invalid: [string, unknown, RegExp][] = [
  ['no schemas', { source: 'CH', emails: [email] }, /schemas/],
  ['a different schemas URN', { schemas: 'urn:other', source: 'CH', emails: [email] }, /const/],
  ['no source', { schemas, emails: [email] }, /source/],
  ['an unknown source', { schemas, source: 'LDAP', emails: [email] }, /const|source/],
  [
    'CH with no email, phone or SIP address',
    { schemas, source: 'CH', displayName: 'Front Desk' },
    /emails|phoneNumbers|sipAddresses/,
  ],
  [
    'CH with only empty lists',
    { schemas, source: 'CH', emails: [], phoneNumbers: [], sipAddresses: [] },
    /minItems|fewer than 1/,
  ],
  [
    'CH with only an IM address',
    { schemas, source: 'CH', ims: [{ value: 'x', type: 'aim' }] },
    /emails|phoneNumbers|sipAddresses/,
  ],
  ['Webex4Broadworks without displayName', { schemas, source: 'Webex4Broadworks', emails: [email] }, /displayName/],
  [
    'Webex4Broadworks with an empty displayName',
    { schemas, source: 'Webex4Broadworks', displayName: '' },
    /displayName|minLength|fewer than 1/,
  ],
  [
    'a misspelt top-level field',
    { schemas, source: 'Webex4Broadworks', displayName: 'x', dispalyName: 'y' },
    /unevaluated/,
  ],
  [
    'a response-only field (contactId)',
    { schemas, source: 'CH', emails: [email], contactId: '6847ee0f-5e9c-4403-9f0e-0aa8552f7829' },
    /unevaluated/,
  ],
  [
    'a misspelt field in an email',
    { schemas, source: 'CH', emails: [{ value: 'a@example.com', primry: true }] },
    /additional/,
  ],
  [
    'an email type outside the enum',
    { schemas, source: 'CH', emails: [{ value: 'a@example.com', type: 'personal' }] },
    /enum/,
  ],
  ['a phone type outside the enum', { schemas, source: 'CH', phoneNumbers: [{ value: '1', type: 'cell' }] }, /enum/],
  [
    'a SIP type the responses use but requests may not (work)',
    { schemas, source: 'CH', sipAddresses: [{ value: 'x', type: 'work' }] },
    /enum/,
  ],
  [
    'an IM type outside the enum (work)',
    { schemas, source: 'CH', emails: [email], ims: [{ value: 'x', type: 'work' }] },
    /enum/,
  ],
  [
    'a primaryContactMethod outside the enum',
    { schemas, source: 'CH', emails: [email], primaryContactMethod: 'FAX' },
    /enum/,
  ],
  ['an email entry without value', { schemas, source: 'CH', emails: [{ type: 'work' }] }, /value/],
  ['an email value that is no address', { schemas, source: 'CH', emails: [{ value: 'not an address' }] }, /format/],
  ['a groupId that is no UUID', { schemas, source: 'CH', emails: [email], groupIds: ['group-1'] }, /format/],
  ['an avatarURL that is no URI', { schemas, source: 'CH', emails: [email], avatarURL: 'not a uri' }, /format/],
  ['displayName of the wrong type', { schemas, source: 'Webex4Broadworks', displayName: 42 }, /type/],
  ['emails not a list', { schemas, source: 'CH', emails: email }, /type/],
  ['primary not a boolean', { schemas, source: 'CH', emails: [{ value: 'a@example.com', primary: 'yes' }] }, /type/],
  ['not an object', [createRequest], /type/],
];

describe('CreateContactRequest accepts', () => {
  it.each(valid)('%s', (_name, body) => {
    const { valid, errors } = validateSchema('CreateContactRequest', body);
    expect(errors).toEqual([]);
    expect(valid).toBe(true);
  });
});

describe('CreateContactRequest refuses', () => {
  it.each(invalid)('%s', (_name, body, named) => {
    const { valid, errors } = validateSchema('CreateContactRequest', body);
    expect(valid).toBe(false);
    const said = errors
      .map((e) => `${e.instancePath} ${e.keyword} ${e.message} ${JSON.stringify(e.params)}`)
      .join('\n');
    expect(said).toMatch(named);
  });
});

describe('Contact (responses) is tolerant', () => {
  const base = {
    schemas,
    contactId: '6847ee0f-5e9c-4403-9f0e-0aa8552f7829',
    orgId: 'd23736ac-8055-433e-b85a-0fc55c96ead9',
    source: 'CH',
  };
  it('accepts enum values and fields the service may add later', () => {
    const body = {
      ...base,
      source: 'LDAP',
      primaryContactMethod: 'TEAMS',
      emails: [{ value: 'a@example.com', type: 'alias' }],
      sipAddresses: [{ value: 'sip:x', type: 'work' }],
      ims: [{ value: 'x', type: 'work' }],
      phoneNumbers: [{ value: '1', type: 'satellite' }],
      newFieldFromTheFuture: { nested: true },
    };
    expect(validateSchema('Contact', body)).toEqual({ valid: true, errors: [] });
  });
  it('still refuses a response without contactId or with a malformed one', () => {
    const { contactId: _omitted, ...withoutId } = base;
    expect(validateSchema('Contact', withoutId).valid).toBe(false);
    expect(validateSchema('Contact', { ...base, contactId: 'nope' }).valid).toBe(false);
  });
});
