// Property-based Create a Contact cases, generated from the schema (test/fixtures/schema-arbitraries.ts):
// valid bodies that both the validator and the mock accept, and one-rule mutations that both refuse.
// Mock only (200 bodies would be 200 contacts in a tenant). The dynamic Prism's generated responses are
// checked in test/openapi/dynamic-responses.property.test.ts, outside the suite a live run points at.
//
// The seed changes every run, so runs keep exploring, and is printed before the cases, so any run can be
// repeated exactly: FC_SEED=<seed> npm run test:contract. On failure fast-check reports the seed, the
// path and the shrunk counterexample.
import fc from 'fast-check';
import { beforeAll, describe, expect } from 'vitest';
import { validateCreateContactRequest, validateResponse } from '../../src/contract.js';
import { exampleIds, pathOf } from '../fixtures/operations.js';
import { mutatedCreateBody, placesNotNamed, validCreateBody } from '../fixtures/schema-arbitraries.js';
import { contractIt, send, violations } from './target.js';

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
  contractIt(
    `${numRuns} valid bodies: the validator accepts them and the mock answers 201 with a valid Contact`,
    ['mock'],
    async () => {
      await fc.assert(
        fc.asyncProperty(validCreateBody, async (body) => {
          expect(validateCreateContactRequest(body)).toEqual({ valid: true, errors: [] });
          const res = await send('POST', createPath, { body });
          expect(res.status, res.context).toBe(201);
          expect(violations(res), res.context).toEqual([]);
          expect(validateResponse('createContact', res.status, res.body), res.context).toEqual({
            valid: true,
            errors: [],
          });
        }),
        runs,
      );
    },
    timeout,
  );

  contractIt(
    `${numRuns} bodies with one rule broken: the validator names it and the mock answers 400`,
    ['mock'],
    async () => {
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
    },
    timeout,
  );
});
