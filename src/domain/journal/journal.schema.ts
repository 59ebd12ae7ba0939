// Shapes of journal entries and journal search, shared by server validation and the web forms.
import { recentDate } from '../checkins/checkins.schema.ts';
import { say } from '../i18n/said.ts';
import { LIMITS, z } from '../validation.ts';

const mood = () =>
  z
    .number({ error: () => say('validation.score', { min: 1, max: 7 }) })
    .int({ error: () => say('validation.score', { min: 1, max: 7 }) })
    .min(1, { error: () => say('validation.score', { min: 1, max: 7 }) })
    .max(7, { error: () => say('validation.score', { min: 1, max: 7 }) });

export const journalEntrySchema = z.strictObject({
  date: recentDate(),
  mood: mood().nullable().optional(),
  /** Kept exactly as typed; encrypted before it is stored. */
  text: z
    .string()
    .min(1, { error: () => say('validation.required.journalEntry') })
    .max(LIMITS.longText, { error: () => say('validation.tooLong', { max: LIMITS.longText }) }),
});
export type JournalEntryInput = z.infer<typeof journalEntrySchema>;

/**
 * An entry's own fields as the API shows them (beside its id, version and times). An entry the
 * server's keys cannot open comes with `unreadable: true` and no text, so one such entry never
 * hides the others.
 */
export const journalEntryShownFields = {
  date: z.string(),
  mood: z.number().int().nullable(),
  text: z.string().nullable(),
  unreadable: z.literal(true).optional(),
};
export type JournalEntryShown = z.infer<z.ZodObject<typeof journalEntryShownFields>>;

export const JOURNAL_SEARCH_LIMITS = { query: 200, results: 100, entries: 2_000 } as const;

export const journalSearchSchema = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1, { error: () => say('validation.required.searchWords') })
    .max(JOURNAL_SEARCH_LIMITS.query, {
      error: () => say('validation.tooLong', { max: JOURNAL_SEARCH_LIMITS.query }),
    }),
});

/** Case-insensitive, and the same letter typed as one character or as two matches itself. */
export function matchesSearch(text: string, query: string): boolean {
  const fold = (value: string) => value.normalize('NFC').toLocaleLowerCase('en-GB');
  return fold(text).includes(fold(query.trim()));
}
