// A contact's whole life against a live tenant (CONTRACT_BASE_URL, WEBEX_TOKEN, WEBEX_ORG_ID and
// CONTRACT_ALLOW_WRITES=1): created, read, found with List page by page, updated, read again, deleted,
// gone; then several created at once and deleted at once. What one request did must show in the next,
// so these cases are skipped against the mock, which keeps nothing. Every contact they create is
// deleted when the run ends, also if a step fails or the run is interrupted (created-contacts.ts).
import { describe, expect } from 'vitest';
import { bundledDocument, pathOf } from '../fixtures/operations.js';
import { markedName, marker, sendTracked } from './created-contacts.js';
import { listPages, liveIt, newContactBody, orgIdOf } from './live.js';
import { expectDocumentedAnswer, expectDocumentedBody, targetInTitles, writes } from './target.js';

const schemas: string = bundledDocument.components.schemas.ContactSchemaUrn.const;
const contactPath = (contactId: string) => pathOf('getContact', { orgId: orgIdOf(), contactId });
const timeout = 60_000;

type Contact = { contactId: string; displayName?: string; title?: string; source: string };
type Page = { result: Contact[] };

/** The contacts List finds for `keyword`, a page of `limit` at a time, every page followed. */
async function find(keyword: string, limit: number): Promise<{ ids: string[]; pages: number }> {
  const pages = await listPages(`keyword=${encodeURIComponent(keyword)}&limit=${limit}`);
  for (const page of pages) expect((page.body as Page).result.length, page.context).toBeLessThanOrEqual(limit);
  return { ids: pages.flatMap((page) => (page.body as Page).result.map((c) => c.contactId)), pages: pages.length };
}

describe(`the lifecycle of contacts against ${targetInTitles}`, () => {
  liveIt(
    'create, get, find with List, update, get the change, delete, get 404 (and a second delete 404)',
    writes,
    async () => {
      const label = 'lifecycle';
      const created = await sendTracked('POST', pathOf('createContact', { orgId: orgIdOf() }), {
        body: newContactBody('CH', label),
      });
      expectDocumentedAnswer('createContact', 201, created);
      const contact = created.body as Contact;
      expect(contact, created.context).toMatchObject({
        source: 'CH',
        displayName: expect.stringContaining(marker(label)),
      });

      const read = await sendTracked('GET', contactPath(contact.contactId));
      expectDocumentedAnswer('getContact', 200, read);
      expect(read.body, read.context).toMatchObject({ contactId: contact.contactId, displayName: contact.displayName });

      const found = await find(marker(label), 1);
      expect(found.ids).toEqual([contact.contactId]);

      const title = `Checked ${marker(label)}`;
      const updated = await sendTracked('PATCH', contactPath(contact.contactId), {
        body: { schemas, source: 'CH', title },
      });
      expectDocumentedAnswer('updateContact', 200, updated);
      expect(updated.body, updated.context).toMatchObject({
        contactId: contact.contactId,
        title,
        displayName: contact.displayName,
      });

      const reread = await sendTracked('GET', contactPath(contact.contactId));
      expectDocumentedAnswer('getContact', 200, reread);
      expect(reread.body, reread.context).toMatchObject({ title, displayName: contact.displayName });

      const deleted = await sendTracked('DELETE', contactPath(contact.contactId));
      expectDocumentedAnswer('deleteContact', 204, deleted);
      const gone = await sendTracked('GET', contactPath(contact.contactId));
      expect(gone.status, gone.context).toBe(404);
      expectDocumentedBody('getContact', gone);
      const again = await sendTracked('DELETE', contactPath(contact.contactId));
      expect(again.status, again.context).toBe(404);
      expectDocumentedBody('deleteContact', again);
    },
    timeout,
  );

  liveIt(
    'bulk create 3 contacts, find them with List one page at a time, bulk delete them, get 404 for each',
    writes,
    async () => {
      const label = 'bulk';
      // Items carry no schemas; one name each, all found by one keyword.
      const items = [1, 2, 3].map((n) => {
        const { schemas: _, ...item } = newContactBody(n === 2 ? 'Webex4Broadworks' : 'CH', label);
        return { ...item, displayName: `${markedName(label)} ${n}` };
      });
      const bulk = await sendTracked('POST', pathOf('bulkCreateOrUpdateContacts', { orgId: orgIdOf() }), {
        body: { schemas, contacts: items },
      });
      expectDocumentedAnswer('bulkCreateOrUpdateContacts', 200, bulk);
      const result = bulk.body as { contacts?: (Contact | null)[]; failedContacts?: unknown[] };
      expect(result.failedContacts ?? [], bulk.context).toEqual([]);
      expect(
        result.contacts?.map((c) => c?.displayName),
        bulk.context,
      ).toEqual(items.map((item) => item.displayName));
      const ids = result.contacts!.map((c) => c!.contactId);

      const found = await find(marker(label), 1);
      expect([...found.ids].sort()).toEqual([...ids].sort());
      expect(found.pages, 'one contact a page').toBeGreaterThanOrEqual(ids.length);

      const removed = await sendTracked('POST', pathOf('bulkDeleteContacts', { orgId: orgIdOf() }), {
        body: { schemas, objectIds: ids },
      });
      expectDocumentedAnswer('bulkDeleteContacts', 200, removed);
      for (const contactId of ids) {
        const gone = await sendTracked('GET', contactPath(contactId));
        expect(gone.status, gone.context).toBe(404);
      }
    },
    timeout,
  );
});
