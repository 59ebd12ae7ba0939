// A service's teams and staff (issue 14): the shapes the service admin's pages share with the
// server. Nothing here is about any person's record.
import { emailAddress } from '../auth/auth.schema.ts';
import { say } from '../i18n/said.ts';
import { LIMITS, requiredLine, z } from '../validation.ts';
import { STAFF_ROLES } from './services.schema.ts';

/** POST /api/service/teams and PUT /api/service/teams/:teamId: the team's name. */
export const teamInputSchema = z.strictObject({
  name: requiredLine(LIMITS.name, () => say('validation.required.teamName')),
});
export type TeamInput = z.infer<typeof teamInputSchema>;

/** A team, with how many staff are in it (disabled staff are not counted). */
export const teamSchema = z.object({
  id: z.string(),
  name: z.string(),
  createdAt: z.string(),
  memberCount: z.number().int(),
});
export type Team = z.infer<typeof teamSchema>;

export const teamListSchema = z.object({ teams: z.array(teamSchema) });
export type TeamList = z.infer<typeof teamListSchema>;

/** POST /api/service/staff: a practitioner invited to one of the service's teams. */
export const staffInviteSchema = z.strictObject({
  name: requiredLine(LIMITS.name, () => say('validation.required.staffName')),
  email: emailAddress(),
  teamId: z
    .string()
    .max(100)
    .min(1, { error: () => say('validation.required.team') }),
});
export type StaffInput = z.infer<typeof staffInviteSchema>;

/** One of the service's staff, as the admin sees them. */
export const staffMemberSchema = z.object({
  accountId: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.enum(STAFF_ROLES),
  /** Their teams; `lead` when they lead it and so read its outcome reports (decision 0053). */
  teams: z.array(z.object({ id: z.string(), name: z.string(), lead: z.boolean() })),
  /** Whether they have chosen a password through their set-up link. */
  setUp: z.boolean(),
  disabled: z.boolean(),
});
export type StaffMember = z.infer<typeof staffMemberSchema>;

/** PUT /api/service/teams/:teamId/members/:accountId/lead: whether they lead the team. */
export const teamLeadSchema = z.strictObject({ lead: z.boolean() });
export type TeamLeadInput = z.infer<typeof teamLeadSchema>;

export const staffListSchema = z.object({ staff: z.array(staffMemberSchema) });
export type StaffList = z.infer<typeof staffListSchema>;

/**
 * The answer to an invitation: the staff member, and the one-time set-up link to pass on (null
 * when they had set up their account already), shown this once.
 */
export const staffInvitedSchema = z.object({
  staff: staffMemberSchema,
  setUpLink: z.string().nullable(),
  expiresAt: z.string().nullable(),
  /** Whether the link was also sent to them by email (only when the server can send email). */
  emailed: z.boolean(),
});
export type StaffInvited = z.infer<typeof staffInvitedSchema>;
