// The parts of the measure engine a measure's page needs only once the answers are sent: the
// check of the whole response and the range each score is out of. They need zod, so the page
// loads them once the questions are on screen (decision 0037), not with its first load.
export { scaleRanges } from '../../../domain/measures/scale-range.ts';
export { validateResponse } from '../../../domain/measures/validate-response.ts';
