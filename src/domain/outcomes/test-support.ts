// Series a test can build reports for, shaped like the real ones (the measure library's PHQ-9,
// GAD-7 and QPR-15, a 1–5 check-in scale, a 0–10 life-area rating), and random pair counts.
import fc from 'fast-check';
import type { PairCount } from './report-input.ts';
import type { SeriesInfo } from './series-info.ts';

const TALKING_THERAPIES = 'NHS Talking Therapies for anxiety and depression Manual (NHS England)';

export const PHQ_9: SeriesInfo = {
  series: 'measure:phq-9:total',
  kind: 'measure',
  min: 0,
  max: 27,
  higherIsBetter: false,
  reliableChange: { points: 6, source: TALKING_THERAPIES },
  caseness: { atOrAbove: 10, source: TALKING_THERAPIES },
  bands: [
    { id: 'minimal', label: 'Minimal', min: 0, max: 4 },
    { id: 'mild', label: 'Mild', min: 5, max: 9 },
    { id: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { id: 'moderately-severe', label: 'Moderately severe', min: 15, max: 19 },
    { id: 'severe', label: 'Severe', min: 20, max: 27 },
  ],
};

export const GAD_7: SeriesInfo = {
  series: 'measure:gad-7:total',
  kind: 'measure',
  min: 0,
  max: 21,
  higherIsBetter: false,
  reliableChange: { points: 4, source: TALKING_THERAPIES },
  caseness: { atOrAbove: 8, source: TALKING_THERAPIES },
  bands: [
    { id: 'minimal', label: 'Minimal', min: 0, max: 4 },
    { id: 'mild', label: 'Mild', min: 5, max: 9 },
    { id: 'moderate', label: 'Moderate', min: 10, max: 14 },
    { id: 'severe', label: 'Severe', min: 15, max: 21 },
  ],
};

export const QPR_15: SeriesInfo = {
  series: 'measure:qpr-15:total',
  kind: 'measure',
  min: 0,
  max: 60,
  higherIsBetter: true,
};

export const MOOD: SeriesInfo = {
  series: 'checkin:mood:1-7',
  kind: 'checkin',
  min: 1,
  max: 5,
  higherIsBetter: true,
};

export const HOUSING: SeriesInfo = {
  series: 'life_area:housing',
  kind: 'life_area',
  min: 0,
  max: 10,
  higherIsBetter: true,
  // Not a published threshold: lets the property tests cover reliable change on a narrow scale.
  reliableChange: { points: 3, source: 'test' },
};

export const ALL_SERIES = [PHQ_9, GAD_7, QPR_15, MOOD, HOUSING];

/** Pair counts within the series' range, each pair at most once, small enough to be hidden. */
export function pairCounts(info: SeriesInfo, maxPeople = 12): fc.Arbitrary<PairCount[]> {
  const value = fc.integer({ min: info.min, max: info.max });
  return fc.uniqueArray(
    fc.record({ first: value, latest: value, people: fc.integer({ min: 1, max: maxPeople }) }),
    { maxLength: 30, selector: (pair) => `${pair.first}:${pair.latest}` },
  );
}
