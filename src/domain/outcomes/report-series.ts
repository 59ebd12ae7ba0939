// The series an outcome report follows, described for buildOutcomeReport (issue 16, Contract 3,
// decision 0053): the built-in check-in scales, the standard life areas, and the scales of the
// measures whose direction Waymark knows (caseload/known-measures.ts), with each scale's range,
// bands and reliable-change threshold read from the measure's own scoring rules. Pure.
//
// Left out on purpose: a check-in scale the person named, an area the person named (their own
// words), and a measure a service uploaded, whose better direction Waymark does not guess (so
// improvement and deterioration could not be told apart).
import { KNOWN_MEASURES } from '../caseload/known-measures.ts';
import { BUILT_IN_SCALES, SCALE_RANGES, type ScaleRange } from '../checkins/checkin-values.ts';
import { findBuiltInMeasure } from '../measures/built-in.ts';
import { readScoring } from '../measures/check-scoring.ts';
import { scaleRanges } from '../measures/scale-range.ts';
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

function measureSeriesInfos(): SeriesInfo[] {
  return KNOWN_MEASURES.flatMap((known) => {
    const questionnaire = findBuiltInMeasure(known.id);
    if (!questionnaire) return [];
    const read = readScoring(questionnaire);
    if (!read.ok || !read.rules) return [];
    const ranges = scaleRanges(questionnaire);
    return read.rules.scales.flatMap((scale): SeriesInfo[] => {
      const range = ranges.get(scale.id);
      if (!range || !Number.isInteger(range.min) || !Number.isInteger(range.max)) return [];
      const caseness = scale.id === 'total' ? CASENESS[known.id] : undefined;
      return [
        {
          series: measureSeries(known.id, scale.id),
          kind: 'measure',
          min: range.min,
          max: range.max,
          higherIsBetter: known.better === 'higher',
          ...(scale.reliableChange ? { reliableChange: scale.reliableChange } : {}),
          ...(caseness ? { caseness } : {}),
          ...(scale.bands ? { bands: scale.bands } : {}),
        },
      ];
    });
  });
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
