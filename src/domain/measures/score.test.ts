// The scoring engine on small made-up measures: reverse scoring, means, missing answers,
// rounding, conversion tables and hidden items. Each expected value is worked out in a comment.
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from './parse-questionnaire.ts';
import { ORDINAL_VALUE_URL, type Questionnaire, SCORING_URL } from './questionnaire.schema.ts';
import { score } from './score.ts';
import { minimalQuestionnaire, responseFor, scored, worded } from './test-support.ts';

const options = [0, 1, 2, 3, 4].map((n) => ({
  valueCoding: { code: `c${n}`, display: `Level ${n}` },
  extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: n }],
}));
const item = (n: number, extra: Record<string, unknown> = {}) => ({
  linkId: `i-${n}`,
  type: 'choice',
  text: `Statement ${n}`,
  answerOption: options,
  ...extra,
});

function measure(
  scale: Record<string, unknown>,
  items: unknown[] = [1, 2, 3, 4].map((n) => item(n)),
): Questionnaire {
  const rules = {
    scales: [
      {
        id: 's',
        method: 'sum',
        items: ['i-1', 'i-2', 'i-3', 'i-4'],
        missing: { prorateIfAtMost: 0 },
        ...scale,
      },
    ],
  };
  const result = parseQuestionnaire(
    minimalQuestionnaire(items, {
      extension: [{ url: SCORING_URL, valueString: JSON.stringify(rules) }],
    }),
  );
  if (!result.ok)
    throw new Error(
      worded(result.errors)
        .map((e) => e.message)
        .join('; '),
    );
  return result.questionnaire;
}

const scaleOf = (questionnaire: Questionnaire, scores: (number | null)[]) => {
  const [scale] = score(questionnaire, responseFor(questionnaire, scored('i', scores))).scales;
  if (!scale) throw new Error('no scale');
  return scale;
};

describe('score', () => {
  it('reverse-scores the listed items and says so', () => {
    // i-2 and i-4 reversed on 0–4: 4 − 3 = 1 and 4 − 0 = 4. Sum: 4 + 1 + 2 + 4 = 11.
    const questionnaire = measure({ reverse: { items: ['i-2', 'i-4'], min: 0, max: 4 } });
    const scale = scaleOf(questionnaire, [4, 3, 2, 0]);
    expect(scale.value).toBe(11);
    expect(scale.explanation).toContain('Item "i-2" is reverse-scored: 0 + 4 − 3 = 1.');
    expect(scale.explanation).toContain('Item "i-4" is reverse-scored: 0 + 4 − 0 = 4.');
    expect(scale.explanation).toContain(
      'Adding up the answered items (4 of 4): 4 + 1 + 2 + 4 = 11.',
    );
  });

  it('turns the lowest answer of a reversed item into the highest score', () => {
    // i-1 answered 0, reversed 0 + 4 − 0 = 4; sum 4 + 2 + 2 + 2 = 10.
    const questionnaire = measure({ reverse: { items: ['i-1'], min: 0, max: 4 } });
    expect(scaleOf(questionnaire, [0, 2, 2, 2]).value).toBe(10);
  });

  it('takes a mean, rounded to 2 decimal places by default', () => {
    // All four: (1 + 2 + 2 + 2) ÷ 4 = 1.75. One missing: (1 + 2 + 2) ÷ 3 = 1.666… → 1.67.
    expect(scaleOf(measure({ method: 'mean' }), [1, 2, 2, 2]).value).toBe(1.75);
    const scale = scaleOf(measure({ method: 'mean', missing: { prorateIfAtMost: 1 } }), [
      1,
      2,
      2,
      null,
    ]);
    expect(scale.value).toBe(1.67);
    expect(scale.explanation).toEqual([
      'This score is the mean of items "i-1", "i-2", "i-3", "i-4".',
      'Item "i-1": "Level 1" scores 1.',
      'Item "i-2": "Level 2" scores 2.',
      'Item "i-3": "Level 2" scores 2.',
      'Item "i-4" has no answer.',
      'Answers missing: 1 of 4. Up to 1 may be missing, so the mean uses the answered items only.',
      'Mean of the answered items (3 of 4): 5 ÷ 3 = 1.6667.',
      'Rounded to 2 decimal places: 1.67.',
      'Score: 1.67.',
      'This score is prorated: it was worked out from 3 of 4 answers, not all of them.',
    ]);
    expect(scale.prorated).toEqual({ answered: 3, items: 4 });
  });

  it('gives no score when nothing is answered, even if missing answers are allowed', () => {
    expect(
      scaleOf(measure({ missing: { prorateIfAtMost: 4 } }), [null, null, null, null]).value,
    ).toBeNull();
  });

  it('converts the raw score with a conversion table', () => {
    // Raw 1 + 1 + 1 + 1 = 4 → 9.5 in the table.
    const questionnaire = measure({
      conversion: [
        { raw: 4, value: 9.5 },
        { raw: 5, value: 10.25 },
      ],
    });
    const scale = scaleOf(questionnaire, [1, 1, 1, 1]);
    expect(scale.value).toBe(9.5);
    expect(scale.explanation).toContain('The conversion table turns raw score 4 into 9.5.');
    const missingRow = scaleOf(questionnaire, [4, 4, 4, 4]);
    expect(missingRow.value).toBeNull();
    expect(missingRow.explanation.at(-1)).toBe(
      'Raw score 16 is not in the conversion table, so no score is given.',
    );
  });

  it('puts the value in a band, and says when no band fits', () => {
    const bands = [
      { id: 'low', label: 'Low', min: 0, max: 5 },
      { id: 'high', label: 'High', min: 10, max: 16 },
    ];
    expect(scaleOf(measure({ bands }), [1, 1, 1, 2]).band?.id).toBe('low');
    const between = scaleOf(measure({ bands }), [2, 2, 2, 2]);
    expect(between.band).toBeUndefined();
    expect(between.explanation).toContain('A score of 8 is not in any band.');
  });

  it('counts an answer code that is not an option as missing', () => {
    const questionnaire = measure({});
    const response = responseFor(questionnaire, { ...scored('i', [1, 1, 1, null]), 'i-4': 'c9' });
    const [scale] = score(questionnaire, response).scales;
    expect(scale?.value).toBeNull();
    expect(scale?.explanation).toContain(
      'Item "i-4": the answer is not one of the options, so it counts as missing.',
    );
  });

  it('counts an item hidden by a condition as missing, ignoring a stale answer', () => {
    const gate = { linkId: 'gate', type: 'boolean', text: 'Go on?' };
    const hidden = item(4, {
      enableWhen: [{ question: 'gate', operator: '=', answerBoolean: true }],
    });
    const questionnaire = measure({ missing: { prorateIfAtMost: 1 } }, [
      gate,
      item(1),
      item(2),
      item(3),
      hidden,
    ]);
    // i-4 is hidden, so only 2 + 2 + 2 = 6 counts; prorated 6 × 4 ÷ 3 = 8.
    const response = responseFor(questionnaire, { gate: false, ...scored('i', [2, 2, 2, 4]) });
    const [scale] = score(questionnaire, response).scales;
    expect(scale?.value).toBe(8);
    expect(scale?.explanation).toContain(
      'Item "i-4" was not asked (hidden by a condition), so it counts as missing.',
    );
  });

  it('scores number items by their value', () => {
    const numbers = [1, 2].map((n) => ({ linkId: `i-${n}`, type: 'decimal', text: `Rating ${n}` }));
    const questionnaire = measure({ items: ['i-1', 'i-2'], method: 'mean', decimals: 1 }, numbers);
    // (2.5 + 4) ÷ 2 = 3.25 → 3.3 (half away from zero).
    const [scale] = score(
      questionnaire,
      responseFor(questionnaire, { 'i-1': 2.5, 'i-2': 4 }),
    ).scales;
    expect(scale?.value).toBe(3.3);
    expect(scale?.explanation).toContain('Item "i-1": answered 2.5.');
  });

  it('returns nothing for a questionnaire without scoring rules', () => {
    const result = parseQuestionnaire(minimalQuestionnaire([item(1)]));
    if (!result.ok) throw new Error('fixture');
    expect(score(result.questionnaire, responseFor(result.questionnaire, {}))).toEqual({
      scales: [],
      riskSignals: [],
    });
  });

  it('raises an "unanswered" risk signal for a skipped item, but not for one a condition hid', () => {
    const gate = { linkId: 'gate', type: 'boolean', text: 'Go on?' };
    const watched = item(4, {
      enableWhen: [{ question: 'gate', operator: '=', answerBoolean: true }],
    });
    const rules = {
      scales: [{ id: 's', method: 'sum', items: ['i-1', 'i-4'], missing: { prorateIfAtMost: 1 } }],
      riskItems: [{ id: 'skipped', item: 'i-4', operator: 'unanswered', label: 'Skipped' }],
    };
    const parsed = parseQuestionnaire(
      minimalQuestionnaire([gate, item(1), watched], {
        extension: [{ url: SCORING_URL, valueString: JSON.stringify(rules) }],
      }),
    );
    if (!parsed.ok) throw new Error('fixture');
    const q = parsed.questionnaire;
    const asked = score(q, responseFor(q, { gate: true, 'i-1': { score: 2 } }));
    expect(asked.riskSignals).toEqual([
      {
        id: 'skipped',
        linkId: 'i-4',
        score: null,
        label: 'Skipped',
        explanation: 'Item "i-4" was left unanswered: Skipped',
      },
    ]);
    // A watched item is never prorated over, even though one missing answer is allowed.
    expect(asked.scales[0]?.value).toBeNull();
    expect(score(q, responseFor(q, { gate: false, 'i-1': { score: 2 } })).riskSignals).toEqual([]);
  });
});
