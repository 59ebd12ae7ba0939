// Checks answers (a QuestionnaireResponse) against their questionnaire: every answered item
// exists and sits where the questionnaire puts it, values have the right type, choice codes are
// real options, numbers are in range, hidden items have no answer, and — once the answers are
// submitted (status completed or amended) — every shown required item is answered. A draft
// (in-progress) may leave required items empty, so a person can stop part-way and come back.
import { saidValue, say } from '../i18n/said.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { answerValue, enabledItems } from './enable-when.ts';
import {
  itemLocator,
  type MeasureError,
  type PathPart,
  type Problem,
  parseWith,
  toError,
} from './errors.ts';
import { flattenItems, type IndexedItem, indexItems, valueRange } from './items.ts';
import type { Questionnaire, QuestionnaireItem } from './questionnaire.schema.ts';
import {
  type Answer,
  type QuestionnaireResponse,
  questionnaireResponseSchema,
  type ResponseItem,
} from './response.schema.ts';
import { needsWording } from './wording.ts';

export type ResponseResult =
  | { ok: true; response: QuestionnaireResponse }
  | { ok: false; errors: MeasureError[] };

const VALUE_FOR_TYPE: Partial<Record<QuestionnaireItem['type'], [keyof Answer, MessageKey]>> = {
  boolean: ['valueBoolean', 'questionnaire.value.boolean'],
  integer: ['valueInteger', 'questionnaire.value.integer'],
  decimal: ['valueDecimal', 'questionnaire.value.decimal'],
  string: ['valueString', 'questionnaire.value.string'],
  text: ['valueString', 'questionnaire.value.string'],
  choice: ['valueCoding', 'questionnaire.value.coding'],
};

const canonicalBase = (canonical: string) => canonical.split('|')[0] ?? canonical;

/**
 * Checking stops after this many problems. Nobody fixes more at once, and answers sent with
 * thousands of wrong items must not cost thousands of messages to describe.
 */
export const MAX_PROBLEMS = 20;

export function validateResponse(questionnaire: Questionnaire, json: unknown): ResponseResult {
  const locate = itemLocator(json, 'questionnaire.where.answers');
  const parsed = parseWith(questionnaireResponseSchema, json, locate);
  if (!parsed.ok) return parsed;
  const response = parsed.value;
  if (needsWording(questionnaire)) {
    return {
      ok: false,
      errors: [toError(locate, { path: [], problem: say('questionnaire.answers.needsWording') })],
    };
  }
  const problems: Problem[] = [];
  if (response.questionnaire && questionnaire.url) {
    const actual = canonicalBase(response.questionnaire);
    if (actual !== questionnaire.url) {
      problems.push({
        path: ['questionnaire'],
        problem: say('questionnaire.answers.wrongQuestionnaire', {
          actual,
          expected: questionnaire.url,
        }),
      });
    }
  }
  const index = indexItems(questionnaire.item);
  const shown = enabledItems(questionnaire, response);
  const context: Context = { index, shown, seen: new Set(), answered: new Set() };
  const visit = (items: readonly ResponseItem[], path: PathPart[], parent: string | undefined) => {
    for (const [i, item] of items.entries()) {
      if (problems.length >= MAX_PROBLEMS) return;
      const itemPath = [...path, 'item', i];
      problems.push(...checkResponseItem(item, itemPath, parent, context));
      if (item.item) visit(item.item, itemPath, item.linkId);
    }
  };
  visit(response.item ?? [], [], undefined);
  const errors = problems.slice(0, MAX_PROBLEMS).map((problem) => toError(locate, problem));
  // Once checking stopped early, items after that point were never seen, so they are not
  // reported as missing.
  const checkedAll = problems.length < MAX_PROBLEMS;
  if (checkedAll && (response.status === 'completed' || response.status === 'amended')) {
    const questionnaireLocate = itemLocator(questionnaire, 'questionnaire.where.questionnaire');
    for (const entry of flattenItems(questionnaire.item)) {
      if (
        entry.item.required &&
        shown.has(entry.item.linkId) &&
        !hasAnswer(entry, context.answered)
      ) {
        errors.push(
          toError(questionnaireLocate, {
            path: entry.path,
            problem: say('questionnaire.answers.required'),
          }),
        );
      }
    }
  }
  return errors.length ? { ok: false, errors } : { ok: true, response };
}

/** A group counts as answered when any item inside it is. */
function hasAnswer(entry: IndexedItem, answered: Set<string>): boolean {
  if (entry.item.type !== 'group') return answered.has(entry.item.linkId);
  return flattenItems(entry.item.item ?? []).some(({ item }) => answered.has(item.linkId));
}

type Context = {
  index: Map<string, IndexedItem>;
  /** linkIds shown for these answers. */
  shown: Set<string>;
  /** linkIds met so far in the response, and those with an answer. */
  seen: Set<string>;
  answered: Set<string>;
};

function checkResponseItem(
  responseItem: ResponseItem,
  path: PathPart[],
  parent: string | undefined,
  { index, shown, seen, answered }: Context,
): Problem[] {
  const at = (field: PathPart[], problem: string): Problem => ({
    path: [...path, ...field],
    problem,
  });
  const entry = index.get(responseItem.linkId);
  if (!entry) return [at(['linkId'], say('questionnaire.answers.unknownItem'))];
  const problems: Problem[] = [];
  const expectedParent = entry.ancestors.at(-1);
  if (expectedParent !== parent) {
    const name = (linkId: string | undefined) =>
      linkId
        ? saidValue('questionnaire.where.item', { item: linkId })
        : saidValue('questionnaire.where.top');
    problems.push(
      at(
        [],
        say('questionnaire.answers.misplaced', {
          actual: name(parent),
          expected: name(expectedParent),
        }),
      ),
    );
  }
  if (seen.has(responseItem.linkId)) problems.push(at([], say('questionnaire.answers.duplicate')));
  seen.add(responseItem.linkId);
  const answers = responseItem.answer ?? [];
  if (!answers.length) return problems;
  answered.add(responseItem.linkId);
  const { item } = entry;
  const expected = VALUE_FOR_TYPE[item.type];
  if (!expected)
    return [
      ...problems,
      at(['answer'], say('questionnaire.answers.noAnswers', { type: item.type })),
    ];
  if (!shown.has(item.linkId)) problems.push(at(['answer'], say('questionnaire.answers.hidden')));
  if (answers.length > 1) problems.push(at(['answer'], say('questionnaire.answers.oneAnswer')));
  answers.forEach((answer, j) => {
    const problem = checkAnswer(item, answer, expected);
    if (problem) problems.push(at(['answer', j], problem));
  });
  return problems;
}

function checkAnswer(
  item: QuestionnaireItem,
  answer: Answer,
  [key, name]: [keyof Answer, MessageKey],
): string | undefined {
  const valueKeys = (
    ['valueBoolean', 'valueInteger', 'valueDecimal', 'valueString', 'valueCoding'] as const
  ).filter((k) => answer[k] !== undefined);
  if (valueKeys.length !== 1) return say('questionnaire.answers.valueCount');
  if (valueKeys[0] !== key)
    return say('questionnaire.answers.wrongValue', { expected: saidValue(name), type: item.type });
  const value = answerValue(answer);
  if (typeof value === 'object') {
    const option = item.answerOption?.find((o) => o.valueCoding.code === value.code);
    if (!option) {
      const codes = (item.answerOption ?? []).map((o) => o.valueCoding.code).join(', ');
      return say('questionnaire.answers.unknownCode', { code: value.code, codes });
    }
    const system = option.valueCoding.system;
    if (system && value.system && value.system !== system) {
      return say('questionnaire.answers.wrongSystem', { code: value.code, expected: system });
    }
  }
  if (typeof value === 'number') {
    const { min, max } = valueRange(item);
    if (min !== undefined && value < min)
      return say('questionnaire.answers.belowMin', { value: String(value), min: String(min) });
    if (max !== undefined && value > max)
      return say('questionnaire.answers.aboveMax', { value: String(value), max: String(max) });
  }
  if (typeof value === 'string' && item.maxLength !== undefined && value.length > item.maxLength) {
    return say('questionnaire.answers.tooLong', { max: item.maxLength });
  }
  return undefined;
}
