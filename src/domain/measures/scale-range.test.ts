import { describe, expect, it } from 'vitest';
import { builtInMeasure } from './built-in.ts';
import { goalRatingQuestionnaire } from './goal-ratings.ts';
import type { Questionnaire } from './questionnaire.schema.ts';
import { SCORING_URL } from './questionnaire.schema.ts';

import { scaleRanges } from './scale-range.ts';

const withRules = (items: Questionnaire['item'], scales: unknown[]): Questionnaire => ({
  resourceType: 'Questionnaire',
  status: 'active',
  item: items,
  extension: [{ url: SCORING_URL, valueString: JSON.stringify({ scales }) }],
});

const scored = (linkId: string, scores: number[]) => ({
  linkId,
  type: 'choice' as const,
  text: linkId,
  answerOption: scores.map((score) => ({
    valueCoding: { code: String(score), display: String(score) },
    extension: [
      { url: 'http://hl7.org/fhir/StructureDefinition/ordinalValue', valueDecimal: score },
    ],
  })),
});

describe('scaleRanges', () => {
  it('gives the published ranges of the built-in measures', () => {
    expect(scaleRanges(builtInMeasure('phq-9')).get('total')).toEqual({ min: 0, max: 27 });
    expect(scaleRanges(builtInMeasure('gad-7')).get('total')).toEqual({ min: 0, max: 21 });
    expect(scaleRanges(builtInMeasure('qpr-15')).get('total')).toEqual({ min: 0, max: 60 });
    expect(scaleRanges(builtInMeasure('wemwbs')).get('total')).toEqual({ min: 14, max: 70 });
  });

  it('reads an integer item’s bounds, as in goal ratings (0–10)', () => {
    const goals = goalRatingQuestionnaire([{ id: 'g1', title: 'Walk to the shop' }]);
    expect(scaleRanges(goals).get('goal-g1')).toEqual({ min: 0, max: 10 });
  });

  it('averages item ranges for a mean, and a conversion table gives its own range', () => {
    const q = withRules(
      [scored('a', [1, 2, 3, 4, 5]), scored('b', [0, 1, 2])],
      [
        { id: 'mean', method: 'mean', items: ['a', 'b'], missing: { prorateIfAtMost: 0 } },
        {
          id: 'converted',
          method: 'sum',
          items: ['a'],
          missing: { prorateIfAtMost: 0 },
          conversion: [
            { raw: 1, value: 7.5 },
            { raw: 5, value: 19.25 },
          ],
        },
      ],
    );
    expect(scaleRanges(q).get('mean')).toEqual({ min: 0.5, max: 3.5 });
    expect(scaleRanges(q).get('converted')).toEqual({ min: 7.5, max: 19.25 });
  });

  it('leaves out a scale whose range cannot be known, and a measure without rules', () => {
    const open = withRules(
      [{ linkId: 'hours', type: 'integer', text: 'Hours' }],
      [{ id: 'hours', method: 'sum', items: ['hours'], missing: { prorateIfAtMost: 0 } }],
    );
    expect(scaleRanges(open).size).toBe(0);
    expect(scaleRanges({ resourceType: 'Questionnaire', status: 'active', item: [] }).size).toBe(0);
  });
});
