// What the `webex-org-contacts/contract` validators cost as the invalid items of one value grow: a
// contact with n emails of the wrong type, a Create a Contact body with n emails of an unknown type, a
// Bulk Create or Update body with n contacts that no kind of item accepts.
// Prints the median ms per validation and µs per invalid item at each n; the time should grow in
// proportion to n (a flat µs per item), not with its square, whatever maxErrors lists. Run with
// `npm run bench -- validators`; BENCH_SCALE=0.2 for fewer rounds.
import { cpus } from 'node:os';
import {
  type ContractResult,
  validateContact,
  validateCreateContactRequest,
  validateRequest,
} from '../../src/contract.js';
import { gotContact, schemaUrn } from '../fixtures/client.js';
import { median, table } from './interleave.js';

// The target is on k in "time grows as n^k", fitted over a case's sizes (least squares on log time
// against log n): 1 is linear, 2 the square. Not 1 exactly: past some size Ajv's errors outgrow V8's
// young generation, and each item's garbage then costs a little more to collect.
const TARGET = 1.5;
const emailSizes = [10_000, 30_000, 100_000, 300_000];
// A bulk item that matches no kind of item fails each kind's rules: about ten errors an item, hence fewer.
const bulkSizes = [1_000, 3_000, 10_000, 30_000];
const scale = Number(process.env.BENCH_SCALE ?? 1);
if (!(scale > 0)) throw new Error(`BENCH_SCALE must be a number > 0, got ${process.env.BENCH_SCALE}`);
const rounds = Math.max(3, Math.round(11 * scale));

interface Case {
  name: string;
  /** The value with `n` invalid items. */
  make: (n: number) => unknown;
  validate: (value: unknown) => ContractResult;
  /** The path of the first item's error, which the bounded list must still name. */
  firstPath: string;
  sizes: number[];
}

const cases: Case[] = [
  {
    name: 'validateContact, emails[].value a number',
    make: (n) => ({ ...gotContact, emails: Array.from({ length: n }, () => ({ value: 7, type: 'work' })) }),
    validate: validateContact,
    firstPath: '/emails/0/value',
    sizes: emailSizes,
  },
  {
    name: 'validateCreateContactRequest, emails[].type unknown',
    make: (n) => ({
      schemas: schemaUrn,
      source: 'CH',
      emails: Array.from({ length: n }, () => ({ value: 'a@example.com', type: 'personal' })),
    }),
    validate: validateCreateContactRequest,
    firstPath: '/emails/0/type',
    sizes: emailSizes,
  },
  {
    name: 'validateRequest bulkCreateOrUpdateContacts, contacts[] CH without a contact method',
    make: (n) => ({
      schemas: schemaUrn,
      contacts: Array.from({ length: n }, () => ({ source: 'CH', displayName: 'Front Desk' })),
    }),
    validate: (value) => validateRequest('bulkCreateOrUpdateContacts', value),
    firstPath: '/contacts/0',
    sizes: bulkSizes,
  },
];

console.log(
  `Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model.trim()}; median of ${rounds} rounds, ` +
    'each round validating every size once in a shuffled order (noise lands on all sizes alike)',
);
for (const { name, make, validate, firstPath, sizes } of cases) {
  validate(make(10)); // compiles the validator outside the clock
  const values = new Map(sizes.map((n) => [n, make(n)]));
  const samples = new Map(sizes.map((n) => [n, [] as number[]]));
  for (let round = 0; round < rounds; round++) {
    for (const n of shuffled(sizes, round)) {
      const t0 = performance.now();
      const checked = validate(values.get(n));
      samples.get(n)!.push(performance.now() - t0);
      // A fast answer means nothing unless it is the right one: invalid, bounded, naming the first item.
      if (
        checked.valid ||
        checked.truncated !== true ||
        checked.errors.length !== 100 ||
        checked.errors[0]?.path !== firstPath
      ) {
        throw new Error(
          `${name} at ${n}: unexpected result ${JSON.stringify({ ...checked, errors: checked.errors.slice(0, 2) })}`,
        );
      }
    }
  }
  const ms = sizes.map((n) => median(samples.get(n)!));
  const rows = sizes.map((n, i) => [n.toLocaleString('en'), ms[i]!.toFixed(1), ((ms[i]! * 1000) / n).toFixed(2)]);
  console.log(`\n${name}\n\n${table(['invalid items', 'median ms', 'µs per item'], rows)}`);
  const k = slope(sizes.map(Math.log), ms.map(Math.log));
  const verdict = k <= TARGET ? 'PASS' : 'MISS';
  console.log(`target: time grows as n^k with k ≤ ${TARGET} (linear: 1, square: 2): k = ${k.toFixed(2)} ${verdict}`);
}

/** The least-squares slope of y against x. */
function slope(x: number[], y: number[]): number {
  const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
  const mx = mean(x);
  const my = mean(y);
  const covariance = x.reduce((sum, xi, i) => sum + (xi - mx) * (y[i]! - my), 0);
  const variance = x.reduce((sum, xi) => sum + (xi - mx) ** 2, 0);
  return covariance / variance;
}

/** A rotation of `items` that changes every round, so no size always runs first or after the same one. */
function shuffled<T>(items: T[], round: number): T[] {
  const start = round % items.length;
  const rotated = [...items.slice(start), ...items.slice(0, start)];
  return round % 2 ? rotated.reverse() : rotated;
}
