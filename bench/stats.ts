// Pure arithmetic for the benchmark: medians across rounds and exact latency percentiles.

/** The middle value; for an even count, the mean of the two middle values. NaN when empty. */
export function median(values: readonly number[]): number {
  const finite = values.filter((value) => Number.isFinite(value));
  if (finite.length === 0) return Number.NaN;
  const sorted = [...finite].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/**
 * The nearest-rank percentile of values already sorted ascending: the smallest value that at
 * least `percent`% of the values are at or below. NaN when empty.
 */
export function percentileOfSorted(sorted: ArrayLike<number>, percent: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((percent / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}

export type LatencySummary = { p50: number; p99: number; p999: number; max: number; mean: number };

/** p50, p99, p99.9, max and mean of latencies in milliseconds (sorts a copy). */
export function summariseLatencies(latencies: ArrayLike<number>): LatencySummary {
  const sorted = Float64Array.from(latencies).sort();
  let total = 0;
  for (const value of sorted) total += value;
  return {
    p50: percentileOfSorted(sorted, 50),
    p99: percentileOfSorted(sorted, 99),
    p999: percentileOfSorted(sorted, 99.9),
    max: sorted.length ? (sorted[sorted.length - 1] as number) : Number.NaN,
    mean: sorted.length ? total / sorted.length : Number.NaN,
  };
}

/** a / b, or NaN when either is missing or b is zero (a ratio to a run that failed). */
export function ratio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : Number.NaN;
}
