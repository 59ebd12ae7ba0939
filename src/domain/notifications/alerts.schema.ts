// The supporters a person chose to alert when they report an early warning sign in a check-in.
// The alert itself says only "<Name> would like you to check in with them".
import { RELATIONSHIP_ROLES } from '../access/context.ts';
import { id, z } from '../validation.ts';

/** At most this many people may be alerted. */
export const MAX_ALERTED = 20;

export const alertChoiceInputSchema = z.strictObject({
  /** The relationships to alert; an empty list turns alerts off. */
  relationshipIds: z.array(id()).max(MAX_ALERTED),
});
export type AlertChoiceInput = z.infer<typeof alertChoiceInputSchema>;

export const alertChoiceSchema = z.object({
  relationshipIds: z.array(z.string()),
  /** Who may be chosen: people the person shares some of their record with now. */
  candidates: z.array(
    z.object({
      relationshipId: z.string(),
      knownAs: z.string(),
      role: z.enum(RELATIONSHIP_ROLES),
    }),
  ),
});
export type AlertChoice = z.infer<typeof alertChoiceSchema>;
