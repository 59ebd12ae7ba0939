import { describe, expect, it } from 'vitest';
import type { Measured } from './run-load.ts';
import { perRequestMicros, type RunRecord, summarise } from './summary.ts';

function run(
  round: number,
  key: string,
  rps: number,
  p99: number,
  extra: Partial<Measured> = {},
): RunRecord {
  return {
    round,
    key,
    baseline: 'bare',
    measured: {
      responses: rps * 10,
      seconds: 10,
      requestsPerSecond: rps,
      latency: { p50: p99 / 4, p99, p999: p99 * 2, max: p99 * 3, mean: p99 / 3 },
      non2xx: 0,
      errors: 0,
      timeouts: 0,
      statusCodes: { '200': rps * 10 },
      generatorCpuSeconds: 5,
      serverCpuSeconds: (rps * 10 * 400) / 1e6,
      databaseCpuSeconds: Number.NaN,
      ...extra,
    },
  };
}

describe('summarise', () => {
  it('takes each ratio against bare Fastify in the same round, then the median of those', () => {
    // The machine got busier in round 2: both halved; the ratio did not move.
    const runs = [
      run(1, 'bare', 60_000, 10),
      run(1, 'about-me', 6_000, 40),
      run(2, 'bare', 30_000, 20),
      run(2, 'about-me', 3_000, 80),
      run(3, 'bare', 50_000, 12),
      run(3, 'about-me', 5_500, 36),
    ];
    const summary = summarise(runs, 'about-me');
    expect(summary?.throughputRatio).toBeCloseTo(0.1, 6);
    expect(summary?.p99Ratio).toBe(4);
    expect(summary?.requestsPerSecond).toBe(5_500);
    expect(summary?.rounds).toBe(3);
    expect(summary?.serverCpuMicros).toBeCloseTo(400, 6);
    expect(summary?.generatorCpuShare).toBe(0.5);
  });

  it('adds up non-2xx answers and errors over every round, so one bad run shows', () => {
    const runs = [
      run(1, 'bare', 60_000, 10),
      run(1, 'save', 900, 40, { non2xx: 3 }),
      run(2, 'bare', 60_000, 10),
      run(2, 'save', 900, 40, { errors: 1 }),
    ];
    expect(summarise(runs, 'save')).toMatchObject({ non2xx: 3, errors: 1 });
  });

  it('has no ratio for a round whose baseline did not run, and nothing for an unmeasured route', () => {
    const summary = summarise([run(1, 'about-me', 6_000, 40)], 'about-me');
    expect(summary?.throughputRatio).toBeNaN();
    expect(summarise([], 'caseload')).toBeUndefined();
  });
});

describe('perRequestMicros', () => {
  it('turns CPU seconds over a run into microseconds per request', () => {
    expect(perRequestMicros(4.3, 10_000)).toBeCloseTo(430, 6);
    expect(perRequestMicros(1, 0)).toBeNaN();
  });
});
