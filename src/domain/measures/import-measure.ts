// One entry point for a file a service brings: a FHIR Questionnaire (any measure, scoring rules
// included) or a wording file for a skeleton we ship. Pure: it checks and merges, and returns
// the Questionnaire to keep; storing it is the caller's job (a CLI and the database come later).
import { say } from '../i18n/said.ts';
import { findBuiltInMeasure } from './built-in.ts';
import { type MeasureError, toError, wordingLocator } from './errors.ts';
import { parseQuestionnaire } from './parse-questionnaire.ts';
import type { Questionnaire } from './questionnaire.schema.ts';
import { applyWording, parseWordingFile } from './wording.ts';

export type ImportResult =
  | { ok: true; kind: 'questionnaire' | 'wording'; questionnaire: Questionnaire }
  | { ok: false; errors: MeasureError[] };

export type ImportOptions = {
  /** Finds the skeleton a wording file is for; by default, the built-in measures. */
  findMeasure?: (measure: string, version: string) => Questionnaire | undefined;
};

/**
 * A measure kept in a library must say which measure and version it is: answers and wording
 * files name it by url + version. Asked of every Questionnaire the CLI imports or a service
 * uploads.
 */
export function urlAndVersionProblems(questionnaire: Questionnaire): MeasureError[] {
  if (questionnaire.url && questionnaire.version) return [];
  return [{ path: 'url', message: say('measures.import.needsUrlAndVersion') }];
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function importMeasure(json: unknown, options: ImportOptions = {}): ImportResult {
  if (isRecord(json) && 'resourceType' in json) {
    const result = parseQuestionnaire(json);
    if (!result.ok) return result;
    return { ok: true, kind: 'questionnaire', questionnaire: result.questionnaire };
  }
  const locate = wordingLocator();
  if (!isRecord(json) || !('measure' in json || 'items' in json)) {
    return {
      ok: false,
      errors: [toError(locate, { path: [], problem: say('questionnaire.import.unknownKind') })],
    };
  }
  const wording = parseWordingFile(json);
  if (!wording.ok) return wording;
  const { measure, version } = wording.value;
  const skeleton = (options.findMeasure ?? findBuiltInMeasure)(measure, version);
  if (!skeleton) {
    const problem = say('questionnaire.import.noMeasure', { measure, version });
    return { ok: false, errors: [toError(locate, { path: ['measure'], problem })] };
  }
  const result = applyWording(skeleton, wording.value);
  if (!result.ok) return result;
  return { ok: true, kind: 'wording', questionnaire: result.questionnaire };
}
