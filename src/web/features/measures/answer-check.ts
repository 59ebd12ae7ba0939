// The parts of the measure engine a measure's page needs only once the answers are sent: the
// check of the whole response and the range each score is out of. They need zod, so the page
// loads them once the questions are on screen (decision 0037), not with its first load. The
// check's problems are said with say() and worded here by wordsFor, in the person's language: the
// check brings the words of its part (questionnaire) with it.

export { wordsFor } from '../../../domain/i18n/said.ts';
export { scaleRanges } from '../../../domain/measures/scale-range.ts';
export { validateResponse } from '../../../domain/measures/validate-response.ts';
