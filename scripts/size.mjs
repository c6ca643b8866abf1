// npm run size: what createContactsClient adds to a browser bundle. esbuild bundles a consumer making
// each of the seven calls for the browser, minified and tree-shaken, beside the same consumer of bare
// openapi-fetch and of axios, and prints min and gzip (level 9) bytes. Fails when ours is over the
// budget or pulls in the OpenAPI document, a Node builtin, or a polyfill: a browser user would pay for each.
// The raw openapi-fetch client (`webex-org-contacts/api`) is an entry point of its own, outside the
// budget: its rows show what an app that imports it pays, alone and beside the typed client; the same
// browser rules hold for it.
import { bundleForBrowser, forbiddenInputs } from './lib/browser-bundle.mjs';

/** @import { BrowserBundle } from './lib/browser-bundle.mjs' */

/** Issue 14: the whole client, every operation, at most 5.5 kB min+gzip. */
const BUDGET_GZIP = 5632;

const OURS = 'createContactsClient (ours)';
const BARE = 'openapi-fetch (bare)';
const API = 'createContactsApi (webex-org-contacts/api; no budget)';
const BOTH = 'both entries in one app (no budget)';

const typedCalls = `
    import { createContactsClient } from './src/index.ts';
    const contacts = createContactsClient({ token: () => sessionStorage.getItem('token') });
    export const get = (orgId, contactId) => contacts.get(orgId, contactId);
    export const create = (orgId, input) => contacts.create(orgId, input);
    export const update = (orgId, contactId, changes) => contacts.update(orgId, contactId, changes);
    export const remove = (orgId, contactId) => contacts.delete(orgId, contactId);
    export const list = (orgId, query) => contacts.list(orgId, query);
    export const bulk = (orgId, items) => contacts.bulkCreateOrUpdate(orgId, items);
    export const bulkDelete = (orgId, contactIds) => contacts.bulkDelete(orgId, contactIds);`;

/**
 * The seven calls on an openapi-fetch client: bare openapi-fetch's, or the one createContactsApi makes.
 * @param {string} client The expression that makes the client.
 * @param {string} [prefix] Before each export's name, so that two sets of calls can share a bundle.
 */
const rawCalls = (client, prefix = '') => `
    const client = ${client};
    const one = '/contacts/organizations/{orgId}/contacts/{contactId}';
    export const ${prefix}get = (orgId, contactId) => client.GET(one, { params: { path: { orgId, contactId } } });
    export const ${prefix}create = (orgId, body) => client.POST('/contacts/organizations/{orgId}/contacts', { params: { path: { orgId } }, body });
    export const ${prefix}update = (orgId, contactId, body) => client.PATCH(one, { params: { path: { orgId, contactId } }, body });
    export const ${prefix}remove = (orgId, contactId) => client.DELETE(one, { params: { path: { orgId, contactId } } });
    export const ${prefix}list = (orgId, query) => client.GET('/contacts/organizations/{orgId}/contacts/search', { params: { path: { orgId }, query } });
    export const ${prefix}bulk = (orgId, body) => client.POST('/contacts/organizations/{orgId}/contacts/bulk', { params: { path: { orgId } }, body });
    export const ${prefix}bulkDelete = (orgId, body) => client.POST('/contacts/organizations/{orgId}/contacts/bulk/delete', { params: { path: { orgId } }, body });`;
const apiClient = `createContactsApi({ token: () => sessionStorage.getItem('token') })`;

// Each bundle makes every call of the API once: the seven operations (BOTH makes them on each client).
const consumers = {
  [OURS]: typedCalls,
  [BARE]: `
    import createClient from 'openapi-fetch';
    ${rawCalls(`createClient({ baseUrl: 'https://webexapis.com/v1', headers: { Authorization: 'Bearer ' + sessionStorage.getItem('token') } })`)}`,
  'axios (for reference)': `
    import axios from 'axios';
    const client = axios.create({ baseURL: 'https://webexapis.com/v1', headers: { Authorization: 'Bearer ' + sessionStorage.getItem('token') } });
    const contacts = (orgId) => '/contacts/organizations/' + orgId + '/contacts';
    export const get = (orgId, contactId) => client.get(contacts(orgId) + '/' + contactId);
    export const create = (orgId, body) => client.post(contacts(orgId), body);
    export const update = (orgId, contactId, body) => client.patch(contacts(orgId) + '/' + contactId, body);
    export const remove = (orgId, contactId) => client.delete(contacts(orgId) + '/' + contactId);
    export const list = (orgId, params) => client.get(contacts(orgId) + '/search', { params });
    export const bulk = (orgId, body) => client.post(contacts(orgId) + '/bulk', body);
    export const bulkDelete = (orgId, body) => client.post(contacts(orgId) + '/bulk/delete', body);`,
  [API]: `
    import { createContactsApi } from './src/api.ts';
    ${rawCalls(apiClient)}`,
  [BOTH]: `
    import { createContactsApi } from './src/api.ts';
    ${typedCalls}
    ${rawCalls(apiClient, 'raw')}`,
};

/** @type {Record<string, BrowserBundle>} */
const results = {};
for (const [name, contents] of Object.entries(consumers)) results[name] = await bundleForBrowser(contents);
// The casts: the loop above bundled every consumer, these three among them.
const ours = /** @type {BrowserBundle} */ (results[OURS]);
const bare = /** @type {BrowserBundle} */ (results[BARE]);
const api = /** @type {BrowserBundle} */ (results[API]);

const header = ['bundle', 'min bytes', 'gzip bytes', 'modules'];
const rows = Object.entries(results).map(([name, { min, gzip, inputs }]) => [
  name,
  String(min),
  String(gzip),
  String(inputs.length),
]);
// The casts: every row has a cell, and a width, for each column of the header.
const widths = header.map((_, c) => Math.max(...[header, ...rows].map((r) => /** @type {string} */ (r[c]).length)));
/** @param {string[]} cells */
const line = (cells) =>
  `| ${cells.map((cell, c) => (c ? cell.padStart(/** @type {number} */ (widths[c])) : cell.padEnd(/** @type {number} */ (widths[c])))).join(' | ')} |`;
console.log(line(header));
console.log(`|${widths.map((w, c) => '-'.repeat(w + (c ? 1 : 2)) + (c ? ':' : '')).join('|')}|`);
for (const row of rows) console.log(line(row));
console.log(`\nours over bare openapi-fetch: +${ours.min - bare.min} bytes min, +${ours.gzip - bare.gzip} bytes gzip`);
console.log(
  `ours, min bytes by module: ${ours.bytesBy
    .filter(([, b]) => b > 0)
    .map(([p, b]) => `${p} ${b}`)
    .join(', ')}`,
);
console.log(
  `webex-org-contacts/api over bare openapi-fetch: +${api.min - bare.min} bytes min, +${api.gzip - bare.gzip} bytes gzip`,
);

const found = [
  ...(ours.gzip > BUDGET_GZIP ? [`${ours.gzip} bytes gzip is over the ${BUDGET_GZIP}-byte budget`] : []),
  ...forbiddenInputs(ours),
  ...forbiddenInputs(api).map((p) => `(in webex-org-contacts/api) ${p}`),
];
if (found.length) {
  console.error(`\nFAIL: the createContactsClient bundle has\n${found.map((p) => `  - ${p}`).join('\n')}`);
  process.exit(1);
}
console.log(
  `\ntarget: ≤ ${BUDGET_GZIP} bytes gzip, no OpenAPI document, Node builtin or polyfill: ${ours.gzip} bytes PASS`,
);
