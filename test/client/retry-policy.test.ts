// The retry policy on its own: Retry-After parsing, full-jitter backoff, option checks.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backoff, delayAfterFailure, delayAfterStatus, parseRetryAfter, retryPolicy } from '../../src/retry.js';

const policy = retryPolicy({});

describe('parseRetryAfter', () => {
  const now = Date.parse('2025-01-01T00:00:00Z');
  it.each([
    ['120', 120],
    [' 0 ', 0],
    ['Wed, 01 Jan 2025 00:00:30 GMT', 30],
    ['Tue, 31 Dec 2024 23:59:00 GMT', 0],
    ['Wednesday, 01-Jan-25 00:01:00 GMT', 60],
  ])('%j is %d seconds', (value, seconds) => {
    expect(parseRetryAfter(value, now)).toBe(seconds);
  });

  it.each([null, '', '-5', '1.5', 'soon', 'Wed, 01 Jan 2025'])('%j is no value', (value) => {
    expect(parseRetryAfter(value, now)).toBeUndefined();
  });
});

describe('backoff', () => {
  it('is full jitter: in [0, min(cap, base * 2^retry))', () => {
    fc.assert(
      fc.property(fc.nat(20), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (retry, random) => {
        const delay = backoff(policy, retry, () => random);
        const ceiling = Math.min(policy.maxRetryAfterSeconds * 1000, policy.baseDelayMs * 2 ** retry);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling);
        expect(delay).toBe(random * ceiling);
      }),
    );
  });
});

describe('delayAfterStatus / delayAfterFailure', () => {
  it('waits Retry-After seconds when sent, and not at all beyond the cap', () => {
    expect(delayAfterStatus(policy, 'POST', 429, 2, 0)).toBe(2000);
    expect(delayAfterStatus(policy, 'GET', 503, 60, 0)).toBe(60_000);
    expect(delayAfterStatus(policy, 'GET', 503, 61, 0)).toBe(-1);
  });

  it('stops after maxRetries', () => {
    expect(delayAfterStatus(policy, 'GET', 429, 0, 2)).toBe(0);
    expect(delayAfterStatus(policy, 'GET', 429, 0, 3)).toBe(-1);
    expect(delayAfterFailure(policy, 'GET', 3)).toBe(-1);
  });

  it('never repeats a POST that may have been applied', () => {
    for (const status of [500, 502, 503, 504]) expect(delayAfterStatus(policy, 'POST', status, 0, 0)).toBe(-1);
    expect(delayAfterFailure(policy, 'POST', 0)).toBe(-1);
  });
});

describe('retryPolicy', () => {
  it('defaults to 3 retries, a 60 s cap and 500 ms steps; false means none', () => {
    expect(retryPolicy(undefined)).toEqual({ maxRetries: 3, maxRetryAfterSeconds: 60, baseDelayMs: 500 });
    expect(retryPolicy(false).maxRetries).toBe(0);
  });

  it.each([
    [{ maxRetries: -1 }, 'retry.maxRetries must be a non-negative integer'],
    [{ maxRetries: 1.5 }, 'retry.maxRetries must be a non-negative integer'],
    [{ maxRetryAfterSeconds: Number.NaN }, 'retry.maxRetryAfterSeconds must be a finite number >= 0'],
    [{ baseDelayMs: Infinity }, 'retry.baseDelayMs must be a finite number >= 0'],
  ])('refuses %j', (options, message) => {
    expect(() => retryPolicy(options)).toThrow(message);
  });
});
