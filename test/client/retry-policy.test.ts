// The retry policy on its own: Retry-After parsing, the wait (full-jitter backoff), option checks.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { delay, parseRetryAfter, retryPolicy } from '../../src/retry.js';

const policy = retryPolicy({}, 30_000);
const answer = (status: number, retryAfter?: string) =>
  new Response(null, { status, headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter } });

afterEach(() => {
  vi.restoreAllMocks();
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it.each([
    ['120', 120],
    [' 0 ', 0],
    ['1.5', 1.5],
    ['Wed, 01 Jan 2025 00:00:30 GMT', 30],
    ['Tue, 31 Dec 2024 23:59:00 GMT', 0],
    ['Wednesday, 01-Jan-25 00:01:00 GMT', 60],
  ])('%j is %d seconds', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });

  it.each([null, undefined, '', '-5', 'soon', 'in 5 minutes'])('%j is no value', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('delay: the backoff without Retry-After', () => {
  it('is full jitter: in [0, min(cap, base * 2^retry))', () => {
    const many = retryPolicy({ maxRetries: 100 }, 30_000);
    fc.assert(
      fc.property(fc.nat(20), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (retry, random) => {
        vi.spyOn(Math, 'random').mockReturnValue(random);
        const ceiling = Math.min(many.maxRetryAfterSeconds * 1000, many.baseDelayMs * 2 ** retry);
        for (const wait of [delay(many, 'GET', retry), delay(many, 'POST', retry, answer(429))]) {
          expect(wait).toBeGreaterThanOrEqual(0);
          expect(wait).toBeLessThan(ceiling);
          expect(wait).toBe(random * ceiling);
        }
      }),
    );
  });
});

describe('delay: what is sent again, and when', () => {
  it('waits Retry-After seconds when sent, and not at all beyond the cap', () => {
    expect(delay(policy, 'POST', 0, answer(429, '2'))).toBe(2000);
    expect(delay(policy, 'GET', 0, answer(503, '60'))).toBe(60_000);
    expect(delay(policy, 'GET', 0, answer(503, '61'))).toBe(-1);
  });

  it('stops after maxRetries', () => {
    expect(delay(policy, 'GET', 2, answer(429, '0'))).toBe(0);
    expect(delay(policy, 'GET', 3, answer(429, '0'))).toBe(-1);
    expect(delay(policy, 'GET', 3)).toBe(-1);
  });

  it('retries a GET after 502-504 or no response, never a POST that may have been applied', () => {
    for (const status of [502, 503, 504]) expect(delay(policy, 'GET', 0, answer(status, '0'))).toBe(0);
    expect(delay(policy, 'GET', 0)).toBeGreaterThanOrEqual(0);
    for (const status of [500, 502, 503, 504]) expect(delay(policy, 'POST', 0, answer(status, '0'))).toBe(-1);
    expect(delay(policy, 'POST', 0)).toBe(-1);
  });

  it('sends nothing again after any other status', () => {
    for (const status of [400, 401, 403, 404, 409, 500, 501, 505]) expect(delay(policy, 'GET', 0, answer(status, '0'))).toBe(-1);
  });
});

describe('retryPolicy', () => {
  it('defaults to 3 retries, a 60 s cap and 500 ms steps; false means none', () => {
    expect(retryPolicy(undefined, 30_000)).toEqual({ maxRetries: 3, maxRetryAfterSeconds: 60, baseDelayMs: 500, timeoutMs: 30_000 });
    expect(retryPolicy(false, 30_000).maxRetries).toBe(0);
  });

  it.each([
    [{ maxRetries: -1 }, 'maxRetries must be an integer in [0, 2^31)'],
    [{ maxRetries: 1.5 }, 'maxRetries must be an integer in [0, 2^31)'],
    [{ maxRetryAfterSeconds: Number.NaN }, 'maxRetryAfterSeconds must be an integer in [0, 2^31)'],
    [{ baseDelayMs: Infinity }, 'baseDelayMs must be an integer in [0, 2^31)'],
    [{ baseDelayMs: '500' as unknown as number }, 'baseDelayMs must be an integer in [0, 2^31)'],
  ])('refuses %j', (options, message) => {
    expect(() => retryPolicy(options, 30_000)).toThrow(message);
  });
});
