// The client in a real browser (Debian's Chromium driven by playwright-core): what only a browser can
// prove, that src/index.ts bundled as a user's bundler would (scripts/lib/browser-bundle.mjs) loads and
// runs there with the browser's own fetch, AbortController, DOMException and atob. Everything else the
// client does is proved in Node by the other tests in this folder. The page is served by the fault
// server from the API's own origin (so no CORS is involved), every other host blocked; the client is
// built once in the page, and each test calls it there and reads what the fault server received.
import type { Browser, JSHandle, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleForBrowser } from '../../scripts/lib/browser-bundle.mjs';
import type { ContactsClient, CreateContactInput } from '../../src/index.js';
import { launchChromium, originOnlyContext, chromiumSkipReason as skipReason } from '../fixtures/chromium.js';
import { contactId, createdContact, gotContact, orgId, schemaUrn, token } from '../fixtures/client.js';
import { useFaultServer } from '../fixtures/fault-server.js';
import { documented, pathOf, responseExample } from '../fixtures/operations.js';
import { validateSchema } from '../fixtures/schema.js';

// The bound on every wait, under the test timeout.
const wait = 10_000;

/** The page's window: its module script puts the bundle's exports on `webex`, the setup a client on `client`. */
type PageWindow = Window & { webex: typeof import('../../src/index.js'); client: ContactsClient };
type Json = { [key: string]: any };

// A create() input as a user writes it: the document's first request example without its `schemas`.
const { schemas: _, ...withoutSchemas } = Object.values(documented('createContact').requestExamples)[0] as Json;
const input = withoutSchemas as CreateContactInput;
const getPath = `/v1${pathOf('getContact', { orgId, contactId })}`;
const createPath = `/v1${pathOf('createContact', { orgId })}`;

/** The page: it loads the bundle as a module and hands its exports to the tests on `window.webex`. */
const pageHtml = `<!doctype html>
<html><head><meta charset="utf-8"><title>webex-org-contacts in a browser</title>
<link rel="icon" href="data:,">
<script type="module">import * as webex from '/client.js'; window.webex = webex;</script>
</head><body></body></html>`;

/** What a rejection looks like from inside the page: its class, its own fields and every way it prints. */
interface Rejection {
  webexApiError: boolean;
  domException: boolean;
  error: boolean;
  name: string;
  fields: Json;
  string: string;
  stack: string;
  json: string;
}

// Runs in the page (serialized by Playwright: it may use nothing from this module).
const describeRejection = (reason: unknown): Rejection => {
  const { WebexApiError } = (window as unknown as PageWindow).webex;
  const error = reason as Error;
  return {
    webexApiError: reason instanceof WebexApiError,
    domException: reason instanceof DOMException,
    error: reason instanceof Error,
    name: error?.name,
    fields: Object.fromEntries(Object.entries(error ?? {})),
    string: String(reason),
    stack: String(error?.stack),
    json: JSON.stringify(reason),
  };
};

/** `promise`, or a failure naming `what` once `wait` ms have passed. */
async function bounded<T>(what: string, promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing after ${wait} ms`)), wait);
  });
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

async function rejectionOf(reason: JSHandle): Promise<Rejection> {
  try {
    return await bounded('describing the rejection', reason.evaluate(describeRejection));
  } finally {
    await reason.dispose();
  }
}

function expectNoToken(rejection: Rejection): void {
  for (const printed of [rejection.string, rejection.stack, rejection.json]) expect(printed).not.toContain(token);
}

describe.skipIf(skipReason !== undefined)(
  `the client in Chromium, same origin as the API${skipReason ? ` [skipped: ${skipReason}]` : ''}`,
  () => {
    let browser: Browser | undefined;
    // The page and the whole public API as one ES module (as the browser-bundle test builds it), served
    // by the fault server itself; Chromium is closed before the server, which closes in any case.
    const server = useFaultServer(
      async () => {
        const bundle = await bundleForBrowser(`export * from './src/index.ts';`);
        expect(bundle.errors).toEqual([]);
        return {
          files: {
            '/': { type: 'text/html; charset=utf-8', body: pageHtml },
            '/client.js': { type: 'text/javascript; charset=utf-8', body: bundle.text },
          },
        };
      },
      async () => browser?.close(),
    );
    let tab: Page;
    const leftTheOrigin: string[] = [];
    const pageErrors: string[] = [];
    const consoleMessages: { type: string; text: string }[] = [];
    const errorStatuses: number[] = [];
    /** What every call in the page is given: the page cannot see this module. */
    const args = { orgId, contactId, input };
    const inPage = <R>(what: string, call: (arg: typeof args) => Promise<R>): Promise<R> =>
      bounded(what, tab.evaluate(call, args));

    beforeAll(async () => {
      const origin = new URL(server.baseUrl).origin;
      browser = await launchChromium(wait);
      // The page's origin goes through; anything else is aborted and recorded.
      const context = await originOnlyContext(browser, origin, leftTheOrigin);
      tab = await context.newPage();
      tab.setDefaultTimeout(wait);
      tab.on('pageerror', (error) => pageErrors.push(error.message));
      tab.on('console', (message) => consoleMessages.push({ type: message.type(), text: message.text() }));
      tab.on('response', (response) => {
        if (response.status() >= 400) errorStatuses.push(response.status());
      });
      await tab.goto(`${origin}/`, { waitUntil: 'load', timeout: wait });
      await tab.waitForFunction(() => 'webex' in window, undefined, { timeout: wait });
      // The one client every test calls, made as a page would make it.
      await tab.evaluate(
        ({ token, baseUrl }) => {
          const page = window as unknown as PageWindow;
          page.client = page.webex.createContactsClient({ token, baseUrl });
        },
        { token, baseUrl: server.baseUrl },
      );
    }, 60_000);

    it('get() with a base64 organization id (btoa, decoded with atob) sends its UUID with the token and resolves with the contact', async () => {
      server.reply({ body: gotContact });
      const contact = await inPage('get()', ({ orgId, contactId }) => {
        // The browser's own base64, as a page holding an id from another Webex API would have it.
        const base64OrgId = btoa(`ciscospark://us/ORGANIZATION/${orgId}`);
        return (window as unknown as PageWindow).client.get(base64OrgId, contactId);
      });
      expect(contact).toEqual(gotContact);
      expect(server.received.map(({ method, url }) => ({ method, url }))).toEqual([{ method: 'GET', url: getPath }]);
      expect(server.received[0]?.headers.authorization).toBe(`Bearer ${token}`);
      expect(server.received[0]?.body).toBe('');
    });

    it('create() POSTs the input as JSON with `schemas` filled in, valid against the document, and resolves with the contact', async () => {
      server.reply({ status: 201, body: createdContact });
      const contact = await inPage('create()', ({ orgId, input }) =>
        (window as unknown as PageWindow).client.create(orgId, input),
      );
      expect(contact).toEqual(createdContact);
      expect(server.received).toHaveLength(1);
      const [request] = server.received;
      expect(request).toMatchObject({ method: 'POST', url: createPath });
      expect(request?.headers.authorization).toBe(`Bearer ${token}`);
      expect(request?.headers['content-type']).toBe('application/json');
      const sent: unknown = JSON.parse(request?.body ?? '');
      expect(sent).toEqual({ ...input, schemas: schemaUrn });
      expect(validateSchema('CreateContactRequest', sent).errors).toEqual([]);
    });

    it('an error answer rejects with a WebexApiError whose fields the page reads, the token in none of the ways it prints', async () => {
      // The document's 503, with a second description so that the whole list (in order) is checked; a
      // POST answered 503 is not sent again, so the page sees this answer.
      const example = responseExample('createContact', 503);
      const body = {
        ...example,
        errors: [...example.errors, { description: 'Read the contact before creating it again.' }],
      };
      server.reply({ status: 503, headers: { 'Retry-After': '1' }, body });
      const rejection = await rejectionOf(
        await bounded(
          'create() answered 503',
          tab.evaluateHandle(
            ({ orgId, input }) =>
              (window as unknown as PageWindow).client.create(orgId, input).catch((error: unknown) => error),
            args,
          ),
        ),
      );
      expect(rejection).toMatchObject({ webexApiError: true, error: true, name: 'WebexApiError' });
      expect(rejection.fields).toEqual({
        name: 'WebexApiError',
        status: 503,
        message: example.message,
        errors: body.errors.map((detail: Json) => detail.description),
        trackingId: example.trackingId,
        retryAfter: 1,
        operationId: 'createContact',
        method: 'POST',
        url: `${server.baseUrl}${pathOf('createContact', { orgId })}`,
      });
      expect(server.received).toHaveLength(1);
      expectNoToken(rejection);
    });

    it("abort() on the page's AbortController stops a GET in flight, rejecting with the browser's AbortError", async () => {
      // The contact is what a retry after the abort would get, and must not.
      server.reply({ hang: true }, { body: gotContact });
      const pending = await bounded(
        'starting get()',
        tab.evaluateHandle(({ orgId, contactId }) => {
          const controller = new AbortController();
          const settled = (window as unknown as PageWindow).client
            .get(orgId, contactId, { signal: controller.signal })
            .catch((error: unknown) => error);
          return { controller, settled };
        }, args),
      );
      // The GET is at the server, which never answers it: only the abort can end the call.
      await bounded('the GET reaching the server', server.requests(1));
      const reason = await bounded(
        'get() after abort()',
        pending.evaluateHandle(({ controller, settled }) => {
          controller.abort();
          return settled;
        }),
      );
      await pending.dispose();
      const rejection = await rejectionOf(reason);
      expect(rejection).toMatchObject({ domException: true, webexApiError: false, name: 'AbortError' });
      expect(server.received.map(({ method, url }) => ({ method, url }))).toEqual([{ method: 'GET', url: getPath }]);
      expectNoToken(rejection);
    });

    // Last, so it covers everything the tests above made the page do.
    it('asked no other host, threw no error, logged no error and never logged the token', () => {
      expect(leftTheOrigin, `requests that left the origin:\n${leftTheOrigin.join('\n')}`).toEqual([]);
      expect(pageErrors, `page errors:\n${pageErrors.join('\n')}`).toEqual([]);
      const errors = consoleMessages.filter((message) => message.type === 'error').map((message) => message.text);
      // Chromium itself logs each error status a page receives; those must be exactly the ones the server
      // was told to send (and there were some), and nothing else may be logged as an error.
      const statusNote = /^Failed to load resource: the server responded with a status of (\d+) /;
      expect(errorStatuses.length).toBeGreaterThan(0);
      expect(errors.flatMap((text) => statusNote.exec(text)?.[1] ?? []).map(Number)).toEqual(errorStatuses);
      const others = errors.filter((text) => !statusNote.test(text));
      expect(others, `console errors:\n${others.join('\n')}`).toEqual([]);
      expect(consoleMessages.filter((message) => message.text.includes(token))).toEqual([]);
    });
  },
);
