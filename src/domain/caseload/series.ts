// The caseload's measure series from the observations a person shared (GET …/observations'
// points): one series per measure and scale, in time order. Pure. The points come through the
// access model, which already leaves out what the person keeps for themselves; a point still
// marked for them only is dropped here too, so a caseload can never show one.
import type { MeasureSeries } from './caseload.ts';

export type ObservationPoint = {
  measureId: string;
  scaleId: string;
  system: string;
  code: string;
  value: number;
  effectiveAt: string;
  forMeOnly: boolean;
};

/** Series keyed by measure and scale; `titles` names each measure (its id when not given). */
export function measureSeriesFrom(
  points: readonly ObservationPoint[],
  titles: Readonly<Record<string, string>> = {},
): MeasureSeries[] {
  const series = new Map<string, MeasureSeries>();
  for (const point of points) {
    if (point.forMeOnly) continue;
    const key = `${point.measureId}\u0000${point.scaleId}`;
    let one = series.get(key);
    if (!one) {
      one = {
        measureId: point.measureId,
        title: titles[point.measureId] ?? point.measureId,
        scaleId: point.scaleId,
        code: { system: point.system, code: point.code },
        scores: [],
      };
      series.set(key, one);
    }
    one.scores.push({ at: point.effectiveAt, value: point.value });
  }
  for (const one of series.values()) {
    one.scores.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  }
  return [...series.values()];
}
