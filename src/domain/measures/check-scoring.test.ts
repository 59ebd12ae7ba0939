// Scoring rules that make no sense for their questionnaire, with errors naming the scale.
import { describe, expect, it } from 'vitest';
import { parseQuestionnaire } from './parse-questionnaire.ts';
import { SCORING_URL } from './questionnaire.schema.ts';
import { choice, minimalQuestionnaire, option, questionnaireErrors } from './test-support.ts';

const scoringExtension = (rules: unknown) => ({
  extension: [{ url: SCORING_URL, valueString: JSON.stringify(rules) }],
});

describe('parseQuestionnaire: scoring rules', () => {
  const scale = (extra: Record<string, unknown> = {}) => ({
    id: 'total',
    method: 'sum',
    items: ['q1', 'q2'],
    missing: { prorateIfAtMost: 0 },
    ...extra,
  });
  const withRules = (rules: unknown, items: unknown[] = [choice('q1'), choice('q2')]) =>
    minimalQuestionnaire(items, scoringExtension(rules));

  it('accepts sound rules', () => {
    expect(parseQuestionnaire(withRules({ scales: [scale()] })).ok).toBe(true);
  });

  it('rejects scoring text that is not JSON', () => {
    const json = minimalQuestionnaire([choice('q1')], {
      extension: [{ url: SCORING_URL, valueString: '{scales' }],
    });
    const [error] = questionnaireErrors(json);
    expect(error?.path).toBe('extension[0].valueString');
    expect(error?.message).toMatch(
      /^the questionnaire: the scoring extension must hold JSON text in valueString \(/,
    );
  });

  it.each([
    [
      scale({ items: ['q1', 'q9'] }),
      'extension[scoring].scales[total].items[1]',
      'refers to item "q9", which does not exist',
    ],
    [
      scale({ items: ['q1', 'q1'] }),
      'extension[scoring].scales[total].items[1]',
      'lists item "q1" more than once',
    ],
    [
      scale({ items: ['q1', 'note'] }),
      'extension[scoring].scales[total].items[1]',
      'item "note" is a string item, which has no score',
    ],
    [
      scale({ items: ['q1', 'plain'] }),
      'extension[scoring].scales[total].items[1]',
      'item "plain", option "a" has no score (ordinalValue)',
    ],
    [
      scale({ reverse: { items: ['q3'], min: 0, max: 1 } }),
      'extension[scoring].scales[total].reverse.items[0]',
      'reverses item "q3", which is not one of the scale\'s items',
    ],
    [
      scale({ reverse: { items: ['q1'], min: 0, max: 0 } }),
      'extension[scoring].scales[total].reverse',
      'the reverse range needs min below max (min 0, max 0)',
    ],
    [
      scale({ reverse: { items: ['q2'], min: 1, max: 4 } }),
      'extension[scoring].scales[total].reverse.items[0]',
      'item "q2" can score 0, outside the reverse range 1–4',
    ],
    [
      scale({
        bands: [
          { id: 'low', label: 'Low', min: 0, max: 1 },
          { id: 'high', label: 'High', min: 1, max: 2 },
        ],
      }),
      'extension[scoring].scales[total].bands',
      'bands "low" and "high" overlap',
    ],
    [
      scale({ suppliedWithWording: ['conversion'], conversion: [{ raw: 0, value: 1 }] }),
      'extension[scoring].scales[total].conversion',
      'conversion is marked as loaded with the wording, so it must not be in the measure file',
    ],
    [
      scale({ missing: undefined }),
      'extension[scoring].scales[total].missing',
      '"missing" is missing',
    ],
    [
      scale({ weights: [1, 2] }),
      'extension[scoring].scales[total]',
      'field "weights" is not allowed here',
    ],
    [
      scale({ method: 'median' }),
      'extension[scoring].scales[total].method',
      '"method" must be one of "sum", "mean", not "median"',
    ],
  ])('rejects scale %#', (badScale, path, problem) => {
    const items = [
      choice('q1'),
      choice('q2'),
      { linkId: 'note', type: 'string', text: 'Note' },
      { linkId: 'plain', type: 'choice', text: 'Unscored', answerOption: [option('a')] },
      choice('q3'),
    ];
    expect(questionnaireErrors(withRules({ scales: [badScale] }, items))).toEqual([
      { path, message: `scoring, scale "total": ${problem}` },
    ]);
  });

  it('rejects a risk rule on an unknown item', () => {
    const rules = {
      scales: [scale()],
      riskItems: [{ id: 'r', item: 'q7', operator: '>', value: 0, label: 'Risk' }],
    };
    expect(questionnaireErrors(withRules(rules))).toEqual([
      {
        path: 'extension[scoring].riskItems[r].item',
        message: 'scoring, risk rule "r": refers to item "q7", which does not exist',
      },
    ]);
  });

  it('rejects a comparing risk rule without a value, and an "unanswered" rule with one', () => {
    const rules = {
      scales: [scale()],
      riskItems: [
        { id: 'a', item: 'q1', operator: '>', label: 'Risk' },
        { id: 'b', item: 'q1', operator: 'unanswered', value: 0, label: 'Risk' },
        { id: 'c', item: 'q1', operator: 'unanswered', label: 'Skipped' },
      ],
    };
    expect(questionnaireErrors(withRules(rules))).toEqual([
      {
        path: 'extension[scoring].riskItems[a].value',
        message: 'scoring, risk rule "a": operator ">" needs a "value" to compare with',
      },
      {
        path: 'extension[scoring].riskItems[b].value',
        message: 'scoring, risk rule "b": operator "unanswered" takes no "value"',
      },
    ]);
  });

  it('accepts a reliable-change threshold with its source, and refuses one without', () => {
    const cited = { points: 6, source: 'A manual, page 1' };
    expect(parseQuestionnaire(withRules({ scales: [scale({ reliableChange: cited })] })).ok).toBe(
      true,
    );
    const [error] = questionnaireErrors(
      withRules({ scales: [scale({ reliableChange: { points: 6 } })] }),
    );
    expect(error?.path).toBe('extension[scoring].scales[total].reliableChange.source');
  });
});
