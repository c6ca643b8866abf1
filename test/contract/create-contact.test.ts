// Create a Contact held to the document, against the Prism mock or CONTRACT_BASE_URL (writes only with
// CONTRACT_ALLOW_WRITES=1): the documented request examples are accepted, every documented error comes
// as documented, and every one-rule mutation of the examples is refused by the server and by the
// validator users get — which must name the place the mutation broke. A request that may create a
// contact goes through sendTracked: live, whatever it creates is deleted when the run ends.
import { describe, expect } from 'vitest';
import { validateCreateContactRequest } from '../../src/contract.js';
import { bundledDocument, documented, exampleIds, pathOf, requestExample } from '../fixtures/operations.js';
import { sendTracked } from './created-contacts.js';
import { malformedRequestCases, mutationCases, unauthorizedCase } from './refusals.js';
import {
  contractIt,
  documentedExampleCases,
  documentedStatusCases,
  expectDocumentedAnswer,
  send,
  target,
  targetInTitles,
  writes,
} from './target.js';

const operation = documented('createContact');
const path = (orgId = target.orgId ?? exampleIds.orgId) => pathOf('createContact', { orgId });
const firstExample = requestExample('createContact');

/** The request the mock-only cases send, with the Prefer header each asks with. */
const mockOnlyRequest = (headers: Record<string, string>) => send('POST', path(), { body: firstExample, headers });

describe(`createContact against ${targetInTitles}`, () => {
  contractIt('the document has request examples for every source', [], async () => {
    const sources: string[] = bundledDocument.components.schemas.ContactSource.enum;
    expect(sources.length).toBeGreaterThan(1);
    const shown = Object.values(operation.requestExamples).map((body) => (body as { source: string }).source);
    expect(new Set(shown)).toEqual(new Set(sources));
  });

  for (const [name, body] of Object.entries(operation.requestExamples)) {
    contractIt(
      `accepts the documented request "${name}": 201 with a Contact that validates, no sl-violations`,
      writes,
      async () => {
        const res = await sendTracked('POST', path(), { body });
        expectDocumentedAnswer('createContact', 201, res);
        expect(res.headers.get('trackingid'), res.context).toBeTruthy();
      },
    );
  }

  documentedExampleCases('createContact', 201, mockOnlyRequest);

  unauthorizedCase('createContact', ['org'], (options) =>
    sendTracked('POST', path(), { body: firstExample, ...options }),
  );

  describe('each documented response', () => {
    documentedStatusCases(operation, mockOnlyRequest);
  });

  describe('refuses requests that are not a Create body', () => {
    malformedRequestCases('createContact', writes, firstExample, (init, orgId) =>
      sendTracked('POST', path(orgId), init),
    );
  });

  // Every one-rule mutation of every documented request example, derived from the schema: each
  // required field dropped, the CH reachability rule broken, each enum, const, type and format broken,
  // an unknown field added at every level.
  mutationCases({
    operation,
    needs: writes,
    schema: 'CreateContactRequest',
    // Create's validator, validateCreateContactRequest, is itself the check of that schema.
    schemaRefuses: false,
    validate: validateCreateContactRequest,
    request: (body) => sendTracked('POST', path(), { body }),
  });
});
