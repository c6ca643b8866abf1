// Responses a dynamic Prism (`prism mock --dynamic`) generates from the document's schemas, for every
// documented status, validate against the document as `validateResponse` reads it: the schemas and the
// shipped validator agree on what a response may be. A check of the document, not of a server, so it is
// not part of the contract suite (test/contract), which `npm run test:contract` points at live tenants.
//
// The seed changes every run and is printed first; FC_SEED=<seed> repeats a run exactly.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Prism, startPrism } from '../../scripts/lib/prism.mjs';
import { validateResponse } from '../../src/contract.js';
import { documented, exampleIds, pathOf } from '../fixtures/operations.js';
import { validCreateBody } from '../fixtures/schema-arbitraries.js';
import { testRunLog } from '../fixtures/test-run-log.js';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const numRuns = 200;
// The cases go over HTTP one after another: a few hundred requests to a local Prism take seconds.
const timeout = 120_000;

describe(`a dynamic Prism (responses generated from the schemas; seed ${seed})`, () => {
  let dynamic: Prism | undefined;
  let log = '';
  beforeAll(async () => {
    console.log(`[fast-check] seed ${seed}, ${numRuns} cases (repeat with FC_SEED=${seed})`);
    log = testRunLog('prism-dynamic');
    dynamic = await startPrism({ dynamic: true, logFile: log });
  }, 60_000);
  afterAll(() => dynamic?.stop());

  const operations = (['getContact', 'createContact'] as const).map((id) => documented(id));
  const request = fc.record({
    operation: fc.constantFrom(...operations),
    body: validCreateBody,
    status: fc.nat(),
  });

  /** One request with a bounded wait; what was sent and what came back, for the assertion messages. */
  async function exchange(method: string, path: string, headers: Record<string, string>, body?: unknown) {
    const response = await fetch(dynamic!.url + path, {
      method,
      headers: {
        authorization: 'Bearer dynamic',
        ...headers,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(15_000),
    });
    const text = await response.text();
    const context = `${method} ${path} (${JSON.stringify(headers)})\n→ ${response.status}: ${text.slice(0, 500)}\n(Prism's log: ${log})`;
    return { status: response.status, body: text ? JSON.parse(text) : undefined, context };
  }

  it(
    `${numRuns} responses for every documented status validate against the document`,
    async () => {
      await fc.assert(
        fc.asyncProperty(request, async ({ operation, body, status: pick }) => {
          const status = operation.responses[pick % operation.responses.length]!.status;
          const path = pathOf(operation.operationId, exampleIds);
          const res = await exchange(
            operation.method,
            path,
            { prefer: `code=${status}` },
            operation.method === 'POST' ? body : undefined,
          );
          expect(res.status, res.context).toBe(status);
          expect(validateResponse(operation.operationId, res.status, res.body), res.context).toEqual({
            valid: true,
            errors: [],
          });
        }),
        { seed, numRuns },
      );
    },
    timeout,
  );
});
