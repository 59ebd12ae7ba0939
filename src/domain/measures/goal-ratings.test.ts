import { describe, expect, it } from 'vitest';
import { goalLinkId, goalRatingQuestionnaire } from './goal-ratings.ts';
import { parseQuestionnaire } from './parse-questionnaire.ts';
import { score } from './score.ts';
import { responseFor, wordedResult } from './test-support.ts';
import { validateResponse } from './validate-response.ts';

const goals = [
  { id: 'a1b2', title: 'Find a part-time job' },
  { id: 'c3d4', title: 'Walk to the park twice a week' },
];

describe('goalRatingQuestionnaire', () => {
  const questionnaire = goalRatingQuestionnaire(goals);

  it('makes one 0–10 item per goal, in our own wording, and a valid Questionnaire', () => {
    expect(parseQuestionnaire(questionnaire).ok).toBe(true);
    const items = questionnaire.item.filter((item) => item.type === 'integer');
    expect(items.map((item) => [item.linkId, item.text])).toEqual([
      ['goal-a1b2', 'How close do you feel to reaching this goal: Find a part-time job?'],
      ['goal-c3d4', 'How close do you feel to reaching this goal: Walk to the park twice a week?'],
    ]);
  });

  it('scores each goal separately: the rating is the score', () => {
    const result = score(
      questionnaire,
      responseFor(questionnaire, { 'goal-a1b2': 3, 'goal-c3d4': 7 }),
    );
    expect(result.scales.map((scale) => [scale.id, scale.label, scale.value])).toEqual([
      ['goal-a1b2', 'Find a part-time job', 3],
      ['goal-c3d4', 'Walk to the park twice a week', 7],
    ]);
    expect(result.scales[0]?.explanation).toEqual([
      'This score adds up items "goal-a1b2".',
      'Item "goal-a1b2": answered 3.',
      'Adding up the answered items (1 of 1): 3 = 3.',
      'Score: 3.',
    ]);
  });

  it('keeps ratings between 0 and 10', () => {
    const result = validateResponse(
      questionnaire,
      responseFor(questionnaire, { 'goal-a1b2': 11, 'goal-c3d4': -1 }),
    );
    expect(wordedResult(result)).toEqual({
      ok: false,
      errors: [
        {
          path: 'item[goal-a1b2].answer[0]',
          message: 'item "goal-a1b2": 11 is above the highest allowed answer, 10',
        },
        {
          path: 'item[goal-c3d4].answer[0]',
          message: 'item "goal-c3d4": -1 is below the lowest allowed answer, 0',
        },
      ],
    });
  });

  it('leaves a goal without a rating unscored rather than guessing', () => {
    const [first, second] = score(
      questionnaire,
      responseFor(questionnaire, { 'goal-a1b2': 5 }),
    ).scales;
    expect(first?.value).toBe(5);
    expect(second?.value).toBeNull();
  });

  it('refuses an empty list, duplicate ids and ids unfit for a linkId', () => {
    expect(() => goalRatingQuestionnaire([])).toThrow(RangeError);
    expect(() => goalRatingQuestionnaire([goals[0], goals[0]].flatMap((g) => g ?? []))).toThrow(
      /listed twice/,
    );
    expect(() => goalRatingQuestionnaire([{ id: 'a b', title: 'x' }])).toThrow(
      /cannot be used in a linkId/,
    );
  });

  it('names the item for a goal predictably', () => {
    expect(goalLinkId('a1b2')).toBe('goal-a1b2');
  });
});
