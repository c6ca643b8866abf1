// Property-based Create a Contact cases, generated from the schema (test/fixtures/schema-arbitraries.ts):
// valid bodies that both the validator and the mock accept, one-rule mutations that both refuse, and
// responses of a dynamic Prism (`prism mock -d`, generated from the schemas) that always validate.
//
// The seed changes every run, so runs keep exploring, and is printed before the cases, so any run can be
// repeated exactly: FC_SEED=<seed> npm run test:contract. On failure fast-check reports the seed, the
// path and the shrunk counterexample.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { startPrism, testRunLog, type Prism } from '../../scripts/lib/prism.mjs';
import { validateCreateContactRequest, validateResponse } from '../../src/contract.js';
import { contractIt, send, violations } from '../fixtures/contract-target.js';
import { documented, exampleIds, pathOf } from '../fixtures/operations.js';
import { mutatedCreateBody, placesNotNamed, validCreateBody } from '../fixtures/schema-arbitraries.js';

const seed = Number(process.env.FC_SEED ?? Date.now() % 2 ** 31);
const numRuns = 200;
// No endOnFailure: a failure is shrunk to a minimal body before it is reported (bounded by fast-check).
const runs = { seed, numRuns } as const;
// The cases go over HTTP one after another: a few hundred requests to a local Prism take seconds.
const timeout = 120_000;

beforeAll(() => console.log(`[fast-check] seed ${seed}, ${numRuns} cases per property (repeat with FC_SEED=${seed})`));

const createPath = pathOf('createContact', { orgId: exampleIds.orgId });

// 200 generated bodies would be 200 contacts in a tenant: these run against the mock only.
describe(`Create a Contact bodies generated from the schema (seed ${seed})`, () => {
  contractIt(`${numRuns} valid bodies: the validator accepts them and the mock answers 201 with a valid Contact`, ['mock'], async () => {
    await fc.assert(
      fc.asyncProperty(validCreateBody, async (body) => {
        expect(validateCreateContactRequest(body)).toEqual({ valid: true, errors: [] });
        const res = await send('POST', createPath, { body });
        expect(res.status, res.context).toBe(201);
        expect(violations(res), res.context).toEqual([]);
        expect(validateResponse('createContact', res.status, res.body), res.context).toEqual({ valid: true, errors: [] });
      }),
      runs,
    );
  }, timeout);

  contractIt(`${numRuns} bodies with one rule broken: the validator names it and the mock answers 400`, ['mock'], async () => {
    await fc.assert(
      fc.asyncProperty(mutatedCreateBody, async (mutation) => {
        const verdict = validateCreateContactRequest(mutation.body);
        expect(verdict.valid).toBe(false);
        expect(placesNotNamed(mutation, verdict.errors), JSON.stringify(verdict.errors)).toEqual([]);
        const res = await send('POST', createPath, { body: mutation.body });
        expect(res.status, res.context).toBe(400);
        expect(violations(res), res.context).not.toEqual([]);
      }),
      runs,
    );
  }, timeout);
});

describe('a dynamic Prism (responses generated from the schemas)', () => {
  let dynamic: Prism | undefined;
  beforeAll(async () => {
    dynamic = await startPrism({ dynamic: true, logFile: testRunLog('prism-dynamic') });
  }, 60_000);
  afterAll(() => dynamic?.stop());

  const operations = (['getContact', 'createContact'] as const).map((id) => documented(id));
  const request = fc.record({
    operation: fc.constantFrom(...operations),
    body: validCreateBody,
    status: fc.nat(),
  });

  contractIt(`${numRuns} responses for every documented status validate against the document`, [], async () => {
    await fc.assert(
      fc.asyncProperty(request, async ({ operation, body, status: pick }) => {
        const status = operation.responses[pick % operation.responses.length]!.status;
        const res = await send(operation.method, pathOf(operation.operationId, exampleIds), {
          baseUrl: dynamic!.url,
          // Any token satisfies Prism; the target's own (a real one in live mode) is not for this server.
          auth: false,
          headers: { authorization: 'Bearer dynamic', prefer: `code=${status}` },
          ...(operation.method === 'POST' ? { body } : {}),
        });
        expect(res.status, res.context).toBe(status);
        expect(validateResponse(operation.operationId, res.status, res.body), res.context).toEqual({ valid: true, errors: [] });
      }),
      runs,
    );
  }, timeout);
});
