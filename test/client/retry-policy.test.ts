// The retry policy on its own: Retry-After parsing, the wait (full-jitter backoff), the deadline, option checks.
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseRetryAfter, type RetryPolicy, retryDelay, retryPolicy } from '../../src/retry-policy.js';

const limits = { timeoutMs: 30_000, totalTimeoutMs: 120_000 };
const policy = retryPolicy({}, limits);
const answer = (status: number, retryAfter?: string) =>
  new Response(null, { status, headers: retryAfter === undefined ? {} : { 'Retry-After': retryAfter } });
/** The wait after an attempt of `method` (the `retry`-th retry) that got `response` (none: no answer), with no deadline near. */
const delay = (withPolicy: RetryPolicy, method: string, retry: number, response?: Response) =>
  retryDelay(withPolicy, { method, retry, response, remainingMs: Infinity });

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
    const many = retryPolicy({ maxRetries: 100 }, limits);
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
    expect(delay(policy, 'GET', 0, answer(503, '61'))).toBeUndefined();
  });

  it("starts no wait that would end at or past the call's deadline", () => {
    const at = (remainingMs: number, response?: Response) =>
      retryDelay(policy, { method: 'GET', retry: 0, response, remainingMs });
    expect(at(2001, answer(429, '2'))).toBe(2000);
    expect(at(2000, answer(429, '2'))).toBeUndefined();
    expect(at(0, answer(429, '0'))).toBeUndefined();
    // The backoff too: it is under 500 ms on the first retry, so 500 ms left always allows it and 0 never does.
    expect(at(500)).toBeGreaterThanOrEqual(0);
    expect(at(0)).toBeUndefined();
  });

  it('never retries a success', () => {
    for (const status of [200, 201, 204]) expect(delay(policy, 'GET', 0, answer(status, '0'))).toBeUndefined();
  });

  it('stops after maxRetries', () => {
    expect(delay(policy, 'GET', 2, answer(429, '0'))).toBe(0);
    expect(delay(policy, 'GET', 3, answer(429, '0'))).toBeUndefined();
    expect(delay(policy, 'GET', 3)).toBeUndefined();
  });

  it.each(['GET', 'DELETE'])('retries a %s after 502-504 or no response', (method) => {
    for (const status of [502, 503, 504]) expect(delay(policy, method, 0, answer(status, '0'))).toBe(0);
    expect(delay(policy, method, 0)).toBeGreaterThanOrEqual(0);
  });

  it.each(['POST', 'PATCH'])('never retries a %s that may have been applied, only after 429 or 423', (method) => {
    for (const status of [500, 502, 503, 504]) expect(delay(policy, method, 0, answer(status, '0'))).toBeUndefined();
    expect(delay(policy, method, 0)).toBeUndefined();
    for (const status of [429, 423]) expect(delay(policy, method, 0, answer(status, '0'))).toBe(0);
  });

  it('sends nothing again after any other status', () => {
    for (const status of [400, 401, 403, 404, 409, 500, 501, 505])
      expect(delay(policy, 'GET', 0, answer(status, '0'))).toBeUndefined();
  });
});

describe('retryPolicy', () => {
  it('defaults to 3 retries, a 60 s cap and 500 ms steps; false means none', () => {
    expect(retryPolicy(undefined, limits)).toEqual({
      maxRetries: 3,
      maxRetryAfterSeconds: 60,
      baseDelayMs: 500,
      ...limits,
    });
    expect(retryPolicy(false, limits).maxRetries).toBe(0);
  });

  it.each([
    [{ maxRetries: -1 }, 'maxRetries must be an integer in [0, 2^31)'],
    [{ maxRetries: 1.5 }, 'maxRetries must be an integer in [0, 2^31)'],
    [{ maxRetryAfterSeconds: Number.NaN }, 'maxRetryAfterSeconds must be an integer in [0, 2^31)'],
    [{ baseDelayMs: Infinity }, 'baseDelayMs must be an integer in [0, 2^31)'],
    [{ baseDelayMs: '500' as unknown as number }, 'baseDelayMs must be an integer in [0, 2^31)'],
  ])('refuses %j', (options, message) => {
    expect(() => retryPolicy(options, limits)).toThrow(message);
  });

  it.each([
    [{ timeoutMs: 0, totalTimeoutMs: 1 }, 'timeoutMs must be an integer in [1, 2^31)'],
    [{ timeoutMs: 1, totalTimeoutMs: 0 }, 'totalTimeoutMs must be an integer in [1, 2^31)'],
    [{ timeoutMs: 1, totalTimeoutMs: 2 ** 31 }, 'totalTimeoutMs must be an integer in [1, 2^31)'],
  ])('refuses the time limits %j', (times, message) => {
    expect(() => retryPolicy({}, times)).toThrow(message);
  });
});
