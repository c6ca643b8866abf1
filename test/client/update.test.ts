// update(): the PATCH it sends (schemas filled in) and what it resolves with.
import { describe, expect, it } from 'vitest';
import { type UpdateContactInput, WebexApiError } from '../../src/index.js';
import { base64OrgId, clientOn, contactId, orgId, schemaUrn, token } from '../fixtures/client.js';
import { useFaultServer } from '../fixtures/fault-server.js';
import { pathOf, requestExample, responseExample } from '../fixtures/operations.js';
import { validateSchema } from '../fixtures/schema.js';

const server = useFaultServer();
// The document's request example, as a user writes it: without `schemas`.
const { schemas: _, ...changes } = requestExample('updateContact') as UpdateContactInput & { schemas: string };
const updated = responseExample('updateContact', 200);

describe('update()', () => {
  it('PATCHes the changes with schemas filled in, valid against the document, and resolves with the contact', async () => {
    server.reply({ body: updated });
    const contact = await clientOn(server).update(base64OrgId, contactId, changes);
    expect(contact).toEqual(updated);
    expect(server.received).toHaveLength(1);
    const [request] = server.received;
    expect(request).toMatchObject({ method: 'PATCH', url: `/v1${pathOf('updateContact', { orgId, contactId })}` });
    expect(request?.headers.authorization).toBe(`Bearer ${token}`);
    expect(request?.headers['content-type']).toBe('application/json');
    const sent: unknown = JSON.parse(request?.body ?? '');
    expect(sent).toEqual({ ...changes, schemas: schemaUrn });
    expect(validateSchema('UpdateContactRequest', sent).errors).toEqual([]);
  });

  it('sends only the fields given: a field left out keeps its value', async () => {
    server.reply({ body: updated });
    await clientOn(server).update(orgId, contactId, { source: 'CH', groupIds: [] });
    expect(JSON.parse(server.received[0]?.body ?? '')).toEqual({ schemas: schemaUrn, source: 'CH', groupIds: [] });
  });

  it('refuses bad ids and changes that are not an object before sending, naming the argument', async () => {
    const client = clientOn(server);
    await expect(client.update('not-an-org', contactId, changes)).rejects.toThrow(/^orgId must be a UUID/);
    await expect(client.update(orgId, `${contactId}/x`, changes)).rejects.toThrow(/^contactId must be a UUID/);
    await expect(client.update(orgId, contactId, null as unknown as UpdateContactInput)).rejects.toThrow(
      new TypeError('changes must be an object'),
    );
    expect(server.received).toHaveLength(0);
  });

  it("rejects with the server's 404 as a WebexApiError of updateContact", async () => {
    server.reply({ status: 404, body: responseExample('updateContact', 404) });
    const error = await clientOn(server)
      .update(orgId, contactId, changes)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebexApiError);
    expect(error).toMatchObject({ status: 404, operationId: 'updateContact', method: 'PATCH' });
  });

  it('rejects a 2xx that is not a contact object', async () => {
    server.reply({ body: [updated] });
    await expect(clientOn(server).update(orgId, contactId, changes)).rejects.toMatchObject({
      name: 'WebexApiError',
      status: 200,
    });
  });
});
