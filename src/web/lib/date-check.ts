// The shared check of a calendar date, and the way to give it the detailed words about dates
// that are not real: what the date field and the sharing form load once the page is on screen
// (lib/lazy-schema.ts, decision 0037). Loading validation.ts itself on demand would bring the
// whole of zod, which it passes on as `z`; through these two names only their part comes.
export { calendarDate, explainDatesWith } from '../../domain/validation.ts';
