// Webex ids: the API's paths take UUIDs (`format: uuid` in the document), while other Webex APIs hand
// out base64 ids such as `Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8…`, the encoding of
// `ciscospark://<region>/<TYPE>/<uuid>`. We accept both and send the UUID; anything else is refused
// before a request is made.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// <region> is any segment without `/` (`us`, and cluster names such as `urn:TEAM:us-east-2_a`).
const WEBEX_ID = /^ciscospark:\/\/[^/]+\/([A-Z_]+)\/([^/]+)$/;
const BASE64 = /^[A-Za-z0-9+/_-]+={0,2}$/;

function toUuid(field: string, type: string, noun: string, value: unknown): string {
  if (typeof value === 'string') {
    if (UUID.test(value)) return value;
    const decoded = decodeBase64(value);
    const match = decoded === undefined ? null : WEBEX_ID.exec(decoded);
    if (match && match[1] === type && UUID.test(match[2]!)) return match[2]!;
  }
  // The value itself is not echoed: a token pasted into the wrong argument must not reach a log.
  throw new TypeError(
    `${field} must be a UUID (e.g. d23736ac-8055-433e-b85a-0fc55c96ead9) or a base64 Webex ${noun} id ` +
      `(ciscospark://<region>/${type}/<uuid>, standard or URL-safe alphabet, padding optional); ` +
      `got ${typeof value === 'string' ? 'a string that is neither' : typeof value}`,
  );
}

function decodeBase64(value: string): string | undefined {
  if (!BASE64.test(value)) return undefined;
  const standard = value.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  try {
    return atob(standard + '='.repeat((4 - (standard.length % 4)) % 4));
  } catch {
    return undefined;
  }
}

/**
 * The organization UUID for `orgId`: a UUID as it is, or the UUID inside a base64 Webex organization
 * id (`ciscospark://<region>/ORGANIZATION/<uuid>`). Throws a `TypeError` naming `orgId` otherwise.
 */
export function toOrgUuid(orgId: string): string {
  return toUuid('orgId', 'ORGANIZATION', 'organization', orgId);
}

/**
 * The contact UUID for `contactId`: a UUID as it is, or the UUID inside a base64 Webex contact id
 * (`ciscospark://<region>/CONTACT/<uuid>`). Throws a `TypeError` naming `contactId` otherwise.
 */
export function toContactUuid(contactId: string): string {
  return toUuid('contactId', 'CONTACT', 'contact', contactId);
}
