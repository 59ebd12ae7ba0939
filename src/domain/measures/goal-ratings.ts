// Goal ratings: each of the person's goals rated 0–10 (in the style of Goal Based Outcomes).
// The wording is ours, in measures/goal-ratings.json; its "goal" item is a template copied once
// per goal, so every goal gets its own item and its own score to follow over time.
import template from '../../../measures/goal-ratings.json' with { type: 'json' };
import { wordsFor } from '../i18n/said.ts';
import { parseQuestionnaire } from './parse-questionnaire.ts';
import type { Questionnaire, QuestionnaireItem } from './questionnaire.schema.ts';
import { type ScoreRange, scaleRanges } from './scale-range.ts';
import type { Scale } from './scoring.schema.ts';
import { withScoring } from './wording.ts';

export type GoalToRate = { id: string; title: string };

/** The linkId of a goal's rating item (also the id of its score). */
export const goalLinkId = (goalId: string) => `goal-${goalId}`;

const TEMPLATE_LINK_ID = 'goal';
const SAFE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

let parsedTemplate: Questionnaire | undefined;

/** The shipped template, parsed and checked once. */
function loadTemplate(): Questionnaire {
  if (parsedTemplate) return parsedTemplate;
  const result = parseQuestionnaire(template);
  if (!result.ok)
    throw new Error(
      `measures/goal-ratings.json is not valid: ${wordsFor(result.errors[0]?.message ?? '')}`,
    );
  parsedTemplate = result.questionnaire;
  return parsedTemplate;
}

/** A Questionnaire rating each goal 0–10, with one score per goal. Pure; throws on bad input. */
export function goalRatingQuestionnaire(goals: readonly GoalToRate[]): Questionnaire {
  if (!goals.length) throw new RangeError('goalRatingQuestionnaire needs at least one goal');
  const ids = new Set<string>();
  for (const goal of goals) {
    if (!SAFE_ID.test(goal.id))
      throw new RangeError(`Goal id "${goal.id}" cannot be used in a linkId`);
    if (ids.has(goal.id)) throw new RangeError(`Goal id "${goal.id}" is listed twice`);
    ids.add(goal.id);
  }
  const base = loadTemplate();
  const items = base.item.flatMap((item): QuestionnaireItem[] => {
    if (item.linkId !== TEMPLATE_LINK_ID) return [item];
    return goals.map((goal) => ({
      ...item,
      linkId: goalLinkId(goal.id),
      text: (item.text ?? '').replaceAll('{goal}', goal.title),
    }));
  });
  const scales: Scale[] = goals.map((goal) => ({
    id: goalLinkId(goal.id),
    label: goal.title,
    method: 'sum',
    items: [goalLinkId(goal.id)],
    missing: { prorateIfAtMost: 0 },
    decimals: 0,
  }));
  return { ...base, item: items, extension: withScoring(base.extension, { scales }) };
}

let ratingRange: ScoreRange | undefined;

/** The range of every goal's rating, whatever the goal: the template item's, read once. */
export function goalRatingRange(): ScoreRange | undefined {
  ratingRange ??= scaleRanges(goalRatingQuestionnaire([{ id: 'goal', title: 'Goal' }])).get(
    goalLinkId('goal'),
  );
  return ratingRange;
}
