// Fixtures for measures tests: answers to the built-in measures built the way a form would,
// made-up wording for a skeleton, and the measure library over a test app's store.
import { builtInMeasure } from '../../domain/measures/built-in.ts';
import { flattenItems } from '../../domain/measures/items.ts';
import type { Questionnaire } from '../../domain/measures/questionnaire.schema.ts';
import type { QuestionnaireResponse } from '../../domain/measures/response.schema.ts';
import { responseFor, scored } from '../../domain/measures/test-support.ts';
import { createMeasureLibraryRepo } from '../features/measures/measure-library.repo.ts';
import { createMeasureLibrary } from '../features/measures/measure-library.service.ts';
import type { TestApp } from './app-harness.ts';

/** A completed response to a built-in measure, from item scores in order (null skips one). */
export function answersTo(
  measureId: string,
  scores: readonly (number | null)[],
  extra: Partial<QuestionnaireResponse> = {},
): QuestionnaireResponse {
  const prefix = { 'phq-9': 'phq9', 'gad-7': 'gad7', 'qpr-15': 'qpr' }[measureId] ?? measureId;
  return { ...responseFor(builtInMeasure(measureId), scored(prefix, scores)), ...extra };
}

/** A PHQ-9 answer body (total 5, "Mild", no risk answer unless item 9 is given above 0). */
export const aPhq9Answer = (scores: readonly (number | null)[] = [1, 1, 1, 1, 1, 0, 0, 0, 0]) => ({
  measureId: 'phq-9',
  response: answersTo('phq-9', scores),
});

/** Made-up wording for every item and option of a skeleton (no real licensed text). */
export function fakeWording(skeleton: Questionnaire) {
  const entries = flattenItems(skeleton.item).filter(({ item }) => item.type !== 'group');
  const codes = new Set(
    entries.flatMap(({ item }) => (item.answerOption ?? []).map((o) => o.valueCoding.code)),
  );
  return {
    measure: skeleton.url,
    version: skeleton.version,
    copyright: 'Test wording, not the licensed text',
    items: Object.fromEntries(entries.map(({ item }) => [item.linkId, `Statement ${item.linkId}`])),
    answerOptions: { '*': Object.fromEntries([...codes].map((code) => [code, `Answer ${code}`])) },
  };
}

/** The measure library over a test app's own store and clock, as the CLI would use it. */
export const libraryOf = (t: TestApp) =>
  createMeasureLibrary(createMeasureLibraryRepo(t.store.db), () => t.clock.now);

/**
 * A whole FHIR Questionnaire a service might upload: GAD-7's items and scoring under another
 * url, version and title (so it is not the built-in one).
 */
export function aServiceQuestionnaire(change: Partial<Questionnaire> = {}): Questionnaire {
  return {
    ...builtInMeasure('gad-7'),
    id: 'worry-check',
    url: 'https://example.org/fhir/Questionnaire/worry-check',
    version: '1.0',
    title: 'Worry check',
    ...change,
  };
}
