import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../i18n/said.ts';
import { delayAfter, secondsToWait, waitInWords } from './sign-in-delay.ts';

const policy = { freeFailures: 5, maxDelaySeconds: 300 };

describe('The wait after failed sign-ins', () => {
  it('is nothing for the free failures, then 1 s doubling up to the cap', () => {
    expect([4, 5, 6, 7, 13, 14, 40, 10_000].map((n) => delayAfter(n, policy))).toEqual([
      0, 1, 2, 4, 256, 300, 300, 300,
    ]);
  });

  it('never shrinks with more failures and never passes the cap', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 86_400 }),
        (failures, freeFailures, maxDelaySeconds) => {
          const rule = { freeFailures, maxDelaySeconds };
          const now = delayAfter(failures, rule);
          expect(delayAfter(failures + 1, rule)).toBeGreaterThanOrEqual(now);
          expect(now).toBeLessThanOrEqual(maxDelaySeconds);
        },
      ),
    );
  });

  it('counts from the latest failure, in whole seconds rounded up', () => {
    const history = { failures: 7, lastFailureAt: '2026-11-25T10:00:00.000Z' };
    expect(secondsToWait(history, policy, new Date('2026-11-25T10:00:00.500Z'))).toBe(4);
    expect(secondsToWait(history, policy, new Date('2026-11-25T10:00:03.100Z'))).toBe(1);
    expect(secondsToWait(history, policy, new Date('2026-11-25T10:00:04.000Z'))).toBe(0);
    expect(secondsToWait({ failures: 0, lastFailureAt: null }, policy, new Date())).toBe(0);
  });

  it('is said the way a person would say it', () => {
    expect([1, 8, 59, 60, 61, 300].map((seconds) => wordsOf(waitInWords(seconds)))).toEqual([
      '1 second',
      '8 seconds',
      '59 seconds',
      '1 minute',
      '2 minutes',
      '5 minutes',
    ]);
  });
});
