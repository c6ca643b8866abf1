// Checks of what a method is given, made before anything is sent; each error names the argument and the
// rule, and none echoes the value (it could be a token pasted in the wrong place).
import { isJsonObject, type JsonObject } from './json.js';
import type { ListContactsQuery } from './types.js';
import { checkUuid } from './webex-id.js';

/** Refuses `null`, a list or a primitive where a method takes an object. */
export function checkObject(name: string, value: unknown): asserts value is JsonObject {
  if (!isJsonObject(value)) throw new TypeError(`${name} must be an object`);
}

/** Refuses anything but a list with at least one item (the document's `minItems: 1`). */
export function checkNonEmptyList(name: string, value: unknown): asserts value is unknown[] {
  if (!Array.isArray(value) || value.length === 0) throw new TypeError(`${name} must be a list with at least one item`);
}

/**
 * The query `list()` sends: only its four parameters, each checked where a wrong value would make a
 * wrong request (a comma inside a group id would split it; `limit=1.5` is no page size).
 */
export function listQuery(query: ListContactsQuery | undefined): ListContactsQuery {
  if (query === undefined) return {};
  checkObject('query', query);
  const { keyword, source, limit, groupIds } = query;
  // Copied one by one, so that a key the document does not define is never sent.
  const sent: ListContactsQuery = {};
  if (keyword !== undefined) {
    if (typeof keyword !== 'string') throw new TypeError('query.keyword must be a string');
    sent.keyword = keyword;
  }
  if (source !== undefined) sent.source = source;
  if (limit !== undefined) {
    if (!Number.isInteger(limit) || limit < 1) throw new TypeError('query.limit must be an integer of at least 1');
    sent.limit = limit;
  }
  if (groupIds !== undefined) {
    checkNonEmptyList('query.groupIds', groupIds);
    for (const [index, id] of groupIds.entries()) checkUuid(id, `query.groupIds[${index}]`);
    sent.groupIds = groupIds;
  }
  return sent;
}
