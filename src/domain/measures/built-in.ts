// The measures Waymark ships (measures/*.json), as raw JSON. They are parsed like any imported
// measure, so a mistake in a file fails the same checks a service's file would (and the tests).
import gad7 from '../../../measures/gad-7.json' with { type: 'json' };
import phq9 from '../../../measures/phq-9.json' with { type: 'json' };
import qpr15 from '../../../measures/qpr-15.json' with { type: 'json' };
import reqol10 from '../../../measures/reqol-10.json' with { type: 'json' };
import reqol20 from '../../../measures/reqol-20.json' with { type: 'json' };
import swemwbs from '../../../measures/swemwbs.json' with { type: 'json' };
import wemwbs from '../../../measures/wemwbs.json' with { type: 'json' };
import { wordsFor } from '../i18n/said.ts';
import { parseQuestionnaire } from './parse-questionnaire.ts';
import type { Questionnaire } from './questionnaire.schema.ts';

/** Measure files by id. Goal ratings are separate: goalRatingQuestionnaire() builds them per person. */
export const BUILT_IN_MEASURE_FILES: Readonly<Record<string, unknown>> = {
  'phq-9': phq9,
  'gad-7': gad7,
  'qpr-15': qpr15,
  'reqol-10': reqol10,
  'reqol-20': reqol20,
  wemwbs,
  swemwbs,
};

let parsed: Questionnaire[] | undefined;

/** Every built-in measure, parsed and checked (once). Throws if a shipped file is broken. */
export function builtInMeasures(): readonly Questionnaire[] {
  parsed ??= Object.entries(BUILT_IN_MEASURE_FILES).map(([id, json]) => {
    const result = parseQuestionnaire(json);
    if (!result.ok) {
      throw new Error(
        `Built-in measure ${id} is not valid: ${result.errors.map((e) => wordsFor(e.message)).join('; ')}`,
      );
    }
    return result.questionnaire;
  });
  return parsed;
}

/** A built-in measure by canonical url or id, and version when given. */
export function findBuiltInMeasure(measure: string, version?: string): Questionnaire | undefined {
  return builtInMeasures().find(
    (q) =>
      (q.url === measure || q.id === measure) && (version === undefined || q.version === version),
  );
}

/** A built-in measure by id; throws for an unknown id (a programming error). */
export function builtInMeasure(id: string): Questionnaire {
  const questionnaire = findBuiltInMeasure(id);
  if (!questionnaire) throw new Error(`There is no built-in measure "${id}"`);
  return questionnaire;
}
