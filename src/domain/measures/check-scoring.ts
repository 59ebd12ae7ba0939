// Reads and checks the scoring rules a Questionnaire carries (SCORING_URL extension): valid JSON,
// the shape in scoring.schema.ts, and rules that make sense for the items they name. Problems are
// made with say(), to be worded in the language of whoever reads them.
import { say } from '../i18n/said.ts';
import type { MessageKey } from '../i18n/translate.ts';
import {
  itemLocator,
  type MeasureError,
  type Problem,
  parseWith,
  scoringLocator,
  toError,
} from './errors.ts';
import { type IndexedItem, indexItems, isScorable, optionScore, valueRange } from './items.ts';
import { type Questionnaire, type QuestionnaireItem, SCORING_URL } from './questionnaire.schema.ts';
import { type Scale, type ScoringRules, scoringRulesSchema } from './scoring.schema.ts';

export type ScoringRead =
  | { ok: true; rules: ScoringRules | undefined }
  | { ok: false; errors: MeasureError[] };

/** The questionnaire's scoring rules (undefined when it has none), or precise errors. */
export function readScoring(questionnaire: Questionnaire): ScoringRead {
  const located = itemLocator(questionnaire, 'questionnaire.where.questionnaire');
  const found = (questionnaire.extension ?? [])
    .map((extension, index) => ({ extension, index }))
    .filter(({ extension }) => extension.url === SCORING_URL);
  const [first, second] = found;
  if (!first) return { ok: true, rules: undefined };
  if (second) {
    const error = toError(located, {
      path: ['extension', second.index],
      problem: say('questionnaire.file.scoringTwice'),
    });
    return { ok: false, errors: [error] };
  }
  const valuePath = ['extension', first.index, 'valueString'];
  let json: unknown;
  try {
    json = JSON.parse(first.extension.valueString ?? '');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      errors: [
        toError(located, {
          path: valuePath,
          problem: say('questionnaire.file.scoringNotJson', { detail }),
        }),
      ],
    };
  }
  const locate = scoringLocator(json);
  const parsed = parseWith(scoringRulesSchema, json, locate);
  if (!parsed.ok) return parsed;
  const problems = checkScoring(parsed.value, indexItems(questionnaire.item));
  if (problems.length)
    return { ok: false, errors: problems.map((problem) => toError(locate, problem)) };
  return { ok: true, rules: parsed.value };
}

/** Problems with one scorable item reference (unknown item, no score, unscored option). */
function checkScoredItem(linkId: string, index: Map<string, IndexedItem>): string | undefined {
  const item = index.get(linkId)?.item;
  if (!item) return say('questionnaire.file.scaleUnknownItem', { item: linkId });
  if (!isScorable(item))
    return say('questionnaire.file.notScorable', { item: linkId, type: item.type });
  const unscored = item.answerOption?.find((option) => optionScore(option) === undefined);
  if (unscored)
    return say('questionnaire.file.optionNoScore', {
      item: linkId,
      code: unscored.valueCoding.code,
    });
  return undefined;
}

function checkScoring(rules: ScoringRules, index: Map<string, IndexedItem>): Problem[] {
  const problems: Problem[] = [];
  const ids = new Set<string>();
  rules.scales.forEach((scale, i) => {
    if (ids.has(scale.id))
      problems.push({
        path: ['scales', i, 'id'],
        problem: say('questionnaire.file.scaleDuplicate', { scale: scale.id }),
      });
    ids.add(scale.id);
    problems.push(
      ...checkScale(scale, index).map((p) => ({ ...p, path: ['scales', i, ...p.path] })),
    );
  });
  rules.riskItems?.forEach((rule, i) => {
    const problem = checkScoredItem(rule.item, index);
    if (problem) problems.push({ path: ['riskItems', i, 'item'], problem });
    const unanswered = rule.operator === 'unanswered';
    if (unanswered === (rule.value !== undefined)) {
      const key: MessageKey = unanswered
        ? 'questionnaire.file.riskNoValue'
        : 'questionnaire.file.riskNeedsValue';
      problems.push({
        path: ['riskItems', i, 'value'],
        problem: say(key, { operator: rule.operator }),
      });
    }
  });
  return problems;
}

function checkScale(scale: Scale, index: Map<string, IndexedItem>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  scale.items.forEach((linkId, j) => {
    const problem = seen.has(linkId)
      ? say('questionnaire.file.scaleDuplicateItem', { item: linkId })
      : checkScoredItem(linkId, index);
    if (problem) problems.push({ path: ['items', j], problem });
    seen.add(linkId);
  });
  if (scale.reverse) problems.push(...checkReverse(scale, index));
  scale.bands?.forEach((band, j) => {
    if (band.min > band.max) {
      problems.push({
        path: ['bands', j],
        problem: say('questionnaire.file.bandRange', {
          band: band.id,
          min: String(band.min),
          max: String(band.max),
        }),
      });
    }
  });
  const sorted = [...(scale.bands ?? [])].sort((a, b) => a.min - b.min);
  sorted.slice(1).forEach((band, j) => {
    const previous = sorted[j];
    if (previous && band.min <= previous.max) {
      problems.push({
        path: ['bands'],
        problem: say('questionnaire.file.bandsOverlap', { first: previous.id, second: band.id }),
      });
    }
  });
  for (const part of scale.suppliedWithWording ?? []) {
    if (scale[part])
      problems.push({
        path: [part],
        problem: say('questionnaire.file.pendingButGiven', { part }),
      });
  }
  return problems;
}

/** The scores an item can take, to check they sit inside a reverse range. */
function possibleScores(item: QuestionnaireItem): number[] {
  if (item.type === 'choice') return (item.answerOption ?? []).flatMap((o) => optionScore(o) ?? []);
  const { min, max } = valueRange(item);
  return [min, max].filter((value) => value !== undefined);
}

function checkReverse(scale: Scale, index: Map<string, IndexedItem>): Problem[] {
  const reverse = scale.reverse;
  if (!reverse) return [];
  const problems: Problem[] = [];
  const { min, max } = reverse;
  if (min >= max)
    return [
      {
        path: ['reverse'],
        problem: say('questionnaire.file.reverseRange', { min: String(min), max: String(max) }),
      },
    ];
  reverse.items.forEach((linkId, j) => {
    const path = ['reverse', 'items', j];
    if (!scale.items.includes(linkId)) {
      problems.push({
        path,
        problem: say('questionnaire.file.reverseNotInScale', { item: linkId }),
      });
      return;
    }
    const item = index.get(linkId)?.item;
    const outside = item
      ? possibleScores(item).find((score) => score < min || score > max)
      : undefined;
    if (outside !== undefined) {
      problems.push({
        path,
        problem: say('questionnaire.file.scoreOutsideReverse', {
          item: linkId,
          score: String(outside),
          min: String(min),
          max: String(max),
        }),
      });
    }
  });
  return problems;
}
