// toOrgUuid / toContactUuid: UUIDs pass, base64 Webex ids of the right type give their UUID, nothing else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toContactUuid, toOrgUuid } from '../../src/index.js';
import { base64OrgId, contactId, orgId } from '../fixtures/client.js';

/** The forms a base64 id is found in: standard or URL-safe alphabet, padded or not. */
function encodings(text: string): string[] {
  const standard = btoa(text);
  const urlSafe = standard.replace(/\+/g, '-').replace(/\//g, '_');
  return [standard, standard.replace(/=+$/, ''), urlSafe, urlSafe.replace(/=+$/, '')];
}

describe('toOrgUuid', () => {
  it('returns a UUID as it is', () => {
    expect(toOrgUuid(orgId)).toBe(orgId);
    expect(toOrgUuid(orgId.toUpperCase())).toBe(orgId.toUpperCase());
  });

  it('decodes the Webex example id', () => {
    // The documented prefix Y2lzY29zcGFyazovL is "ciscospark://".
    expect(toOrgUuid('Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi9kMjM3MzZhYy04MDU1LTQzM2UtYjg1YS0wZmM1NWM5NmVhZDk')).toBe(
      orgId,
    );
  });

  it('decodes every base64 form of any organization id, in any region', () => {
    fc.assert(
      fc.property(fc.uuid(), fc.constantFrom('us', 'eu', 'urn:TEAM:us-east-2_a'), (uuid, region) => {
        for (const encoded of encodings(`ciscospark://${region}/ORGANIZATION/${uuid}`)) {
          expect(toOrgUuid(encoded)).toBe(uuid);
        }
      }),
    );
  });

  it.each([
    ['a base64 id of another type', btoa(`ciscospark://us/PEOPLE/${orgId}`)],
    ['a base64 id without a UUID', btoa('ciscospark://us/ORGANIZATION/acme')],
    ['a base64 id with a path after the UUID', btoa(`ciscospark://us/ORGANIZATION/${orgId}/x`)],
    ['base64 of something else', btoa(orgId)],
    ['a path', `../${orgId}`],
    ['an empty string', ''],
    ['a truncated UUID', orgId.slice(0, -1)],
  ])('refuses %s, naming orgId and what it expects', (_, value) => {
    expect(() => toOrgUuid(value)).toThrow(new TypeError('orgId must be a UUID or a base64 Webex organization id'));
  });

  it.each([null, undefined, 42, {}])('refuses %j, which is not a string', (value) => {
    expect(() => toOrgUuid(value as unknown as string)).toThrow(
      new TypeError('orgId must be a UUID or a base64 Webex organization id'),
    );
  });

  it.each([
    ['a String object', new String(orgId)],
    ['an object whose toString() gives the UUID', { toString: () => orgId }],
    ['a String object holding a base64 id', new String(base64OrgId)],
  ])('refuses %s: only a primitive string is an id', (_, value) => {
    expect(() => toOrgUuid(value as unknown as string)).toThrow(
      new TypeError('orgId must be a UUID or a base64 Webex organization id'),
    );
  });
});

describe('toContactUuid', () => {
  it('returns a UUID as it is and decodes a base64 CONTACT id', () => {
    expect(toContactUuid(contactId)).toBe(contactId);
    for (const encoded of encodings(`ciscospark://us/CONTACT/${contactId}`))
      expect(toContactUuid(encoded)).toBe(contactId);
  });

  it('refuses an organization id, naming contactId', () => {
    expect(() => toContactUuid(base64OrgId)).toThrow(
      new TypeError('contactId must be a UUID or a base64 Webex contact id'),
    );
  });
});
