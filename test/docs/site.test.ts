// The built docs site in a real browser (Debian's Chromium driven by playwright-core), served from
// 127.0.0.1 with every other address blocked: what a reader sees offline. What to look for is read
// from the bundled document, so the test follows it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocs } from '../../scripts/lib/docs-site.mjs';
import { type StaticServer, serveStatic } from '../../scripts/lib/static-server.mjs';
import { launchChromium, originOnlyContext, chromiumSkipReason as skipReason } from '../fixtures/chromium.js';
import {
  deref,
  bundledDocument as doc,
  documented,
  type OperationId,
  operationNode,
  requestMediaOf,
  responseExample,
} from '../fixtures/operations.js';

const screenshot = fileURLToPath(new URL('../../test-results/docs-site.png', import.meta.url));
const wait = 15_000;

type Node = { [key: string]: any };
const summaryOf = (operationId: OperationId): string => operationNode(operationId).node.summary;

describe.skipIf(skipReason !== undefined)(
  `docs site in Chromium, offline${skipReason ? ` [skipped: ${skipReason}]` : ''}`,
  () => {
    let siteDir: string | undefined;
    let server: StaticServer | undefined;
    let browser: Browser | undefined;
    let page: Page;
    const leftTheSite: string[] = [];
    const pageErrors: string[] = [];
    const consoleErrors: string[] = [];

    const operation = (operationId: OperationId) => page.locator(`[id="operation/${operationId}"]`);
    // Redoc's right panel: the samples under a heading such as "Request samples".
    const samples = (operationId: OperationId, heading: string) =>
      operation(operationId)
        .locator('div', { has: page.getByRole('heading', { name: heading, exact: true }) })
        .last();
    const visible = (locator: ReturnType<Page['locator']>) =>
      locator.first().waitFor({ state: 'visible', timeout: wait });

    beforeAll(async () => {
      siteDir = mkdtempSync(join(tmpdir(), 'docs-site-'));
      buildDocs({ outDir: join(siteDir, 'docs') });
      server = await serveStatic({ dir: join(siteDir, 'docs') });
      const origin = server.url;
      browser = await launchChromium(wait);
      // The site's own origin goes through, the rest is aborted and recorded, so a site that needs the
      // network fails instead of fetching.
      const context = await originOnlyContext(browser, origin, leftTheSite, { viewport: { width: 1400, height: 900 } });
      page = await context.newPage();
      page.setDefaultTimeout(wait);
      page.on('pageerror', (error) => pageErrors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.push(message.text());
      });
      await page.goto(`${origin}/`, { waitUntil: 'load', timeout: wait });
      await visible(page.getByRole('heading', { name: summaryOf('createContact') }));
      mkdirSync(dirname(screenshot), { recursive: true });
      await page.screenshot({ path: screenshot });
    }, 60_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      if (siteDir) rmSync(siteDir, { recursive: true, force: true });
    });

    // Every operation of the document, in document order: paths, then methods within a path.
    const operationIds = Object.values<Node>(doc.paths).flatMap((item) =>
      Object.values<Node>(item).flatMap((node) => (node?.operationId ? [node.operationId as OperationId] : [])),
    );
    // The order a reader needs: read (get, list), then write one (create, update, delete), then bulk.
    const readingOrder: OperationId[] = [
      'getContact',
      'listContacts',
      'createContact',
      'updateContact',
      'deleteContact',
      'bulkCreateOrUpdateContacts',
      'bulkDeleteContacts',
    ];

    it('renders all seven operations in the order a reader needs them', async () => {
      expect([...operationIds].sort()).toEqual([...readingOrder].sort());
      const shown = await page
        .locator('[id^="operation/"]')
        .evaluateAll((elements) => elements.map((e) => e.id.slice('operation/'.length)));
      expect(shown).toEqual(readingOrder);
    });

    it.each<OperationId>(readingOrder)('renders %s with its heading, method and path', async (operationId) => {
      const { method, path } = documented(operationId);
      await visible(operation(operationId).getByRole('heading', { name: summaryOf(operationId) }));
      // Redoc's endpoint bar above the samples: the method badge, then the path template.
      const badge = operation(operationId).locator('.http-verb');
      await visible(badge);
      expect(await badge.count()).toBe(1);
      expect(await badge.textContent()).toBe(method.toLowerCase());
      expect(await badge.locator('xpath=..').textContent()).toBe(`${method.toLowerCase()}${path}`);
    });

    it("shows Get a Contact's response example", async () => {
      const example = responseExample('getContact', 200);
      const panel = samples('getContact', 'Response samples');
      await visible(panel.getByText(JSON.stringify(example.displayName), { exact: true }));
      await visible(panel.getByText(JSON.stringify(example.contactId), { exact: true }));
    });

    it("shows Create a Contact's request examples (each one can be picked) and its response example", async () => {
      const requestExamples = documented('createContact').requestExamples;
      const requestPanel = samples('createContact', 'Request samples');
      const summaries = Object.values<Node>(requestMediaOf('createContact')!.examples).map(
        (example) => deref(example).summary as string,
      );
      expect(summaries.length).toBeGreaterThan(1);
      // The examples are the options of a picker, the first one open.
      const picker = requestPanel.locator('select');
      expect(
        await picker.evaluate((select: HTMLSelectElement) => [...select.options].map((option) => option.text)),
      ).toEqual(summaries);
      const values = Object.values(requestExamples) as Node[];
      await visible(requestPanel.getByText(JSON.stringify(values[0]!.displayName), { exact: true }));
      // Each one can be picked and read.
      for (const [index, summary] of summaries.entries()) {
        await picker.selectOption({ label: summary }, { timeout: wait });
        await visible(requestPanel.getByText(JSON.stringify(values[index]!.displayName), { exact: true }));
      }
      const created = responseExample('createContact', 201);
      await visible(
        samples('createContact', 'Response samples').getByText(JSON.stringify(created.contactId), { exact: true }),
      );
    });

    it('shows the Create rules: one tab per source, and what each requires', async () => {
      const choice = deref(requestMediaOf('createContact')!.schema);
      const branches = (choice.oneOf as Node[]).map(deref);
      expect(branches.length).toBeGreaterThan(1);
      let shownAlternatives = 0;
      for (const branch of branches) {
        await operation('createContact').getByRole('button', { name: branch.title, exact: true }).click();
        // Each alternative's own choice (a CH contact: emails, phone numbers or SIP addresses) shows as tabs too.
        const alternatives = (branch.allOf ?? [])
          .flatMap((part: Node) => deref(part).anyOf ?? [])
          .map((alt: Node) => alt.title as string);
        shownAlternatives += alternatives.length;
        for (const title of alternatives)
          await visible(operation('createContact').getByRole('button', { name: title, exact: true }));
        // And a field the alternative requires is marked so.
        // Required at the branch or in one of its own allOf members (shared field groups are $refs, not counted).
        const required: string[] = [branch, ...(branch.allOf ?? []).filter((part: Node) => !part.$ref)].flatMap(
          (part: Node) => part.required ?? [],
        );
        const ownRequired = required.filter((name) => name !== 'schemas' && name !== 'source');
        for (const name of ownRequired) {
          const row = operation('createContact').locator('tr', { has: page.locator(`td[title="${name}"]`) });
          await visible(row.getByText('required', { exact: true }));
        }
      }
      // The CH rule (emails, phone numbers or SIP addresses) is one of them.
      expect(shownAlternatives).toBeGreaterThan(1);
    });

    it('shows the error responses, with Retry-After on a 429', async () => {
      // That the document has a 429 with Retry-After is test/openapi/retry-after.test.ts's part.
      const errors = documented('createContact').responses.filter((r) => r.status >= 400);
      for (const { status } of errors) {
        await visible(operation('createContact').getByRole('button', { name: new RegExp(`^\\s*${status}\\b`) }));
      }
      await operation('createContact')
        .getByRole('button', { name: /^\s*429\b/ })
        .click();
      await visible(operation('createContact').locator('td[title="Retry-After"]'));
    });

    it('says on each operation who may call it and which scopes it takes, not "webexOAuth or webexOAuth"', async () => {
      for (const operationId of readingOrder) {
        // biome-ignore lint/performance/useDomNodeTextContent: Playwright's innerText() is the text a reader sees
        const text = await operation(operationId).innerText();
        expect(text, operationId).not.toMatch(/webexOAuth\s*(or\s*)?webexOAuth/);
        const scopes = (operationNode(operationId).node.security as Node[]).flatMap((requirement) =>
          Object.values<string[]>(requirement).flat(),
        );
        expect(scopes.length, operationId).toBeGreaterThan(0);
        const line = text.split('\n').find((l) => l.startsWith('Authorization:'));
        expect(line, `${operationId} has an "Authorization:" line`).toBeTruthy();
        for (const scope of scopes) expect(line, operationId).toContain(scope);
      }
    });

    it.each<OperationId>(readingOrder)(
      'shows %s code samples: curl and the client, as the document has them',
      async (operationId) => {
        const codeSamples = operationNode(operationId).node['x-codeSamples'] as { label: string; source: string }[];
        expect(codeSamples.map((sample) => sample.label)).toEqual(['curl', 'webex-org-contacts']);
        const panel = samples(operationId, 'Request samples');
        for (const sample of codeSamples) {
          await panel.getByRole('tab', { name: sample.label, exact: true }).click();
          // The first line of the sample that is code (not a comment) is on screen.
          const firstLine = sample.source.split('\n').find((line) => line.trim() && !/^\s*(#|\/\/)/.test(line))!;
          await visible(panel.getByText(firstLine.trim(), { exact: false }));
        }
      },
    );

    it('shows the auth scheme with its flow and scopes', async () => {
      const [name, scheme] = Object.entries<Node>(doc.components.securitySchemes)[0]!;
      const section = page.locator(`[id="section/Authentication/${name}"]`);
      await visible(section.getByRole('heading', { name }));
      for (const flow of Object.values<Node>(scheme.flows)) {
        await visible(section.getByText(flow.authorizationUrl, { exact: true }));
        for (const scope of Object.keys(flow.scopes)) await visible(section.getByText(scope, { exact: true }));
      }
    });

    it('scrolls to Create a Contact when it is clicked in the side menu', async () => {
      const summary = summaryOf('createContact');
      // A fresh load, at the top: the menu shows the operations' tag closed, as a reader first sees it.
      await page.goto(`${server!.url}/`, { waitUntil: 'load', timeout: wait });
      const tag = operationNode('createContact').node.tags[0] as string;
      await page.getByRole('menuitem', { name: tag, exact: true }).click();
      await page.getByRole('menuitem', { name: summary, exact: true }).click();
      await page.waitForURL((url) => url.hash.endsWith('/operation/createContact'), { timeout: wait });
      const heading = operation('createContact').getByRole('heading', { name: summary });
      await page.waitForFunction(
        (element) => {
          const box = element!.getBoundingClientRect();
          return box.top >= 0 && box.bottom <= window.innerHeight;
        },
        await heading.elementHandle(),
        { timeout: wait },
      );
    });

    it('saves each download under its own name: openapi.json and openapi.yaml', async () => {
      for (const name of ['openapi.json', 'openapi.yaml']) {
        const link = page.getByRole('link', { name: new RegExp(name.replace('.', '\\.')) });
        expect(await link.getAttribute('download'), name).toBe(name);
      }
    });

    it('serves the openapi.json it links for download', async () => {
      const link = page.getByRole('link', { name: /openapi\.json/ });
      const href = await link.getAttribute('href');
      expect(href).toBeTruthy();
      const response = await fetch(new URL(href!, `${server!.url}/`), { signal: AbortSignal.timeout(wait) });
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual(doc);
      const yaml = await page.getByRole('link', { name: /openapi\.yaml/ }).getAttribute('href');
      const yamlResponse = await fetch(new URL(yaml!, `${server!.url}/`), { signal: AbortSignal.timeout(wait) });
      expect(yamlResponse.status).toBe(200);
      expect(await yamlResponse.text()).toContain(`openapi: ${doc.openapi}`);
    });

    // Last, so it covers everything the tests above made the page do.
    it('asked no other host, threw no error and logged none', () => {
      expect(leftTheSite, `requests that left the site:\n${leftTheSite.join('\n')}`).toEqual([]);
      expect(pageErrors, `page errors:\n${pageErrors.join('\n')}`).toEqual([]);
      expect(consoleErrors, `console errors:\n${consoleErrors.join('\n')}`).toEqual([]);
    });
  },
);
