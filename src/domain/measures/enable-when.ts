// Which items are shown, given the answers so far (FHIR enableWhen / enableBehavior).
// Our reading of the spec, so every part of Waymark agrees:
// - an item inside a hidden group is hidden;
// - answers to a hidden question count as no answer (a condition on it is then false,
//   except `exists` = false, which is true);
// - with several answers, a condition holds if any answer meets it;
// - with no answer, every operator except `exists` is false (so `!=` needs an answer too).

import { indexItems } from './items.ts';
import type { Coding, EnableWhen, Questionnaire } from './questionnaire.schema.ts';
import type { Answer, QuestionnaireResponse, ResponseItem } from './response.schema.ts';

export type AnswerMap = ReadonlyMap<string, readonly Answer[]>;
export type AnswerValue = boolean | number | string | Coding;

/** Answers by linkId, from anywhere in the response tree (the first occurrence wins). */
export function collectAnswers(response: QuestionnaireResponse): Map<string, Answer[]> {
  const answers = new Map<string, Answer[]>();
  const visit = (items: readonly ResponseItem[] | undefined) => {
    for (const item of items ?? []) {
      if (item.answer && !answers.has(item.linkId)) answers.set(item.linkId, item.answer);
      visit(item.item);
    }
  };
  visit(response.item);
  return answers;
}

/** The one value of an answer, or undefined if it has none. */
export function answerValue(answer: Answer): AnswerValue | undefined {
  return (
    answer.valueBoolean ??
    answer.valueInteger ??
    answer.valueDecimal ??
    answer.valueString ??
    answer.valueCoding
  );
}

function conditionValue(condition: EnableWhen): AnswerValue | undefined {
  return (
    condition.answerBoolean ??
    condition.answerInteger ??
    condition.answerDecimal ??
    condition.answerString ??
    condition.answerCoding
  );
}

function sameCoding(a: Coding, b: Coding): boolean {
  return a.code === b.code && (!a.system || !b.system || a.system === b.system);
}

function meets(value: AnswerValue, condition: EnableWhen): boolean {
  const expected = conditionValue(condition);
  if (expected === undefined) return false;
  if (typeof value === 'object' || typeof expected === 'object') {
    if (typeof value !== 'object' || typeof expected !== 'object') return false;
    const same = sameCoding(value, expected);
    return condition.operator === '=' ? same : condition.operator === '!=' ? !same : false;
  }
  switch (condition.operator) {
    case '=':
      return value === expected;
    case '!=':
      return value !== expected;
    case '>':
      return value > expected;
    case '<':
      return value < expected;
    case '>=':
      return value >= expected;
    case '<=':
      return value <= expected;
    default:
      return false;
  }
}

function holds(condition: EnableWhen, values: readonly AnswerValue[]): boolean {
  if (condition.operator === 'exists') return values.length > 0 === condition.answerBoolean;
  return values.some((value) => meets(value, condition));
}

/** linkIds of every item shown for these answers (groups and display items included). */
export function enabledItems(
  questionnaire: Questionnaire,
  answers: AnswerMap | QuestionnaireResponse,
): Set<string> {
  const answerMap: AnswerMap =
    answers instanceof Map ? answers : collectAnswers(answers as QuestionnaireResponse);
  const index = indexItems(questionnaire.item);
  const decided = new Map<string, boolean>();
  const deciding = new Set<string>();

  const isEnabled = (linkId: string): boolean => {
    const known = decided.get(linkId);
    if (known !== undefined) return known;
    const entry = index.get(linkId);
    // Unknown items and condition loops (rejected on import) are treated as hidden.
    if (!entry || deciding.has(linkId)) return false;
    deciding.add(linkId);
    const parent = entry.ancestors.at(-1);
    let enabled = parent === undefined || isEnabled(parent);
    const conditions = entry.item.enableWhen ?? [];
    if (enabled && conditions.length) {
      const results = conditions.map((condition) => {
        const shown = isEnabled(condition.question);
        const given = shown ? (answerMap.get(condition.question) ?? []) : [];
        const values = given.map(answerValue).filter((value) => value !== undefined);
        return holds(condition, values);
      });
      enabled =
        entry.item.enableBehavior === 'any' ? results.some(Boolean) : results.every(Boolean);
    }
    deciding.delete(linkId);
    decided.set(linkId, enabled);
    return enabled;
  };

  return new Set([...index.keys()].filter(isEnabled));
}
