// Helpers for the measures tests: build answers the way a form would, from plain values.
import { wordsFor } from '../i18n/said.ts';
import type { MeasureError } from './errors.ts';
import { SCORING_URL } from './fhir-urls.ts';
import { optionScore } from './items.ts';
import { parseQuestionnaire } from './parse-questionnaire.ts';
import {
  ORDINAL_VALUE_URL,
  type Questionnaire,
  type QuestionnaireItem,
} from './questionnaire.schema.ts';
import type { Answer, QuestionnaireResponse, ResponseItem } from './response.schema.ts';
import type { ScoringRules } from './scoring.schema.ts';

/** A plain answer: a choice code (or { score } to pick the option with that score), a number, text or a boolean. */
export type Given = string | number | boolean | { score: number };

function answerFor(item: QuestionnaireItem, given: Given): Answer {
  if (item.type === 'choice') {
    const option =
      typeof given === 'object'
        ? item.answerOption?.find((o) => optionScore(o) === given.score)
        : item.answerOption?.find((o) => o.valueCoding.code === given);
    if (!option)
      return { valueCoding: { code: String(typeof given === 'object' ? given.score : given) } };
    const { system, code } = option.valueCoding;
    return { valueCoding: { ...(system ? { system } : {}), code } };
  }
  if (typeof given === 'boolean') return { valueBoolean: given };
  if (typeof given === 'number')
    return item.type === 'decimal' ? { valueDecimal: given } : { valueInteger: given };
  return { valueString: String(given) };
}

/** A QuestionnaireResponse nested like the questionnaire, holding only the given answers. */
export function responseFor(
  questionnaire: Questionnaire,
  given: Record<string, Given>,
  status: QuestionnaireResponse['status'] = 'completed',
): QuestionnaireResponse {
  const build = (items: readonly QuestionnaireItem[]): ResponseItem[] =>
    items.flatMap((item): ResponseItem[] => {
      if (item.type === 'group') {
        const children = build(item.item ?? []);
        return children.length ? [{ linkId: item.linkId, item: children }] : [];
      }
      const value = given[item.linkId];
      return value === undefined ? [] : [{ linkId: item.linkId, answer: [answerFor(item, value)] }];
    });
  return {
    resourceType: 'QuestionnaireResponse',
    ...(questionnaire.url
      ? { questionnaire: `${questionnaire.url}|${questionnaire.version}` }
      : {}),
    status,
    item: build(questionnaire.item),
  };
}

/** Answers by item score for items named `${prefix}-1`, `${prefix}-2`, …; null leaves one out. */
export function scored(prefix: string, scores: readonly (number | null)[]): Record<string, Given> {
  return Object.fromEntries(
    scores.flatMap((score, i) => (score === null ? [] : [[`${prefix}-${i + 1}`, { score }]])),
  );
}

/** A small valid questionnaire to change in tests (deep-copied each call). */
export function minimalQuestionnaire(
  items: unknown[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return structuredClone({
    resourceType: 'Questionnaire',
    url: 'https://example.org/Questionnaire/test',
    version: '1',
    status: 'active',
    item: items,
    ...extra,
  });
}

/** An answer option with a code, test wording and (optionally) a score. */
export const option = (code: string, score?: number) => ({
  valueCoding: { code, display: `Option ${code}` },
  ...(score === undefined ? {} : { extension: [{ url: ORDINAL_VALUE_URL, valueDecimal: score }] }),
});

/** A choice item scoring 0 ("a") or 1 ("b"). */
export const choice = (linkId: string, extra: Record<string, unknown> = {}) => ({
  linkId,
  type: 'choice',
  text: `Question ${linkId}`,
  answerOption: [option('a', 0), option('b', 1)],
  ...extra,
});

/** Errors as their reader sees them: each message (made by say()) worded, in English here. */
export function worded(errors: readonly MeasureError[]): MeasureError[] {
  return errors.map(({ path, message }) => ({ path, message: wordsFor(message) }));
}

/** A result with its errors worded (worded above); a result without errors as it is. */
export function wordedResult<T extends { ok: boolean }>(result: T): T {
  return 'errors' in result && Array.isArray(result.errors)
    ? { ...result, errors: worded(result.errors) }
    : result;
}

/** The errors for a questionnaire that must not parse, worded in English. */
export function questionnaireErrors(json: unknown) {
  const result = parseQuestionnaire(json);
  if (result.ok) throw new Error('expected the questionnaire to be rejected');
  return worded(result.errors);
}

/** The questionnaire with its scoring rules changed by `change` (e.g. a scale's `better`). */
export function withScoring(
  questionnaire: Questionnaire,
  change: (rules: ScoringRules) => ScoringRules,
): Questionnaire {
  return {
    ...questionnaire,
    extension: (questionnaire.extension ?? []).map((extension) =>
      extension.url === SCORING_URL
        ? {
            ...extension,
            valueString: JSON.stringify(
              change(JSON.parse(extension.valueString ?? '{}') as ScoringRules),
            ),
          }
        : extension,
    ),
  };
}
