// The client waits what Retry-After says after a 423 or a 429 (src/retry.ts), so every operation must
// document that header there, in whole seconds. That the mock sends each documented Retry-After as
// seconds is the contract suite's part (documentedStatusCases in test/contract/target.ts).
import { describe, expect, it } from 'vitest';
import { bundledDocument, deref, type OperationId, operationNode } from '../fixtures/operations.js';

const operationIds = Object.values<Record<string, { operationId?: OperationId }>>(bundledDocument.paths).flatMap(
  (item) => Object.values(item).flatMap((node) => (node.operationId ? [node.operationId] : [])),
);

describe('Retry-After in the document', () => {
  it('is looked for in every operation', () => {
    expect(operationIds).toEqual(expect.arrayContaining<OperationId>(['getContact', 'createContact']));
  });

  it.each(operationIds.flatMap((id) => [423, 429].map((status) => [id, status] as const)))(
    '%s documents Retry-After in whole seconds on %i',
    (operationId, status) => {
      const response = deref(operationNode(operationId).node.responses[status]);
      expect(response, `${operationId} has no ${status} response`).toBeDefined();
      expect(deref(response.headers?.['Retry-After'])?.schema).toMatchObject({ type: 'integer', minimum: 0 });
    },
  );
});
