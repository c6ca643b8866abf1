// The document's own example request, as the scripts show it to a reader: the example ids, the path
// of Get a Contact with them, and a curl to paste. Read from the bundled document, so they follow it.
import { readFileSync } from 'node:fs';
import { bundledDocument } from './paths.mjs';

/**
 * The parts of the bundled document read here.
 * @typedef {object} SampleSource
 * @property {{ parameters: Record<'orgId' | 'contactId', { example: string }> }} components
 * @property {Record<string, { get?: { operationId?: string } }>} paths
 */
const { components, paths } = /** @type {SampleSource} */ (JSON.parse(readFileSync(bundledDocument, 'utf8')));
/** The document's own example ids: what the mock answers with its examples. */
export const sampleIds = {
  orgId: components.parameters.orgId.example,
  contactId: components.parameters.contactId.example,
};
// Get a Contact (its template in the document) with those ids: the readiness probe and the printed curl use it.
// Typed as found: without Get a Contact in the document this import throws; its template names only these ids.
export const sampleContactPath = /** @type {string} */ (
  Object.keys(paths).find((path) => paths[path]?.get?.operationId === 'getContact')
).replace(/\{(\w+)\}/g, (_, /** @type {keyof typeof sampleIds} */ name) => sampleIds[name]);

/**
 * A ready-to-paste curl for Get a Contact at `url`, with the document's own example ids. The token is a
 * placeholder the mock accepts, or with `tokenVariable` that environment variable (double-quoted, so the
 * shell expands it and the token itself is never printed). `showHeaders`: curl -i, e.g. to see sl-violations.
 * @param {string} url
 * @param {{ tokenVariable?: string, showHeaders?: boolean }} [options]
 */
export function curlExample(url, { tokenVariable, showHeaders = false } = {}) {
  const header = tokenVariable ? `"Authorization: Bearer $${tokenVariable}"` : `'Authorization: Bearer any-token'`;
  return `curl ${showHeaders ? '-i ' : ''}-H ${header} ${url}${sampleContactPath}`;
}
