// A team inviting a person by email (issue 14, decision 0050): the shapes the routes and the web
// pages share. The team's side sends, lists and withdraws; the person's side sees who invites
// them and then chooses sections exactly as when connecting with a code (connectTeamSchema).
import { emailAddress } from '../auth/auth.schema.ts';
import { say } from '../i18n/said.ts';
import { sharedSectionsSchema } from '../sharing/grants.schema.ts';
import { isStorableText, z } from '../validation.ts';

/** Invitations one staff account may send in an hour, so the form cannot be used to spam. */
export const TEAM_INVITATIONS_PER_HOUR = 20;
/** The longest note the team may add to the email. */
export const TEAM_INVITATION_MESSAGE_MAX = 500;
/** The most pending invitations one list shows. */
export const TEAM_INVITATIONS_LISTED = 200;

/** `POST /api/teams/:teamId/invitations`: who to invite, and an optional short note. */
export const teamInvitationInputSchema = z.strictObject({
  email: emailAddress(),
  message: z
    .string()
    .trim()
    .max(TEAM_INVITATION_MESSAGE_MAX, {
      error: () => say('validation.tooLong', { max: TEAM_INVITATION_MESSAGE_MAX }),
    })
    .refine(isStorableText, { error: () => say('validation.unstorableText') })
    .optional(),
});
export type TeamInvitationInput = z.infer<typeof teamInvitationInputSchema>;

/** A pending invitation, as the team sees it: never the link. */
export const pendingTeamInvitationSchema = z.object({
  id: z.string(),
  email: z.string(),
  message: z.string().nullable(),
  /** The name of the staff member who sent it. */
  invitedBy: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type PendingTeamInvitation = z.infer<typeof pendingTeamInvitationSchema>;
export const pendingTeamInvitationsSchema = z.object({
  team: z.object({ id: z.string(), name: z.string() }),
  invitations: z.array(pendingTeamInvitationSchema),
});
export type PendingTeamInvitations = z.infer<typeof pendingTeamInvitationsSchema>;

/** The link's token as the person's page sends it (from the link's path). */
const token = () => z.string().min(1).max(100);
export const teamInvitationTokenSchema = z.strictObject({ token: token() });

/** What the person sees before choosing: who invites them, to which team, and their note. */
export const teamInvitationPreviewSchema = z.object({
  teamName: z.string(),
  serviceName: z.string(),
  invitedBy: z.string(),
  message: z.string().nullable(),
  expiresAt: z.string(),
});
export type TeamInvitationPreview = z.infer<typeof teamInvitationPreviewSchema>;

/** `POST /api/people/:personId/teams/invitation`: the token and what the team may see. */
export const acceptTeamInvitationSchema = z.strictObject({
  token: token(),
  sections: sharedSectionsSchema,
  endsAt: z.iso.datetime({ offset: true }).nullable(),
  advanceChoice: z.boolean(),
});
export type AcceptTeamInvitation = z.infer<typeof acceptTeamInvitationSchema>;
