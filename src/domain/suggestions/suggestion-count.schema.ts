// `GET /api/people/:personId/suggestions/count`: how many suggestions wait for the person,
// shown on Home. On its own so that Home loads this shape and not every section's schema.
import { z } from '../validation.ts';

export const suggestionCountSchema = z.object({ pending: z.number().int() });

/** The kinds suggestions are made on (SUGGESTABLE in suggestable.ts), as a type only. */
export type SuggestableKind =
  | 'about_me'
  | 'goal'
  | 'staying_well'
  | 'crisis_plan'
  | 'safety_plan'
  | 'after_crisis'
  | 'moving_on';
