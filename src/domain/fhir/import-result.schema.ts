// What "Bring my record" answers (POST /api/people/:personId/import): how much was brought in,
// and who the record was shared with on the other installation, for the person to see. Those
// people are not given access here (decision 0048).
import { GRANT_LEVELS, RELATIONSHIP_ROLES } from '../access/context.ts';
import { SECTIONS } from '../record/sections.ts';
import { z } from '../validation.ts';

const count = () => z.number().int().nonnegative();

export const importResultSchema = z.object({
  brought: z.object({
    aboutMe: z.boolean(),
    lifeAreas: count(),
    goals: count(),
    goalNotes: count(),
    plans: count(),
    supportContacts: count(),
    checkins: count(),
    lifeAreaRatings: count(),
    measureResponses: count(),
    journalEntries: count(),
    files: count(),
    reviews: count(),
  }),
  sharedThere: z.array(
    z.object({
      knownAs: z.string(),
      role: z.enum(RELATIONSHIP_ROLES),
      /** A team of a service they were connected to there, by its and the service's names. */
      team: z.object({ name: z.string(), service: z.string() }).nullable(),
      since: z.string(),
      sections: z.array(z.object({ section: z.enum(SECTIONS), level: z.enum(GRANT_LEVELS) })),
      /** How many journal entries they could read there, one by one. */
      journalEntries: count(),
    }),
  ),
});
export type ImportResult = z.infer<typeof importResultSchema>;

export { IMPORT_BODY_LIMIT_BYTES } from './import-limits.ts';
