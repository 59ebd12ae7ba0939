// GET /api/caseload (issue 14, decision 0044): its query and its answer. Every field of a row is
// limited to what that person shares with the practitioner's team; `shared` says which of the
// three sections the caseload reads were shared, so "not shared" and "none yet" stay apart.
import { z } from '../validation.ts';
import { CASELOAD_SORTS } from './caseload.ts';

/** The most people one caseload lists (the same bound as the team's people). */
export const CASELOAD_MAX = 1000;

export const caseloadQuerySchema = z.strictObject({
  sort: z.enum(CASELOAD_SORTS).default('name'),
  team: z.string().min(1).max(100).optional(),
  needsAttention: z
    .enum(['true', 'false'])
    .optional()
    .transform((value) => value === 'true'),
});
export type CaseloadQuery = z.input<typeof caseloadQuerySchema>;

const direction = z.enum(['better', 'worse', 'about_the_same']).nullable();

export const caseloadRowSchema = z.object({
  personId: z.string(),
  name: z.string(),
  team: z.object({ id: z.string(), name: z.string() }),
  shared: z.object({ checkins: z.boolean(), measures: z.boolean(), reviews: z.boolean() }),
  /** The latest shared check-in's date; null when none, or check-ins are not shared. */
  lastCheckIn: z.string().nullable(),
  /** Life-area ratings, the last two sets compared. */
  lifeAreas: z.object({ direction, from: z.string().nullable(), to: z.string().nullable() }),
  measures: z.array(
    z.object({
      measureId: z.string(),
      title: z.string(),
      latest: z.number(),
      previous: z.number().nullable(),
      change: z.number().nullable(),
      direction,
      reliableChange: z.enum(['improvement', 'deterioration']).nullable(),
      reliableChangeDefined: z.boolean(),
    }),
  ),
  reviewDue: z.boolean().nullable(),
  nextReviewDate: z.string().nullable(),
  suggestionsWaiting: z.number().int(),
  needsAttention: z.boolean(),
});
export type CaseloadRowView = z.infer<typeof caseloadRowSchema>;

export const caseloadSchema = z.object({
  /** The teams among the rows before filtering, for the filter. */
  teams: z.array(z.object({ id: z.string(), name: z.string() })),
  people: z.array(caseloadRowSchema),
});
export type Caseload = z.infer<typeof caseloadSchema>;
