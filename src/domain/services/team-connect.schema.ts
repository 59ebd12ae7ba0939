// A person connecting to a team, and the team's side (issue 14, decision 0040): the shapes the
// server's routes and the web's pages share. A team's access is chosen per section exactly as
// in sharing (sharedSectionsSchema); the grant is to the team.
import { SECTIONS } from '../record/sections.ts';
import { sharedSectionsSchema } from '../sharing/grants.schema.ts';
import { z } from '../validation.ts';

/** A team code as typed: any case, spaces and dashes allowed. */
export const teamCodeInputSchema = z.strictObject({ code: z.string().min(1).max(40) });
export type TeamCodeInput = z.infer<typeof teamCodeInputSchema>;

/** `POST /api/people/:personId/teams/preview`: who the code belongs to, shown before agreeing. */
export const teamPreviewSchema = z.object({ teamName: z.string(), serviceName: z.string() });
export type TeamPreview = z.infer<typeof teamPreviewSchema>;

/** `POST /api/people/:personId/teams`: the code, and what the team may see. */
export const connectTeamSchema = z.strictObject({
  code: z.string().min(1).max(40),
  sections: sharedSectionsSchema,
  /** The end of this access (ISO time, in the future), or null for no end date. */
  endsAt: z.iso.datetime({ offset: true }).nullable(),
  advanceChoice: z.boolean(),
});
export type ConnectTeam = z.infer<typeof connectTeamSchema>;

export const connectedTeamSchema = z.object({
  relationshipId: z.string(),
  teamName: z.string(),
  serviceName: z.string(),
});
export type ConnectedTeam = z.infer<typeof connectedTeamSchema>;

/** One of the teams a staff member is in, with the code people join it with. */
export const myTeamSchema = z.object({
  id: z.string(),
  name: z.string(),
  serviceName: z.string(),
  serviceId: z.string(),
  /** Null when the team has no code yet (an admin makes one). */
  code: z.string().nullable(),
  /** They lead this team, and so read its outcome reports (decision 0053). */
  lead: z.boolean(),
});
export type MyTeam = z.infer<typeof myTeamSchema>;
export const myTeamsSchema = z.object({ teams: z.array(myTeamSchema) });
export type MyTeams = z.infer<typeof myTeamsSchema>;

/** `POST /api/service/teams/:teamId/code`: a new code; the old one stops working. */
export const teamCodeSchema = z.object({ code: z.string().nullable() });

/** The most people one "my people" answer lists. */
export const MY_PEOPLE_MAX = 1000;

/** A person connected to one of the viewer's teams: no record content, only what they shared. */
export const connectedPersonSchema = z.object({
  personId: z.string(),
  /** The name the person gave on their account. */
  name: z.string(),
  relationshipId: z.string(),
  team: z.object({ id: z.string(), name: z.string() }),
  /** The sections the team reads now, with the level; empty while the person pauses sharing. */
  sections: z.partialRecord(z.enum(SECTIONS), z.enum(['view', 'suggest'])),
  /** When they connected (ISO time). */
  since: z.string(),
});
export type ConnectedPerson = z.infer<typeof connectedPersonSchema>;
export const myPeopleSchema = z.object({ people: z.array(connectedPersonSchema) });
export type MyPeople = z.infer<typeof myPeopleSchema>;
