// The refusals several operations' contract files check alike: no Authorization, malformed path ids,
// requests that are no body of the operation, every one-rule mutation of a documented request, and the
// assertion every refusal the client is to blame for shares. Each builder registers its cases where it
// is called (inside the caller's describe); the caller says how to send one.
import { describe, expect } from 'vitest';
import type { ContractResult, OperationId } from '../../src/contract.js';
import { type DocumentedOperation, exampleIds } from '../fixtures/operations.js';
import { validateAt } from '../fixtures/schema.js';
import { mutationsOf, placesNotNamed } from '../fixtures/schema-arbitraries.js';
import { contractIt, type Exchange, expectDocumentedBody, type Need, target, violations } from './target.js';

/**
 * Asserts a refusal the client is to blame for: a documented 4xx that is not about auth or rate (which
 * one is the server's to choose). With `violation`, the mock is held closer: 400, its sl-violations
 * naming that place of the request (`['path', 'orgid']`) and the rule broken (`'format'`).
 */
export function expectRefused(
  operationId: OperationId,
  res: Exchange,
  violation?: { location: readonly string[]; code: string },
): void {
  expect(res.status, res.context).toBeGreaterThanOrEqual(400);
  expect(res.status, res.context).toBeLessThan(500);
  expect([401, 403, 429], res.context).not.toContain(res.status);
  expectDocumentedBody(operationId, res);
  if (violation && target.mock) {
    expect(res.status, res.context).toBe(400);
    expect(violations(res), res.context).toContainEqual(
      expect.objectContaining({ location: ['request', ...violation.location], code: violation.code }),
    );
  }
}

/**
 * The case without Authorization: 401 with the documented error body. `request` sends the operation's
 * request with `options` (`{ auth: false }`) among its send options.
 */
export function unauthorizedCase(
  operationId: OperationId,
  needs: readonly Need[],
  request: (options: { auth: false }) => Promise<Exchange>,
): void {
  contractIt('answers 401 with the documented error body without Authorization', needs, async () => {
    const res = await request({ auth: false });
    expect(res.status, res.context).toBe(401);
    expectDocumentedBody(operationId, res);
  });
}

/**
 * The path ids that are no UUID, each refused (expectRefused, the mock naming the parameter and
 * `format`): an orgId that is none, the base64 form other Webex APIs return (these paths take the UUID
 * inside it), a contactId that is none. `orgId` gives the well-formed orgId the other id goes with;
 * `request` sends the operation to the path of the two ids.
 */
export function malformedIdCases(
  operationId: OperationId,
  needs: readonly Need[],
  orgId: () => string,
  request: (orgId: string, contactId: string) => Promise<Exchange>,
): void {
  const malformed: [string, string, () => string, string][] = [
    ['an orgId that is no UUID', 'orgid', () => 'not-a-uuid', exampleIds.contactId],
    ['a base64 orgId', 'orgid', () => btoa(`ciscospark://us/ORGANIZATION/${orgId()}`), exampleIds.contactId],
    ['a contactId that is no UUID', 'contactid', orgId, 'not-a-uuid'],
  ];
  for (const [what, parameter, orgIdOfCase, contactId] of malformed) {
    contractIt(
      `${what}: a documented 4xx that is not about auth or rate (the mock: 400 naming the parameter and its format)`,
      needs,
      async () => {
        const res = await request(orgIdOfCase(), contactId);
        expectRefused(operationId, res, { location: ['path', parameter], code: 'format' });
      },
    );
  }
}

/**
 * The requests that are no body of `operationId` (malformed JSON, not JSON, no body; with `badOrgId`, a
 * well-formed body under an orgId that is no UUID): each gets a documented 4xx that is not about auth or
 * rate. `request` sends one, given the raw body (undefined: none), its headers and the orgId to use.
 */
export function malformedRequestCases(
  operationId: OperationId,
  needs: readonly Need[],
  example: unknown,
  request: (init: { body?: string; headers: Record<string, string> }, orgId: string | undefined) => Promise<Exchange>,
  { badOrgId = true }: { badOrgId?: boolean } = {},
): void {
  const json = { 'content-type': 'application/json' };
  const cases: [string, string | undefined, Record<string, string>, string | undefined][] = [
    ['malformed JSON', '{"schemas":', json, undefined],
    ['a body that is not JSON', JSON.stringify(example), { 'content-type': 'text/plain' }, undefined],
    ['no body at all', undefined, {}, undefined],
    ...(badOrgId
      ? [
          ['an orgId that is no UUID', JSON.stringify(example), json, 'not-a-uuid'] as [
            string,
            string,
            Record<string, string>,
            string,
          ],
        ]
      : []),
  ];
  for (const [what, body, headers, orgId] of cases) {
    contractIt(`${what}: a documented 4xx that is not about auth or rate`, needs, async () => {
      const res = await request({ ...(body === undefined ? {} : { body }), headers }, orgId);
      expectRefused(operationId, res);
    });
  }
}

export interface MutationCases {
  operation: DocumentedOperation;
  needs: readonly Need[];
  /** The request schema's name under components.schemas: each mutation breaks one of its rules. */
  schema: string;
  /** Whether the schema itself (validateAt) must refuse each mutation too, before the validator. */
  schemaRefuses: boolean;
  /** The validator users get: it must refuse each mutation and name the place the mutation broke. */
  validate: (body: unknown) => ContractResult;
  /** Sends `body`, a mutation of the documented request `example`. */
  request: (body: unknown, example: Record<string, unknown>) => Promise<Exchange>;
}

/**
 * Every one-rule mutation of every documented request example (mutationsOf), a describe per example:
 * refused by the validator, which names the place, and by the server with a documented 400 (the mock:
 * with violations).
 */
export function mutationCases({ operation, needs, schema, schemaRefuses, validate, request }: MutationCases): void {
  for (const [name, example] of Object.entries(operation.requestExamples)) {
    describe(`refuses each one-rule mutation of the example "${name}"`, () => {
      for (const mutation of mutationsOf(example as Record<string, unknown>, schema)) {
        contractIt(`${mutation.rule} broken at ${mutation.path || '/'}`, needs, async () => {
          if (schemaRefuses) expect(validateAt(`/components/schemas/${schema}`, mutation.body).valid).toBe(false);
          const verdict = validate(mutation.body);
          expect(verdict.valid).toBe(false);
          // An error at the mutated path (at each field of a broken group), inside it, or around it.
          expect(placesNotNamed(mutation, verdict.errors), JSON.stringify(verdict.errors)).toEqual([]);
          const res = await request(mutation.body, example as Record<string, unknown>);
          expect(res.status, res.context).toBe(400);
          expectDocumentedBody(operation.operationId, res);
          if (target.mock) expect(violations(res), res.context).not.toEqual([]);
        });
      }
    });
  }
}
