// Webex ids: the API's paths take UUIDs (`format: uuid` in the document), while other Webex APIs hand
// out base64 ids such as `Y2lzY29zcGFyazovL3VzL09SR0FOSVpBVElPTi8…`, the encoding of
// `ciscospark://<region>/<TYPE>/<uuid>`. We accept both and send the UUID; anything else is refused
// before a request is made.

const UUID = /^[\da-f]{8}(-[\da-f]{4}){3}-[\da-f]{12}$/i;
// <region> is any segment without `/` (`us`, and cluster names such as `urn:TEAM:us-east-2_a`).
const WEBEX_ID = /^ciscospark:\/\/[^/]+\/([^/]+)\/(.+)$/;

/** The UUID `value` stands for, as a Webex id of `type`; a TypeError naming `field` otherwise. */
export function toUuid(value: unknown, field: string, type: 'ORGANIZATION' | 'CONTACT'): string {
  // Only a primitive string: a String object or an object whose toString() gives a UUID would pass the
  // tests below by coercion, and openapi-fetch would then write the object itself into the path.
  if (typeof value === 'string') {
    if (UUID.test(value)) return value;
    const uuid = uuidInWebexId(value, type);
    if (uuid !== undefined) return uuid;
  }
  // The value itself is not echoed: a token pasted into the wrong argument must not reach a log.
  throw new TypeError(`${field} must be a UUID or a base64 Webex ${type.toLowerCase()} id`);
}

/** `value` when it is a UUID (group ids: the client knows no base64 form of them); a TypeError naming `field` otherwise. */
export function checkUuid(value: unknown, field: string): string {
  if (typeof value === 'string' && UUID.test(value)) return value;
  throw new TypeError(`${field} must be a UUID`);
}

/** The UUID inside a base64 Webex id of `type`; undefined when `value` is no such id. */
function uuidInWebexId(value: string, type: string): string | undefined {
  let decoded: string;
  try {
    // atob takes the standard alphabet, with or without padding; the URL-safe one is mapped onto it.
    decoded = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return undefined; // not base64
  }
  const [, idType, uuid] = WEBEX_ID.exec(decoded) ?? [];
  return idType === type && uuid !== undefined && UUID.test(uuid) ? uuid : undefined;
}

/**
 * The organization UUID for `orgId`: a UUID as it is, or the UUID inside a base64 Webex organization
 * id (`ciscospark://<region>/ORGANIZATION/<uuid>`). Throws a `TypeError` naming `orgId` otherwise.
 */
export const toOrgUuid = (orgId: string): string => toUuid(orgId, 'orgId', 'ORGANIZATION');

/**
 * The contact UUID for `contactId`: a UUID as it is, or the UUID inside a base64 Webex contact id
 * (`ciscospark://<region>/CONTACT/<uuid>`). Throws a `TypeError` naming `contactId` otherwise.
 */
export const toContactUuid = (contactId: string): string => toUuid(contactId, 'contactId', 'CONTACT');
