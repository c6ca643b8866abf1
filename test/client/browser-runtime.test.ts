// The client running in a real browser (Debian's Chromium driven by playwright-core): src/index.ts
// bundled for the browser as a user's bundler would (scripts/lib/browser-bundle.mjs), loaded by a page
// that the fault server serves from the API's own origin (so no CORS is involved), every other host
// blocked. Each call runs inside the page with the browser's own fetch, AbortController, DOMException and
// atob; the fault server says what it received. What the server answers comes from the document.
import type { Browser, JSHandle, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleForBrowser } from '../../scripts/lib/browser-bundle.mjs';
import type { CreateContactInput } from '../../src/index.js';
import { launchChromium, originOnlyContext, chromiumSkipReason as skipReason } from '../fixtures/chromium.js';
import { contactId, createdContact, gotContact, orgId, schemaUrn, token } from '../fixtures/client.js';
import { useFaultServer } from '../fixtures/fault-server.js';
import { documented, pathOf, responseExample } from '../fixtures/operations.js';
import { validateSchema } from '../fixtures/schema.js';

// The bound on every wait; under the test timeout, and far under the 60 s Retry-After the abort test cancels.
const wait = 10_000;

type Webex = typeof import('../../src/index.js');
/** The page's window: its module script puts the bundle's exports on `webex`. */
type PageWindow = Window & { webex: Webex };
type Json = { [key: string]: any };
interface CallArg {
  baseUrl: string;
  token: string;
  orgId: string;
  contactId: string;
  input: CreateContactInput;
}

// A create() input as a user writes it: the document's first request example without its `schemas`.
const { schemas: _, ...withoutSchemas } = Object.values(documented('createContact').requestExamples)[0] as Json;
const createInput = withoutSchemas as CreateContactInput;
const getPath = `/v1${pathOf('getContact', { orgId, contactId })}`;
const createPath = `/v1${pathOf('createContact', { orgId })}`;

/** The page: it loads the bundle as a module and hands its exports to the tests on `window.webex`. */
const pageHtml = (module: string) => `<!doctype html>
<html><head><meta charset="utf-8"><title>webex-org-contacts in a browser</title>
<link rel="icon" href="data:,">
<script type="module">${module}</script>
</head><body></body></html>`;

/** What a rejection looks like from inside the page: its class, its own fields and every way it prints. */
interface Rejection {
  webexApiError: boolean;
  domException: boolean;
  error: boolean;
  name: string;
  message: string;
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
    message: error?.message,
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
            '/': {
              type: 'text/html; charset=utf-8',
              body: pageHtml(`import * as webex from '/client.js'; window.webex = webex;`),
            },
            '/client.js': { type: 'text/javascript; charset=utf-8', body: bundle.text },
          },
        };
      },
      async () => browser?.close(),
    );
    let tab: Page;
    let baseUrl: string;
    const leftTheOrigin: string[] = [];
    const pageErrors: string[] = [];
    const consoleMessages: { type: string; text: string }[] = [];
    const errorStatuses: number[] = [];

    /** What every call in the page is given: the page cannot see this module. */
    const callArg = (): CallArg => ({ baseUrl, token, orgId, contactId, input: createInput });

    /** Runs `call` in the page and resolves with what it resolved with. */
    const inPage = <R>(what: string, call: (arg: CallArg) => Promise<R>): Promise<R> =>
      bounded(what, tab.evaluate(call, callArg()));

    /** Runs `call` (which must return its promise's rejection reason, `.catch((e) => e)`) in the page. */
    async function rejectionInPage(what: string, call: (arg: CallArg) => Promise<unknown>): Promise<Rejection> {
      const reason = await bounded(what, tab.evaluateHandle(call, callArg()));
      return rejectionOf(reason);
    }
    async function rejectionOf(reason: JSHandle): Promise<Rejection> {
      try {
        return await bounded('describing the rejection', reason.evaluate(describeRejection));
      } finally {
        await reason.dispose();
      }
    }

    beforeAll(async () => {
      baseUrl = server.baseUrl;
      const origin = new URL(baseUrl).origin;
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
    }, 60_000);

    it('get() with a base64 organization id sends its UUID, with the bearer token, and resolves with the contact', async () => {
      server.reply({ body: gotContact });
      const contact = await inPage('get()', ({ baseUrl, token, orgId, contactId }) => {
        const { createContactsClient } = (window as unknown as PageWindow).webex;
        // The browser's own base64, as a page holding an id from another Webex API would have it.
        const base64OrgId = btoa(`ciscospark://us/ORGANIZATION/${orgId}`);
        return createContactsClient({ token, baseUrl }).get(base64OrgId, contactId);
      });
      expect(contact).toEqual(gotContact);
      expect(server.received.map(({ method, url }) => ({ method, url }))).toEqual([{ method: 'GET', url: getPath }]);
      expect(server.received[0]?.headers.authorization).toBe(`Bearer ${token}`);
      expect(server.received[0]?.body).toBe('');
    });

    it('create() POSTs the input with `schemas` filled in, valid against the document', async () => {
      server.reply({ status: 201, body: createdContact });
      const contact = await inPage('create()', ({ baseUrl, token, orgId, input }) => {
        const { createContactsClient } = (window as unknown as PageWindow).webex;
        return createContactsClient({ token, baseUrl }).create(orgId, input);
      });
      expect(contact).toEqual(createdContact);
      const [request] = server.received;
      expect(server.received).toHaveLength(1);
      expect(request).toMatchObject({ method: 'POST', url: createPath });
      expect(request?.headers.authorization).toBe(`Bearer ${token}`);
      expect(request?.headers['content-type']).toBe('application/json');
      const sent: unknown = JSON.parse(request?.body ?? '');
      expect(sent).toEqual({ ...createInput, schemas: schemaUrn });
      expect(validateSchema('CreateContactRequest', sent).errors).toEqual([]);
    });

    it('retries a GET answered 429 with Retry-After: 0, and resolves with the second answer', async () => {
      server.reply(
        { status: 429, headers: { 'Retry-After': '0' }, body: responseExample('getContact', 429) },
        { body: gotContact },
      );
      const contact = await inPage('get() after a 429', ({ baseUrl, token, orgId, contactId }) => {
        const { createContactsClient } = (window as unknown as PageWindow).webex;
        return createContactsClient({ token, baseUrl }).get(orgId, contactId);
      });
      expect(contact).toEqual(gotContact);
      expect(server.received.map(({ method, url }) => ({ method, url }))).toEqual([
        { method: 'GET', url: getPath },
        { method: 'GET', url: getPath },
      ]);
      for (const request of server.received) expect(request.headers.authorization).toBe(`Bearer ${token}`);
    });

    it('sends a POST answered 503 once, and rejects with a WebexApiError carrying the answer and the call', async () => {
      // The document's 503, with a second description so that the whole list (in order) is checked.
      const example = responseExample('createContact', 503);
      const body = {
        ...example,
        errors: [...example.errors, { description: 'Read the contact before creating it again.' }],
      };
      server.reply({ status: 503, headers: { 'Retry-After': '1' }, body }, { status: 201, body: createdContact });
      const rejection = await rejectionInPage('create() answered 503', ({ baseUrl, token, orgId, input }) => {
        const { createContactsClient } = (window as unknown as PageWindow).webex;
        return createContactsClient({ token, baseUrl })
          .create(orgId, input)
          .catch((error: unknown) => error);
      });
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
        url: `${baseUrl}${pathOf('createContact', { orgId })}`,
      });
      expect(server.received).toHaveLength(1);
      expect(server.received[0]).toMatchObject({ method: 'POST', url: createPath });
      expect(server.received[0]?.headers.authorization).toBe(`Bearer ${token}`);
      expect(JSON.parse(server.received[0]?.body ?? '')).toEqual({ ...createInput, schemas: schemaUrn });
      expectNoToken(rejection);
    });

    it('rejects with the AbortError at once when aborted during a Retry-After wait', async () => {
      // Without the abort the call would wait 60 s for its retry: far longer than `bounded` allows.
      server.reply(
        { status: 429, headers: { 'Retry-After': '60' }, body: responseExample('getContact', 429) },
        { body: gotContact },
      );
      const answered = tab.waitForEvent('requestfinished', {
        predicate: (request) => request.url().includes('/v1/'),
        timeout: wait,
      });
      const pending = await bounded(
        'starting get()',
        tab.evaluateHandle(({ baseUrl, token, orgId, contactId }) => {
          const { createContactsClient } = (window as unknown as PageWindow).webex;
          const controller = new AbortController();
          const settled = createContactsClient({ token, baseUrl })
            .get(orgId, contactId, { signal: controller.signal })
            .catch((error: unknown) => error);
          return { controller, settled };
        }, callArg()),
      );
      // The 429 has reached the page, body and all: the client is now in its wait.
      await answered;
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

    it('bounds a GET that never answers with timeoutMs, retrying it, then rejects with a TimeoutError', async () => {
      server.reply({ hang: true }, { hang: true });
      const rejection = await rejectionInPage('get() that hangs', ({ baseUrl, token, orgId, contactId }) => {
        const { createContactsClient } = (window as unknown as PageWindow).webex;
        return createContactsClient({ token, baseUrl, timeoutMs: 200, retry: { maxRetries: 1, baseDelayMs: 1 } })
          .get(orgId, contactId)
          .catch((error: unknown) => error);
      });
      expect(rejection).toMatchObject({ domException: true, webexApiError: false, name: 'TimeoutError' });
      expect(server.received.map(({ method, url }) => ({ method, url }))).toEqual([
        { method: 'GET', url: getPath },
        { method: 'GET', url: getPath },
      ]);
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
