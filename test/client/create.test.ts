// create(): the body it sends (schemas filled in) and what it resolves with.
import { describe, expect, it } from 'vitest';
import { type CreateContactInput, WebexApiError } from '../../src/index.js';
import { clientOn, createdContact, orgId, schemaUrn, token, unpaddedBase64OrgId } from '../fixtures/client.js';
import { useFaultServer } from '../fixtures/fault-server.js';
import { validateSchema } from '../fixtures/schema.js';

const server = useFaultServer();
const input: CreateContactInput = {
  source: 'CH',
  displayName: 'Front Desk',
  emails: [{ value: 'frontdesk@example.com', type: 'work' }],
};

describe('create()', () => {
  it('POSTs the body with schemas filled in, valid against the document, and resolves with the contact', async () => {
    server.reply({ status: 201, body: createdContact });
    const contact = await clientOn(server).create(orgId, input);
    expect(contact).toEqual(createdContact);
    expect(server.received).toHaveLength(1);
    const [request] = server.received;
    expect(request?.method).toBe('POST');
    expect(request?.url).toBe(`/v1/contacts/organizations/${orgId}/contacts`);
    expect(request?.headers.authorization).toBe(`Bearer ${token}`);
    expect(request?.headers['content-type']).toBe('application/json');
    const sent: unknown = JSON.parse(request?.body ?? '');
    expect(sent).toEqual({ ...input, schemas: schemaUrn });
    expect(validateSchema('CreateContactRequest', sent).errors).toEqual([]);
  });

  it("keeps the schemas the caller gave and does not change the caller's object", async () => {
    server.reply({ status: 201, body: createdContact });
    const given: CreateContactInput = { ...input, schemas: schemaUrn };
    const before = structuredClone(input);
    await clientOn(server).create(orgId, given);
    expect(JSON.parse(server.received[0]?.body ?? '')).toEqual(given);
    expect(input).toEqual(before);
  });

  it('fills in schemas given as undefined (allowed by TypeScript without exactOptionalPropertyTypes)', async () => {
    server.reply({ status: 201, body: createdContact });
    await clientOn(server).create(orgId, { ...input, schemas: undefined } as unknown as CreateContactInput);
    expect(JSON.parse(server.received[0]?.body ?? '')).toEqual({ ...input, schemas: schemaUrn });
  });

  it('sends the UUID of an unpadded base64 organization id', async () => {
    server.reply({ status: 201, body: createdContact });
    await clientOn(server).create(unpaddedBase64OrgId, input);
    expect(server.received[0]?.url).toBe(`/v1/contacts/organizations/${orgId}/contacts`);
  });

  it('refuses a bad orgId before sending anything', async () => {
    await expect(clientOn(server).create('not-an-org', input)).rejects.toThrow(/^orgId must be a UUID/);
    expect(server.received).toHaveLength(0);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a list', [input]],
    ['a string', JSON.stringify(input)],
  ])('refuses %s as the input before sending, naming the argument', async (_, bad) => {
    await expect(clientOn(server).create(orgId, bad as CreateContactInput)).rejects.toThrow(
      new TypeError('input must be an object'),
    );
    expect(server.received).toHaveLength(0);
  });

  it('refuses a String object as orgId before sending', async () => {
    await expect(clientOn(server).create(new String(orgId) as unknown as string, input)).rejects.toThrow(
      /^orgId must be a UUID/,
    );
    expect(server.received).toHaveLength(0);
  });

  it("rejects with the server's 400 as a WebexApiError", async () => {
    server.reply({
      status: 400,
      body: { message: 'The request body is invalid.', errors: [{ description: 'source is required.' }] },
    });
    const error = await clientOn(server)
      .create(orgId, input)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebexApiError);
    expect(error).toMatchObject({
      status: 400,
      errors: ['source is required.'],
      operationId: 'createContact',
      method: 'POST',
    });
  });
});
