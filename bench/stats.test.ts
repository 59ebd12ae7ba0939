import { describe, expect, it } from 'vitest';
import { median, percentileOfSorted, ratio, summariseLatencies } from './stats.ts';

describe('median', () => {
  it('is the middle of an odd count and the mean of the middle two of an even count', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });

  it('ignores missing figures and is missing when nothing is left', () => {
    expect(median([Number.NaN, 5, 7, Number.NaN, 6])).toBe(6);
    expect(median([])).toBeNaN();
    expect(median([Number.NaN])).toBeNaN();
  });
});

describe('percentileOfSorted', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => i + 1);

  it('picks the nearest rank: the smallest value with that share at or below it', () => {
    expect(percentileOfSorted(hundred, 50)).toBe(50);
    expect(percentileOfSorted(hundred, 99)).toBe(99);
    expect(percentileOfSorted(hundred, 99.9)).toBe(100);
    expect(percentileOfSorted(hundred, 100)).toBe(100);
    expect(percentileOfSorted(hundred, 0)).toBe(1);
  });

  it('answers the single value of a single response, and nothing for none', () => {
    expect(percentileOfSorted([4.2], 99.9)).toBe(4.2);
    expect(percentileOfSorted([], 50)).toBeNaN();
  });
});

describe('summariseLatencies', () => {
  it('keeps fractions of a millisecond and does not reorder what it was given', () => {
    const latencies = [0.31, 2.5, 0.42, 0.35, 9.75];
    const summary = summariseLatencies(latencies);
    expect(summary).toMatchObject({ p50: 0.42, p99: 9.75, p999: 9.75, max: 9.75 });
    expect(summary.mean).toBeCloseTo(2.666, 6);
    expect(latencies[0]).toBe(0.31);
  });

  it('tells p99 from p99.9 once there are enough responses', () => {
    // 1,000 responses: 988 fast, 10 slow, 2 very slow.
    const latencies = [...Array(988).fill(1), ...Array(10).fill(20), 500, 500];
    const summary = summariseLatencies(latencies);
    expect(summary.p50).toBe(1);
    expect(summary.p99).toBe(20);
    expect(summary.p999).toBe(500);
  });
});

describe('ratio', () => {
  it('divides, and is missing rather than infinite when the denominator failed', () => {
    expect(ratio(3_000, 60_000)).toBe(0.05);
    expect(ratio(3_000, 0)).toBeNaN();
    expect(ratio(Number.NaN, 10)).toBeNaN();
  });
});
