// From the runs of every round to one line per route: medians across rounds, each ratio taken
// against the baseline (bare Fastify) measured in the same round, and problems summed.
import type { Measured } from './run-load.ts';
import { median, ratio } from './stats.ts';

export type RunRecord = {
  round: number;
  /** The row it belongs to, e.g. "about-me" or "s2-paced-bare". */
  key: string;
  /** The row this one is compared with in the same round ("bare"); itself for the baseline. */
  baseline: string;
  measured: Measured;
};

export type Summary = {
  key: string;
  rounds: number;
  requestsPerSecond: number;
  /** Median over rounds of this round's throughput ÷ the baseline's in the same round. */
  throughputRatio: number;
  p50: number;
  p99: number;
  p999: number;
  /** Median over rounds of this round's p99 ÷ the baseline's p99 in the same round. */
  p99Ratio: number;
  non2xx: number;
  errors: number;
  serverCpuMicros: number;
  databaseCpuMicros: number;
  /** The load generator's CPU as a share of one core (1 = it was flat out). */
  generatorCpuShare: number;
};

export function perRequestMicros(cpuSeconds: number, responses: number): number {
  return responses > 0 ? (cpuSeconds / responses) * 1e6 : Number.NaN;
}

export function summarise(runs: readonly RunRecord[], key: string): Summary | undefined {
  const own = runs.filter((run) => run.key === key);
  if (own.length === 0) return undefined;
  const baselineOf = (run: RunRecord) =>
    runs.find((other) => other.round === run.round && other.key === run.baseline)?.measured;
  const of = (pick: (measured: Measured) => number) => median(own.map((run) => pick(run.measured)));
  return {
    key,
    rounds: own.length,
    requestsPerSecond: of((m) => m.requestsPerSecond),
    throughputRatio: median(
      own.map((run) =>
        ratio(run.measured.requestsPerSecond, baselineOf(run)?.requestsPerSecond ?? Number.NaN),
      ),
    ),
    p50: of((m) => m.latency.p50),
    p99: of((m) => m.latency.p99),
    p999: of((m) => m.latency.p999),
    p99Ratio: median(
      own.map((run) => ratio(run.measured.latency.p99, baselineOf(run)?.latency.p99 ?? Number.NaN)),
    ),
    non2xx: own.reduce((sum, run) => sum + run.measured.non2xx, 0),
    errors: own.reduce((sum, run) => sum + run.measured.errors, 0),
    serverCpuMicros: of((m) => perRequestMicros(m.serverCpuSeconds, m.responses)),
    databaseCpuMicros: of((m) => perRequestMicros(m.databaseCpuSeconds, m.responses)),
    generatorCpuShare: of((m) => m.generatorCpuSeconds / m.seconds),
  };
}
