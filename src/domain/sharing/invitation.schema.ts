// Invitations: the person asks someone into their record with a one-time link or a short
// code read out over the phone. These shapes are shared by the server's routes and the web
// form, so both refuse the same things with the same words. Pure: no I/O, no randomness.
import '../i18n/invitations.messages.ts';
import { say } from '../i18n/said.ts';
import { calendarDate, LIMITS, z } from '../validation.ts';
import { INVITABLE_SECTIONS, type InvitableSection, SHARE_ROLES } from './share-choices.ts';

export { INVITABLE_SECTIONS, type InvitableSection } from './share-choices.ts';

export const INVITATION_EXPIRY_DAYS = { min: 1, max: 30, default: 7 } as const;

export { CODE_ALPHABET, CODE_LENGTH, formatCode, normalizeCode } from './invitation-code.ts';

const levelMessage = { error: () => say('invitations.validation.level') };

/** One section's level in an invitation: none (or absent), view, or suggest changes. */
const invitationLevel = z.enum(['none', 'view', 'suggest'], levelMessage);

export const invitationSectionsSchema = z
  .record(z.string(), invitationLevel)
  .superRefine((sections, ctx) => {
    for (const section of Object.keys(sections)) {
      if (section === 'journal')
        ctx.addIssue({
          code: 'custom',
          path: [section],
          message: say('invitations.validation.journal'),
        });
      else if (!(INVITABLE_SECTIONS as readonly string[]).includes(section))
        ctx.addIssue({
          code: 'custom',
          path: [section],
          message: say('invitations.validation.section'),
        });
    }
  })
  .transform(
    (sections) =>
      Object.fromEntries(
        Object.entries(sections).filter(([, level]) => level !== 'none'),
      ) as Partial<Record<InvitableSection, 'view' | 'suggest'>>,
  );

export const createInvitationSchema = z.strictObject({
  role: z.enum(SHARE_ROLES, { error: () => say('invitations.validation.role') }),
  knownAs: z
    .string()
    .trim()
    .min(1, { error: () => say('invitations.validation.knownAs') })
    .max(LIMITS.name),
  sections: invitationSectionsSchema,
  /** The last day of access (a date); absent for no end date. Checked against today by the server. */
  endsAt: calendarDate().optional(),
  /** Whether the advance choice document goes with the crisis plan. */
  advanceChoice: z.boolean().optional(),
  expiresInDays: z
    .number()
    .int({ error: () => say('invitations.validation.expiry') })
    .min(INVITATION_EXPIRY_DAYS.min, { error: () => say('invitations.validation.expiry') })
    .max(INVITATION_EXPIRY_DAYS.max, { error: () => say('invitations.validation.expiry') })
    .optional(),
});
export type CreateInvitationInput = z.input<typeof createInvitationSchema>;

/** What an invitation offers, as the person and the invitee both see it (never the token). */
export const invitationSchema = z.object({
  id: z.string(),
  role: z.enum(SHARE_ROLES),
  knownAs: z.string(),
  sections: z.partialRecord(z.enum(INVITABLE_SECTIONS), z.enum(['view', 'suggest'])),
  /** The last day of access, or null for no end date. */
  endsAt: z.iso.date().nullable(),
  advanceChoice: z.boolean(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/** The answer to creating one: the only time the link token and the code are ever shown. */
export const createdInvitationSchema = invitationSchema.extend({
  token: z.string(),
  /** Grouped for reading out, e.g. K7P-M3Q-X9T-W. */
  code: z.string(),
});
export type CreatedInvitation = z.infer<typeof createdInvitationSchema>;

export const invitationListSchema = z.object({ items: z.array(invitationSchema) });

/** What the invitee sees before accepting: who invites them and what they would share. */
export const invitationPreviewSchema = invitationSchema
  .omit({ id: true, createdAt: true })
  .extend({ personName: z.string() });
export type InvitationPreview = z.infer<typeof invitationPreviewSchema>;

export const acceptInvitationSchema = z.union([
  z.strictObject({ token: z.string().min(1).max(200) }),
  z.strictObject({ code: z.string().min(1).max(40) }),
]);
export type AcceptInvitationInput = z.infer<typeof acceptInvitationSchema>;

export const acceptedInvitationSchema = z.object({
  personId: z.string(),
  relationshipId: z.string(),
});
export type AcceptedInvitation = z.infer<typeof acceptedInvitationSchema>;
