// What a person's records add to the outcome rollup (decision 0051): which values are reported,
// under which series key, and each month's first and last value. Pure: the server reads the
// source rows (already without "for me only" and deleted ones) and writes what this answers.
import { isBuiltInScale, type ScaleRange } from '../checkins/checkin-values.ts';

/** One value the person recorded: `at` orders values in time, `tieBreak` orders equal times. */
export type OutcomeSourceValue = { series: string; at: string; tieBreak: string; value: number };

/** A row of `outcome_value`: the month's first and last value of one series. */
export type OutcomeMonthValue = {
  series: string;
  /** YYYY-MM */
  month: string;
  firstAt: string;
  firstValue: number;
  lastAt: string;
  lastValue: number;
};

/**
 * A check-in scale's series names its range too: a person chooses 1–7 or 0–10 for each scale
 * (and keeps it once it has scores), and a 5 out of 7 is not a 5 out of 10.
 */
export const checkinSeries = (scaleId: string, range: ScaleRange) => `checkin:${scaleId}:${range}`;
export const lifeAreaSeries = (key: string) => `life_area:${key}`;
export const measureSeries = (measureId: string, scaleId: string) =>
  `measure:${measureId}:${scaleId}`;

/** The series kinds, each a prefix of its keys: a write recomputes one kind's rows. */
export { SERIES_KINDS, type SeriesKind } from './series-info.ts';

/** The month of an ISO date or UTC time: '2026-03-04T…' → '2026-03'. */
export const monthOf = (at: string) => at.slice(0, 7);

/** The month after `month` ('2026-12' → '2027-01'). */
export function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const number = Number(month.slice(5, 7));
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/**
 * A check-in's reported values: built-in scales only (a scale the person named themselves
 * carries their own words, which never appear in a report), whole numbers only.
 */
export function checkinValues(
  checkin: {
    id: string;
    takenAt: string;
    scores: Record<string, unknown>;
  },
  /** The range the person keeps each scale on (their check-in settings). */
  rangeOf: (scaleId: string) => ScaleRange,
): OutcomeSourceValue[] {
  return Object.entries(checkin.scores).flatMap(([scale, score]) =>
    isBuiltInScale(scale) && Number.isInteger(score)
      ? [
          {
            series: checkinSeries(scale, rangeOf(scale)),
            at: checkin.takenAt,
            tieBreak: checkin.id,
            value: score as number,
          },
        ]
      : [],
  );
}

/**
 * A life-area rating set's reported values: ratings of standard areas only (`keyOf` answers an
 * area's stable key, or undefined for an area the person named themselves). A set is of a day:
 * its time is its date, so two sets on one day are not a change over time.
 */
export function ratingSetValues(
  set: {
    id: string;
    createdAt: string;
    date: string;
    ratings: { lifeAreaId: string; score: number }[];
  },
  keyOf: (lifeAreaId: string) => string | undefined,
): OutcomeSourceValue[] {
  return set.ratings.flatMap((rating) => {
    const key = keyOf(rating.lifeAreaId);
    return key === undefined || !Number.isInteger(rating.score)
      ? []
      : [
          {
            series: lifeAreaSeries(key),
            at: set.date,
            tieBreak: `${set.createdAt}|${set.id}`,
            value: rating.score,
          },
        ];
  });
}

/**
 * A measure's scale score (an Observation). Scores are whole numbers on the library's measures;
 * one that is not (a prorated score) is rounded to the nearest, as reports count in points.
 */
export function observationValue(observation: {
  responseId: string;
  measureId: string;
  scaleId: string;
  value: string;
  effectiveAt: string;
}): OutcomeSourceValue[] {
  const value = Number(observation.value);
  if (observation.value.trim() === '' || !Number.isFinite(value)) return [];
  return [
    {
      series: measureSeries(observation.measureId, observation.scaleId),
      at: observation.effectiveAt,
      tieBreak: observation.responseId,
      value: Math.round(value),
    },
  ];
}

const before = (a: OutcomeSourceValue, b: OutcomeSourceValue) =>
  a.at < b.at || (a.at === b.at && a.tieBreak < b.tieBreak);

/** Each series' first and last value in each month the values fall in. */
export function monthValues(values: readonly OutcomeSourceValue[]): OutcomeMonthValue[] {
  const grouped = new Map<string, { first: OutcomeSourceValue; last: OutcomeSourceValue }>();
  for (const value of values) {
    const key = `${value.series}\u0000${monthOf(value.at)}`;
    const seen = grouped.get(key);
    if (!seen) grouped.set(key, { first: value, last: value });
    else {
      if (before(value, seen.first)) seen.first = value;
      if (before(seen.last, value)) seen.last = value;
    }
  }
  return [...grouped.values()].map(({ first, last }) => ({
    series: first.series,
    month: monthOf(first.at),
    firstAt: first.at,
    firstValue: first.value,
    lastAt: last.at,
    lastValue: last.value,
  }));
}
