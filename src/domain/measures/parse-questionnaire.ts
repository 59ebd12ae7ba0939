// Turns unknown JSON into a Questionnaire we can run and score, or into a list of precise
// errors. Structure first (the zod schema); only a well-formed questionnaire is checked for
// meaning (linkIds, conditions, scoring), because those checks need the typed shape.
import { checkQuestionnaire } from './check-questionnaire.ts';
import { readScoring } from './check-scoring.ts';
import { itemLocator, type MeasureError, parseWith, toError } from './errors.ts';
import { type Questionnaire, questionnaireSchema } from './questionnaire.schema.ts';

export type QuestionnaireResult =
  | { ok: true; questionnaire: Questionnaire }
  | { ok: false; errors: MeasureError[] };

export function parseQuestionnaire(json: unknown): QuestionnaireResult {
  const locate = itemLocator(json, 'questionnaire.where.questionnaire');
  const parsed = parseWith(questionnaireSchema, json, locate);
  if (!parsed.ok) return parsed;
  const questionnaire = parsed.value;
  const errors = checkQuestionnaire(questionnaire).map((problem) => toError(locate, problem));
  // Scoring rules name items, so they are only checked once the items themselves are sound.
  if (errors.length) return { ok: false, errors };
  const scoring = readScoring(questionnaire);
  if (!scoring.ok) return scoring;
  return { ok: true, questionnaire };
}
