// bulkCreateOrUpdate() and bulkDelete(): the bodies they send, and what the result says about every item.
import { describe, expect, it } from 'vitest';
import { type BulkContactItems, type BulkDeleteContactIds, WebexApiError } from '../../src/index.js';
import { base64OrgId, clientOn, contactId, orgId, schemaUrn, token } from '../fixtures/client.js';
import { useFaultServer } from '../fixtures/fault-server.js';
import { pathOf, requestExample, responseExample } from '../fixtures/operations.js';
import { validateSchema } from '../fixtures/schema.js';

const server = useFaultServer();
// The document's request and answer examples: three items; the answer makes the first and fails the
// second and third (`contacts: [contact, null, null]`, failures `"1"` and `"2"`).
const items = requestExample('bulkCreateOrUpdateContacts').contacts as BulkContactItems;
const answer = responseExample('bulkCreateOrUpdateContacts', 200);
const [made] = answer.contacts;
const [secondFailed, thirdFailed] = answer.failedContacts;

describe('bulkCreateOrUpdate()', () => {
  it('POSTs the items with schemas, valid against the document, and ties each answer to its item', async () => {
    server.reply({ body: answer });
    const result = await clientOn(server).bulkCreateOrUpdate(base64OrgId, items);
    const [request] = server.received;
    expect(request).toMatchObject({ method: 'POST', url: `/v1${pathOf('bulkCreateOrUpdateContacts', { orgId })}` });
    expect(request?.headers.authorization).toBe(`Bearer ${token}`);
    const sent: unknown = JSON.parse(request?.body ?? '');
    expect(sent).toEqual({ schemas: schemaUrn, contacts: items });
    expect(validateSchema('BulkContactsRequest', sent).errors).toEqual([]);
    expect(result).toEqual({
      done: [{ index: 0, item: items[0], contact: made }],
      failed: [
        { index: 1, item: items[1], failure: secondFailed },
        { index: 2, item: items[2], failure: thirdFailed },
      ],
      unknown: [],
      unmatchedFailures: [],
    });
  });

  it('accounts for an item the answer says nothing about', async () => {
    // No contact and no failure for the third item; the answer's list is one short.
    server.reply({ body: { contacts: [made, null], failedContacts: [secondFailed] } });
    const result = await clientOn(server).bulkCreateOrUpdate(orgId, items);
    expect(result.done.map((d) => d.index)).toEqual([0]);
    expect(result.failed.map((f) => f.index)).toEqual([1]);
    expect(result.unknown).toEqual([{ index: 2, item: items[2] }]);
  });

  it('accounts for every item when the answer lists nothing at all', async () => {
    server.reply({ body: { orgId } });
    const result = await clientOn(server).bulkCreateOrUpdate(orgId, items);
    expect(result).toEqual({
      done: [],
      failed: [],
      unknown: items.map((item, index) => ({ index, item })),
      unmatchedFailures: [],
    });
  });

  it('keeps failures that name no item, leaving the items they may be about as unknown', async () => {
    const strays = [
      { ...secondFailed, id: '3' },
      { ...secondFailed, id: 'one' },
      { errorMessage: 'no id' },
      { ...thirdFailed, id: '2' },
    ];
    server.reply({ body: { contacts: [made, null, null], failedContacts: [thirdFailed, ...strays] } });
    const result = await clientOn(server).bulkCreateOrUpdate(orgId, items);
    expect(result.failed).toEqual([{ index: 2, item: items[2], failure: thirdFailed }]);
    // `id: '2'` a second time names an item already named.
    expect(result.unmatchedFailures).toEqual(strays);
    expect(result.unknown).toEqual([{ index: 1, item: items[1] }]);
    expect(result.done.length + result.failed.length + result.unknown.length).toBe(items.length);
  });

  it('reads a failure for an item that also has a contact as failed, and a numeric id as an index', async () => {
    server.reply({ body: { contacts: [made, made, made], failedContacts: [{ ...secondFailed, id: 1 }] } });
    const result = await clientOn(server).bulkCreateOrUpdate(orgId, items);
    expect(result.failed.map((f) => f.index)).toEqual([1]);
    expect(result.done.map((d) => d.index)).toEqual([0, 2]);
  });

  it('refuses an empty list, an item that is not an object, and a bad orgId before sending', async () => {
    const client = clientOn(server);
    await expect(client.bulkCreateOrUpdate(orgId, [] as unknown as BulkContactItems)).rejects.toThrow(
      new TypeError('items must be a list with at least one item'),
    );
    await expect(client.bulkCreateOrUpdate(orgId, [items[0], null] as unknown as BulkContactItems)).rejects.toThrow(
      new TypeError('items[1] must be an object'),
    );
    await expect(client.bulkCreateOrUpdate('acme', items)).rejects.toThrow(/^orgId must be a UUID/);
    expect(server.received).toHaveLength(0);
  });

  it('rejects an answer that is not a JSON object, and an error status, with a WebexApiError', async () => {
    server.reply({ body: [made] }, { status: 400, body: responseExample('bulkCreateOrUpdateContacts', 400) });
    await expect(clientOn(server).bulkCreateOrUpdate(orgId, items)).rejects.toMatchObject({
      status: 200,
      operationId: 'bulkCreateOrUpdateContacts',
    });
    const error = await clientOn(server)
      .bulkCreateOrUpdate(orgId, items)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebexApiError);
    expect(error).toMatchObject({ status: 400, method: 'POST' });
  });
});

describe('bulkDelete()', () => {
  const other = '8a5fac49-2c5f-4773-aec7-02db0e3a9d72';

  it('POSTs the UUIDs (base64 ids decoded) with schemas, valid against the document, and resolves with nothing', async () => {
    server.reply({ status: 200 });
    const base64ContactId = btoa(`ciscospark://us/CONTACT/${contactId}`);
    await expect(clientOn(server).bulkDelete(orgId, [base64ContactId, other])).resolves.toBeUndefined();
    const [request] = server.received;
    expect(request).toMatchObject({ method: 'POST', url: `/v1${pathOf('bulkDeleteContacts', { orgId })}` });
    const sent: unknown = JSON.parse(request?.body ?? '');
    expect(sent).toEqual({ schemas: schemaUrn, objectIds: [contactId, other] });
    expect(validateSchema('BulkDeleteContactsRequest', sent).errors).toEqual([]);
  });

  it('refuses an empty list or a bad id before sending, naming its index', async () => {
    const client = clientOn(server);
    await expect(client.bulkDelete(orgId, [] as unknown as BulkDeleteContactIds)).rejects.toThrow(
      new TypeError('contactIds must be a list with at least one item'),
    );
    await expect(client.bulkDelete(orgId, [other, 'x'])).rejects.toThrow(
      new TypeError('contactIds[1] must be a UUID or a base64 Webex contact id'),
    );
    await expect(client.bulkDelete(orgId, [new String(other) as unknown as string])).rejects.toThrow(
      /^contactIds\[0\] must be a UUID/,
    );
    expect(server.received).toHaveLength(0);
  });

  it('rejects an error status with a WebexApiError of bulkDeleteContacts', async () => {
    server.reply({ status: 403, body: responseExample('bulkDeleteContacts', 403) });
    await expect(clientOn(server).bulkDelete(orgId, [other])).rejects.toMatchObject({
      name: 'WebexApiError',
      status: 403,
      operationId: 'bulkDeleteContacts',
    });
  });
});
