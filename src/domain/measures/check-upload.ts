// A Questionnaire a service admin uploads in the browser (issue 14, decision 0042): the same
// checks as `waymark measures import` (parseQuestionnaire: structure, items, conditions and
// scoring rules; then url + version), plus what only an upload needs: a bound on its size, and
// wording a person can read (a skeleton's licensed wording is loaded by the operator's command).
// It also turns a sound Questionnaire into the preview the admin checks before saving. Pure.
import { say } from '../i18n/said.ts';
import { MAX_UPLOAD_ITEMS, type UploadPreview } from '../services/library.schema.ts';
import { readScoring } from './check-scoring.ts';
import type { MeasureError } from './errors.ts';
import { urlAndVersionProblems } from './import-measure.ts';
import { flattenItems, optionScore } from './items.ts';
import { parseQuestionnaire } from './parse-questionnaire.ts';
import type { Questionnaire } from './questionnaire.schema.ts';
import { needsWording } from './wording.ts';

export type UploadResult =
  | { ok: true; questionnaire: Questionnaire; preview: UploadPreview }
  | { ok: false; errors: MeasureError[] };

export const titleOfQuestionnaire = (q: Questionnaire) => q.title ?? q.name ?? q.id ?? q.url ?? '';

export function checkUpload(json: unknown): UploadResult {
  const parsed = parseQuestionnaire(json);
  if (!parsed.ok) return parsed;
  const questionnaire = parsed.questionnaire;
  const errors = [...urlAndVersionProblems(questionnaire)];
  const count = flattenItems(questionnaire.item).length;
  if (count > MAX_UPLOAD_ITEMS) {
    const message = say('library.problem.tooManyItems', { count, max: MAX_UPLOAD_ITEMS });
    errors.push({ path: 'item', message });
  }
  if (needsWording(questionnaire)) {
    errors.push({ path: 'item', message: say('library.problem.needsWording') });
  }
  if (errors.length) return { ok: false, errors };
  return { ok: true, questionnaire, preview: previewOf(questionnaire) };
}

const ANSWERABLE = new Set(['boolean', 'choice', 'integer', 'decimal', 'string', 'text']);

export const questionCount = (q: Questionnaire) =>
  flattenItems(q.item).filter(({ item }) => ANSWERABLE.has(item.type)).length;

/** What the admin checks before saving: its title, every item, and what it scores. */
export function previewOf(questionnaire: Questionnaire): UploadPreview {
  const scoring = readScoring(questionnaire);
  const rules = scoring.ok ? scoring.rules : undefined;
  return {
    title: titleOfQuestionnaire(questionnaire),
    url: questionnaire.url ?? '',
    version: questionnaire.version ?? '',
    description: questionnaire.description ?? null,
    questionCount: questionCount(questionnaire),
    items: flattenItems(questionnaire.item).map(({ item, ancestors }) => ({
      linkId: item.linkId,
      text: [item.prefix, item.text].filter(Boolean).join(' '),
      type: item.type,
      required: item.required === true,
      depth: ancestors.length,
      answers: (item.answerOption ?? []).map((option) => ({
        code: option.valueCoding.code,
        display: option.valueCoding.display ?? option.valueCoding.code,
        score: optionScore(option) ?? null,
      })),
    })),
    scoring: {
      scales: (rules?.scales ?? []).map((scale) => ({
        id: scale.id,
        label: scale.label ?? scale.id,
        method: scale.method,
        itemCount: scale.items.length,
        bandCount: scale.bands?.length ?? 0,
        reliableChange: scale.reliableChange?.points ?? null,
        better: scale.better ?? null,
      })),
      riskRuleCount: rules?.riskItems?.length ?? 0,
    },
    questionnaire,
  };
}
