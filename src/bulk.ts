// What a Bulk Create or Update answer says about each item sent. Webex answers item by item:
// `contacts[i]` is the contact made from item i (or null), and each `failedContacts` entry names a failed
// item by its 0-based index in the request, as a string (`"1"`). The result accounts for every item:
// one the answer says nothing about is reported as such, never dropped.
import { isJsonObject, type JsonObject } from './json.js';
import type { BulkContactFailure, BulkContactItem, BulkContactItems, Contact } from './types.js';

export interface BulkResult {
  /** The items created or updated, each with its contact as the answer gives it. */
  done: { index: number; item: BulkContactItem; contact: Contact }[];
  /** The items that failed, each with Webex's `failedContacts` entry (`errorCode`, `errorMessage`, `statusCode`). */
  failed: { index: number; item: BulkContactItem; failure: BulkContactFailure }[];
  /** The items the answer says nothing about (neither a contact nor a failure): treat them as not done. */
  unknown: { index: number; item: BulkContactItem }[];
  /**
   * `failedContacts` entries whose `id` names no item of the request (missing, not an index, out of
   * range, or naming an item already named): the item they are about is among `unknown`.
   */
  unmatchedFailures: BulkContactFailure[];
}

/** Ties the answer `body` (a JSON object) to the `items` sent. */
export function bulkResult(items: BulkContactItems, body: JsonObject): BulkResult {
  const contacts = Array.isArray(body.contacts) ? body.contacts : [];
  const failures = Array.isArray(body.failedContacts) ? body.failedContacts : [];
  const result: BulkResult = { done: [], failed: [], unknown: [], unmatchedFailures: [] };

  const failureByIndex = new Map<number, BulkContactFailure>();
  for (const failure of failures) {
    const index = isJsonObject(failure) ? itemIndex(failure.id, items.length) : undefined;
    if (index === undefined || failureByIndex.has(index)) result.unmatchedFailures.push(failure as BulkContactFailure);
    else failureByIndex.set(index, failure as BulkContactFailure);
  }

  items.forEach((item, index) => {
    // A failure wins over a contact at the same index: the answer contradicts itself, and "not done" is the safe reading.
    const failure = failureByIndex.get(index);
    const contact: unknown = contacts[index];
    if (failure) result.failed.push({ index, item, failure });
    else if (isJsonObject(contact)) result.done.push({ index, item, contact: contact as Contact });
    else result.unknown.push({ index, item });
  });
  return result;
}

/** The item index a failure's `id` names: a whole number below `count`, as a string (or, read tolerantly, a number). */
function itemIndex(id: unknown, count: number): number | undefined {
  let index: number;
  if (typeof id === 'string' && /^\d+$/.test(id)) index = Number(id);
  else if (typeof id === 'number') index = id;
  else return undefined;
  return Number.isInteger(index) && index >= 0 && index < count ? index : undefined;
}
