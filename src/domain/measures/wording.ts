// Skeletons and wording files. A licensed measure ships as a skeleton: item ids, answer codes and
// scores, scoring rules, codes, but none of the copyrighted words. A service that holds a licence
// loads its own copy as a wording file, merged here. Nothing is stored: the result is a new
// Questionnaire for the caller to keep. Problems are made with say(), to be worded in the language
// of whoever reads them.

import { saidValue, say } from '../i18n/said.ts';
import { z } from '../validation.ts';
import { readScoring } from './check-scoring.ts';
import { parseWith, toError, wordingLocator } from './errors.ts';
import { flattenItems } from './items.ts';
import { parseQuestionnaire, type QuestionnaireResult } from './parse-questionnaire.ts';
import { type Questionnaire, type QuestionnaireItem, SCORING_URL } from './questionnaire.schema.ts';
import {
  conversionRowSchema,
  reverseSchema,
  type ScoringRules,
  type WordingPart,
} from './scoring.schema.ts';

/** Key of `answerOptions` that applies to every choice item with that code. */
export const ALL_ITEMS = '*';

export const wordingFileSchema = z.strictObject({
  /** The measure's canonical url (or its id). */
  measure: z.string().min(1),
  version: z.string().min(1),
  /** The licence holder's notice, added to the measure's copyright. */
  copyright: z.string().min(1).optional(),
  /** The licensed copy's own title and description; they replace the skeleton's. */
  title: z.string().min(1).optional(),
  description: z.string().min(1).optional(),
  /** linkId → wording (item text). */
  items: z.record(z.string(), z.string().min(1)),
  /** linkId (or "*") → answer code → wording. */
  answerOptions: z.record(z.string(), z.record(z.string(), z.string().min(1))).optional(),
  /** scale id → the scoring parts the licence holder supplies. */
  scoring: z
    .record(
      z.string(),
      z.strictObject({
        reverse: reverseSchema.optional(),
        conversion: z.array(conversionRowSchema).min(1).optional(),
      }),
    )
    .optional(),
});
export type WordingFile = z.infer<typeof wordingFileSchema>;

export type MissingWording =
  | { kind: 'item'; linkId: string }
  | { kind: 'option'; linkId: string; code: string }
  | { kind: 'scoring'; scale: string; part: WordingPart };

/** What a measure still lacks before it can be shown and scored. */
export function missingWording(questionnaire: Questionnaire): MissingWording[] {
  const missing: MissingWording[] = [];
  for (const { item } of flattenItems(questionnaire.item)) {
    if (item.type !== 'group' && !item.text) missing.push({ kind: 'item', linkId: item.linkId });
    for (const option of item.answerOption ?? []) {
      if (!option.valueCoding.display)
        missing.push({ kind: 'option', linkId: item.linkId, code: option.valueCoding.code });
    }
  }
  const scoring = readScoring(questionnaire);
  for (const scale of scoring.ok ? (scoring.rules?.scales ?? []) : []) {
    for (const part of scale.suppliedWithWording ?? [])
      missing.push({ kind: 'scoring', scale: scale.id, part });
  }
  return missing;
}

/** True when the measure's wording (or part of its scoring) must be loaded by the service. */
export function needsWording(questionnaire: Questionnaire): boolean {
  return missingWording(questionnaire).length > 0;
}

/** A problem in a wording file, at a path inside that file. */
type WordingProblem = { path: string[]; problem: string };

function mergeItems(
  items: readonly QuestionnaireItem[],
  wording: WordingFile,
  used: Set<string>,
): QuestionnaireItem[] {
  return items.map((item) => {
    const text = wording.items[item.linkId];
    if (text !== undefined) used.add(item.linkId);
    const own = wording.answerOptions?.[item.linkId] ?? {};
    const shared = wording.answerOptions?.[ALL_ITEMS] ?? {};
    const answerOption = item.answerOption?.map((option) => {
      const display = own[option.valueCoding.code] ?? shared[option.valueCoding.code];
      return display === undefined
        ? option
        : { ...option, valueCoding: { ...option.valueCoding, display } };
    });
    return {
      ...item,
      ...(text === undefined ? {} : { text }),
      ...(answerOption ? { answerOption } : {}),
      ...(item.item ? { item: mergeItems(item.item, wording, used) } : {}),
    };
  });
}

function checkOptionKeys(skeleton: Questionnaire, wording: WordingFile): WordingProblem[] {
  const problems: WordingProblem[] = [];
  const byLinkId = new Map(flattenItems(skeleton.item).map(({ item }) => [item.linkId, item]));
  const allCodes = new Set(
    [...byLinkId.values()].flatMap((item) =>
      (item.answerOption ?? []).map((o) => o.valueCoding.code),
    ),
  );
  for (const [key, options] of Object.entries(wording.answerOptions ?? {})) {
    const item = byLinkId.get(key);
    if (key !== ALL_ITEMS && !item) {
      problems.push({
        path: ['answerOptions', key],
        problem: say('questionnaire.wording.unknownItem', { item: key }),
      });
      continue;
    }
    if (item && item.type !== 'choice') {
      problems.push({
        path: ['answerOptions', key],
        problem: say('questionnaire.wording.notChoice', { item: key }),
      });
      continue;
    }
    for (const code of Object.keys(options)) {
      const known = item
        ? item.answerOption?.some((o) => o.valueCoding.code === code)
        : allCodes.has(code);
      if (!known)
        problems.push({
          path: ['answerOptions', key, code],
          problem: say('questionnaire.wording.unknownOption', { item: key, code }),
        });
    }
  }
  return problems;
}

function mergeScoring(
  rules: ScoringRules | undefined,
  wording: WordingFile,
): { rules: ScoringRules | undefined; problems: WordingProblem[] } {
  const problems: WordingProblem[] = [];
  const supplied = wording.scoring ?? {};
  for (const [scaleId, parts] of Object.entries(supplied)) {
    const scale = rules?.scales.find((s) => s.id === scaleId);
    if (!scale) {
      problems.push({
        path: ['scoring', scaleId],
        problem: say('questionnaire.wording.unknownScale', { scale: scaleId }),
      });
      continue;
    }
    for (const part of ['reverse', 'conversion'] as const) {
      if (parts[part] && !scale.suppliedWithWording?.includes(part)) {
        problems.push({
          path: ['scoring', scaleId, part],
          problem: say('questionnaire.wording.notPending', {
            scale: scaleId,
            part: saidValue(`questionnaire.wording.part.${part}`),
          }),
        });
      }
    }
  }
  if (!rules) return { rules, problems };
  const scales = rules.scales.map((scale) => {
    const { suppliedWithWording, ...rest } = scale;
    const parts = supplied[scale.id] ?? {};
    for (const part of suppliedWithWording ?? []) {
      if (!parts[part])
        problems.push({
          path: ['scoring', scale.id],
          problem: say('questionnaire.wording.missingPart', {
            scale: scale.id,
            part: saidValue(`questionnaire.wording.part.${part}`),
          }),
        });
    }
    return {
      ...rest,
      ...(parts.reverse ? { reverse: parts.reverse } : {}),
      ...(parts.conversion ? { conversion: parts.conversion } : {}),
    };
  });
  return { rules: { ...rules, scales }, problems };
}

/** Checks the shape of a wording file, with errors naming the field. */
export function parseWordingFile(json: unknown) {
  return parseWith(wordingFileSchema, json, wordingLocator());
}

/** Merges a service's wording file into a skeleton, with precise errors for any mismatch. */
export function applyWording(skeleton: Questionnaire, wordingJson: unknown): QuestionnaireResult {
  const locate = wordingLocator();
  const parsed = parseWordingFile(wordingJson);
  if (!parsed.ok) return parsed;
  const wording = parsed.value;
  const problems: WordingProblem[] = [];
  const expected = skeleton.url ?? skeleton.id ?? '';
  if (wording.measure !== skeleton.url && wording.measure !== skeleton.id) {
    problems.push({
      path: ['measure'],
      problem: say('questionnaire.wording.measure', { actual: wording.measure, expected }),
    });
  } else if (skeleton.version && wording.version !== skeleton.version) {
    problems.push({
      path: ['version'],
      problem: say('questionnaire.wording.version', {
        actual: wording.version,
        expected: skeleton.version,
      }),
    });
  }
  const used = new Set<string>();
  const items = mergeItems(skeleton.item, wording, used);
  for (const linkId of Object.keys(wording.items)) {
    if (!used.has(linkId))
      problems.push({
        path: ['items', linkId],
        problem: say('questionnaire.wording.unknownItem', { item: linkId }),
      });
  }
  problems.push(...checkOptionKeys(skeleton, wording));
  const scoring = readScoring(skeleton);
  const merged = mergeScoring(scoring.ok ? scoring.rules : undefined, wording);
  problems.push(...merged.problems);
  const result: Questionnaire = {
    ...skeleton,
    item: items,
    ...(wording.title ? { title: wording.title } : {}),
    ...(wording.description ? { description: wording.description } : {}),
    ...(wording.copyright
      ? { copyright: [skeleton.copyright, wording.copyright].filter(Boolean).join('\n\n') }
      : {}),
    ...(merged.rules ? { extension: withScoring(skeleton.extension, merged.rules) } : {}),
  };
  for (const gap of missingWording(result)) {
    if (gap.kind === 'item')
      problems.push({
        path: ['items', gap.linkId],
        problem: say('questionnaire.wording.missingItem', { item: gap.linkId }),
      });
    if (gap.kind === 'option') {
      problems.push({
        path: ['answerOptions', gap.linkId, gap.code],
        problem: say('questionnaire.wording.missingOption', { item: gap.linkId, code: gap.code }),
      });
    }
  }
  if (problems.length)
    return { ok: false, errors: problems.map((problem) => toError(locate, problem)) };
  return parseQuestionnaire(result);
}

/** Extensions with the scoring rules set (replacing any earlier scoring extension). */
export function withScoring(
  extensions: Questionnaire['extension'],
  rules: ScoringRules,
): NonNullable<Questionnaire['extension']> {
  const others = (extensions ?? []).filter((extension) => extension.url !== SCORING_URL);
  return [...others, { url: SCORING_URL, valueString: JSON.stringify(rules) }];
}
