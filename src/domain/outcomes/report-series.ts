// The series an outcome report follows, described for buildOutcomeReport (issue 16, Contract 3,
// decision 0053): the built-in check-in scales, the standard life areas, and the scales of the
// measures whose direction Waymark knows (caseload/known-measures.ts), with each scale's range,
// bands and reliable-change threshold read from the measure's own scoring rules. Pure.
//
// A measure added beyond the built-ins (a service's upload, or one the operator imported) counts
// where its scoring rules say which way is better (addedMeasureSeries, decision 0058). Left out
// on purpose: a check-in scale the person named, an area the person named (their own words), and
// any scale whose better direction is not known, which Waymark does not guess (improvement and
// deterioration could not be told apart).
import { type Better, KNOWN_MEASURES } from '../caseload/known-measures.ts';
import { BUILT_IN_SCALES, SCALE_RANGES, type ScaleRange } from '../checkins/checkin-values.ts';
import { findBuiltInMeasure } from '../measures/built-in.ts';
import { readScoring } from '../measures/check-scoring.ts';
import type { Questionnaire } from '../measures/questionnaire.schema.ts';
import { scaleRanges } from '../measures/scale-range.ts';
import type { Scale } from '../measures/scoring.schema.ts';
import { checkinSeries, lifeAreaSeries, measureSeries } from './outcome-values.ts';
import { STANDARD_AREA_NAMES } from './report-series-names.ts';
import type { SeriesInfo } from './series-info.ts';

/**
 * Recovery in the NHS Talking Therapies sense: at or above the clinical cut-off at first and
 * below it at the latest. NHS England, "NHS Talking Therapies for anxiety and depression Manual"
 * (formerly the IAPT Manual), caseness: PHQ-9 a score of 10 or more, GAD-7 a score of 8 or more.
 */
const TALKING_THERAPIES_CASENESS =
  'NHS Talking Therapies for anxiety and depression Manual (NHS England; formerly the IAPT Manual), caseness';
export const CASENESS: Readonly<Record<string, { atOrAbove: number; source: string }>> = {
  'phq-9': { atOrAbove: 10, source: `${TALKING_THERAPIES_CASENESS}: PHQ-9 10 or more` },
  'gad-7': { atOrAbove: 8, source: `${TALKING_THERAPIES_CASENESS}: GAD-7 8 or more` },
};

/** Life-area ratings are 1–7, 7 the best. */
const RATING_RANGE = { min: 1, max: 7 };

/**
 * Check-in scales are 1–7 or 0–10, as each person chose (checkin-values.ts): a series for each
 * scale and range, so a 5 out of 7 is never averaged with a 5 out of 10.
 */
const CHECKIN_RANGES = Object.keys(SCALE_RANGES) as ScaleRange[];

/**
 * A series for each scale of a measure whose better direction is known and whose range is whole
 * numbers; a scale without either is left out (improvement could not be told from deterioration).
 */
function scaleSeries(
  measureId: string,
  questionnaire: Questionnaire,
  betterOf: (scale: Scale) => Better | undefined,
  named: { title?: string } = {},
): SeriesInfo[] {
  const read = readScoring(questionnaire);
  if (!read.ok || !read.rules) return [];
  const ranges = scaleRanges(questionnaire);
  return read.rules.scales.flatMap((scale): SeriesInfo[] => {
    const better = betterOf(scale);
    const range = ranges.get(scale.id);
    if (!better || !range || !Number.isInteger(range.min) || !Number.isInteger(range.max))
      return [];
    const caseness = scale.id === 'total' ? CASENESS[measureId] : undefined;
    return [
      {
        series: measureSeries(measureId, scale.id),
        kind: 'measure',
        ...named,
        min: range.min,
        max: range.max,
        higherIsBetter: better === 'higher',
        ...(scale.reliableChange ? { reliableChange: scale.reliableChange } : {}),
        ...(caseness ? { caseness } : {}),
        ...(scale.bands ? { bands: scale.bands } : {}),
      },
    ];
  });
}

function measureSeriesInfos(): SeriesInfo[] {
  return KNOWN_MEASURES.flatMap((known) => {
    const questionnaire = findBuiltInMeasure(known.id);
    return questionnaire ? scaleSeries(known.id, questionnaire, () => known.better) : [];
  });
}

/** A measure added beyond the built-ins (uploaded or imported), as the report needs it. */
export type AddedMeasure = { id: string; title: string; questionnaire: Questionnaire };

/**
 * The series of measures added beyond the built-ins (decision 0058): each scale whose scoring rules
 * say which way is better (`better`), named by the measure's title, with its own range, bands
 * and reliable-change threshold. Caseness (recovery) stays with PHQ-9 and GAD-7.
 */
export function addedMeasureSeries(measures: readonly AddedMeasure[]): SeriesInfo[] {
  return measures.flatMap((measure) =>
    scaleSeries(measure.id, measure.questionnaire, (scale) => scale.better, {
      title: measure.title,
    }),
  );
}

let described: SeriesInfo[] | undefined;

/** Every series a report follows, in the order the page shows them: life areas, check-ins, measures. */
export function reportedSeries(): SeriesInfo[] {
  described ??= [
    ...[...STANDARD_AREA_NAMES.keys()].map(
      (key): SeriesInfo => ({
        series: lifeAreaSeries(key),
        kind: 'life_area',
        ...RATING_RANGE,
        higherIsBetter: true,
      }),
    ),
    ...BUILT_IN_SCALES.flatMap((scale) =>
      CHECKIN_RANGES.map(
        (range): SeriesInfo => ({
          series: checkinSeries(scale, range),
          kind: 'checkin',
          ...SCALE_RANGES[range],
          higherIsBetter: true,
        }),
      ),
    ),
    ...measureSeriesInfos(),
  ];
  return described;
}
