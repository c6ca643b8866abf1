// A JavaScript user of the packed package, run by test/pack/pack-consume.test.ts from a temp project
// where the tarball is installed, under each Node line, Bun and Deno. It makes the calls, and prints what
// it saw as JSON on stdout; the test holds that (and what the server received) to the client's promises.
// Only what all three runtimes offer: node:util, node:module and the process global.
// Usage: echo '{"baseUrl": ..., "token": ..., "orgId": ..., "contactId": ...}' | node consumer.mjs
//        (or bun consumer.mjs, or deno run --allow-net=127.0.0.1 consumer.mjs)
import { createRequire } from 'node:module';
import { inspect } from 'node:util';
import { createContactsClient, toOrgUuid, WebexApiError } from 'webex-org-contacts';
import { createContactsApi } from 'webex-org-contacts/api';
import { validateContact } from 'webex-org-contacts/contract';
import document from 'webex-org-contacts/openapi.json' with { type: 'json' };

let input = '';
for await (const chunk of process.stdin) input += chunk;
const { baseUrl, token, orgId, contactId } = JSON.parse(input);
// Which runtime ran this: Bun and Deno report a Node version too, so they are asked first.
const runtime = globalThis.Deno
  ? { name: 'deno', version: globalThis.Deno.version.deno }
  : process.versions.bun
    ? { name: 'bun', version: process.versions.bun }
    : { name: 'node', version: process.versions.node };
const contacts = createContactsClient({ token, baseUrl });
// On Node, a CommonJS user's require() of the package too (an ES module, loaded by require(esm)).
const required =
  runtime.name === 'node' ? typeOfExports(createRequire(import.meta.url)('webex-org-contacts')) : undefined;

// 1. A plain get (with the base64 organization id as given).
const got = await contacts.get(orgId, contactId);
// 2. A get answered 429 (Retry-After: 0), then 200.
const retried = await contacts.get(orgId, contactId);
// 3. A create answered 503: must not be sent again.
const failure = await contacts.create(orgId, { source: 'Webex4Broadworks', displayName: 'Front Desk' }).then(
  () => undefined,
  (error) => error,
);
// 4. The raw openapi-fetch client of webex-org-contacts/api: a get answered 429 (Retry-After: 0), then 200.
const raw = await createContactsApi({ token, baseUrl }).GET('/contacts/organizations/{orgId}/contacts/{contactId}', {
  params: { path: { orgId: toOrgUuid(orgId), contactId } },
});

console.log(
  JSON.stringify({
    runtime,
    required,
    got,
    retried,
    api: { data: raw.data, status: raw.response.status },
    contract: validateContact(got),
    documentServer: document.servers[0].url,
    error: {
      isWebexApiError: failure instanceof WebexApiError,
      name: failure?.name,
      status: failure?.status,
      method: failure?.method,
      operationId: failure?.operationId,
      views: [
        String(failure),
        failure?.message,
        failure?.stack,
        JSON.stringify(failure),
        inspect(failure, { depth: 10, showHidden: true }),
      ],
    },
  }),
);

function typeOfExports(exports) {
  return { createContactsClient: typeof exports.createContactsClient, WebexApiError: typeof exports.WebexApiError };
}
