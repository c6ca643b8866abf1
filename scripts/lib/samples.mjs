// The document's own example request, as the scripts show it to a reader: the example ids, the path
// of Get a Contact with them, and a curl to paste. Read from the bundled document, so they follow it.
import { readFileSync } from 'node:fs';
import { bundledDocument } from './paths.mjs';

const { components, paths } = JSON.parse(readFileSync(bundledDocument, 'utf8'));
/** The document's own example ids: what the mock answers with its examples. */
export const sampleIds = { orgId: components.parameters.orgId.example, contactId: components.parameters.contactId.example };
// Get a Contact (its template in the document) with those ids: the readiness probe and the printed curl use it.
export const sampleContactPath = Object.keys(paths)
  .find((path) => paths[path].get?.operationId === 'getContact')
  .replace(/\{(\w+)\}/g, (_, name) => sampleIds[name]);

/**
 * A ready-to-paste curl for Get a Contact at `url`, with the document's own example ids. The token is a
 * placeholder the mock accepts, or with `tokenVariable` that environment variable (double-quoted, so the
 * shell expands it and the token itself is never printed). `showHeaders`: curl -i, e.g. to see sl-violations.
 */
export function curlExample(url, { tokenVariable, showHeaders = false } = {}) {
  const header = tokenVariable ? `"Authorization: Bearer $${tokenVariable}"` : `'Authorization: Bearer any-token'`;
  return `curl ${showHeaders ? '-i ' : ''}-H ${header} ${url}${sampleContactPath}`;
}
