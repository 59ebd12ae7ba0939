// A team's invitations to people by email (decision 0050): Kysely queries only. The link's token
// is only ever stored as its SHA-256. "Pending" means not ended and not expired at the given
// time; every way an invitation ends (accepted, declined, withdrawn, or ended because the team,
// its sender or the person's account went) is one conditional update, so it ends once.
import { type Kysely, sql } from 'kysely';
import type { Database, TeamInvitationRow } from '../../store/schema.ts';
import { hasSecondFactor, isOn } from '../second-factor/has-second-factor.ts';

export type InvitationOutcome = 'accepted' | 'declined' | 'withdrawn' | 'ended';

/** A team the caller may invite people to, with its service's name. */
export type InvitingTeam = { id: string; name: string; service_id: string; service_name: string };

/** A pending invitation with the team's, the service's and the sender's names. */
export type LiveInvitation = TeamInvitationRow & {
  team_name: string;
  service_id: string;
  service_name: string;
  invited_by_name: string;
};

/**
 * Ends the pending invitations that match, in the caller's transaction or not: a team archived,
 * a sender turned off or taken out of the team. Used by the teams feature as well as here.
 */
export async function endPendingTeamInvitations(
  db: Kysely<Database>,
  match: { teamId?: string; invitedBy?: string },
  at: string,
): Promise<void> {
  if (match.teamId === undefined && match.invitedBy === undefined) return;
  let query = db
    .updateTable('team_invitation')
    .set({ ended_at: at, outcome: 'ended' })
    .where('ended_at', 'is', null);
  if (match.teamId !== undefined) query = query.where('team_id', '=', match.teamId);
  if (match.invitedBy !== undefined) query = query.where('invited_by', '=', match.invitedBy);
  await query.execute();
}

export function createTeamInvitationsRepo(db: Kysely<Database>) {
  /** Teams in use of services that are on, with the service's name. */
  const teamsInUse = () =>
    db
      .selectFrom('team as t')
      .innerJoin('service as sv', 'sv.id', 't.service_id')
      .select(['t.id', 't.name', 't.service_id', 'sv.name as service_name'])
      .where('t.archived_at', 'is', null)
      .where('sv.disabled_at', 'is', null);

  const live = (now: string) =>
    db
      .selectFrom('team_invitation as i')
      .innerJoin('team as t', 't.id', 'i.team_id')
      .innerJoin('service as sv', 'sv.id', 't.service_id')
      .innerJoin('account as a', 'a.id', 'i.invited_by')
      .selectAll('i')
      .select([
        't.name as team_name',
        't.service_id',
        'sv.name as service_name',
        'a.display_name as invited_by_name',
      ])
      .where('i.ended_at', 'is', null)
      .where('i.expires_at', '>', now)
      .where('t.archived_at', 'is', null)
      .where('sv.disabled_at', 'is', null);

  return {
    /**
     * The team, when the caller may invite people to it: a practitioner in it now (membership
     * current, staff row on) with a second factor, or an admin (on) of its service.
     */
    async teamForInviter(accountId: string, teamId: string): Promise<InvitingTeam | undefined> {
      const team = await teamsInUse().where('t.id', '=', teamId).executeTakeFirst();
      if (!team) return undefined;
      const staff = await db
        .selectFrom('staff_member as sm')
        .leftJoin('team_member as tm', (join) =>
          join
            .onRef('tm.account_id', '=', 'sm.account_id')
            .on('tm.team_id', '=', teamId)
            .on('tm.removed_at', 'is', null),
        )
        .select([
          'sm.role',
          'tm.team_id as member_of',
          sql<unknown>`${hasSecondFactor(sql.ref('sm.account_id'))}`.as('second_factor'),
        ])
        .where('sm.account_id', '=', accountId)
        .where('sm.service_id', '=', team.service_id)
        .where('sm.disabled_at', 'is', null)
        .executeTakeFirst();
      if (!staff) return undefined;
      if (staff.role === 'service_admin') return team;
      const inTeam = staff.role === 'practitioner' && staff.member_of !== null;
      return inTeam && isOn(staff.second_factor) ? team : undefined;
    },

    /** Whether the email is a staff account's (of any service). */
    async isStaffEmail(email: string): Promise<boolean> {
      const found = await db
        .selectFrom('account')
        .select('id')
        .where('email', '=', email)
        .where('role', 'in', ['practitioner', 'service_admin'])
        .executeTakeFirst();
      return found !== undefined;
    },

    /**
     * Adds an invitation, ending any other pending one of the team to the same email in the same
     * transaction, so there is one link that works per person and team.
     */
    async insert(row: TeamInvitationRow): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('team_invitation')
          .set({ ended_at: row.created_at, outcome: 'withdrawn' })
          .where('team_id', '=', row.team_id)
          .where('email', '=', row.email)
          .where('ended_at', 'is', null)
          .execute();
        await trx.insertInto('team_invitation').values(row).execute();
      });
    },

    /** The team's pending invitations, newest first, at most `limit`. */
    pendingOf(teamId: string, now: string, limit: number): Promise<LiveInvitation[]> {
      return live(now)
        .where('i.team_id', '=', teamId)
        .orderBy('i.created_at', 'desc')
        .orderBy('i.id')
        .limit(limit)
        .execute();
    },

    liveByTokenHash(tokenHash: string, now: string): Promise<LiveInvitation | undefined> {
      return live(now).where('i.token_hash', '=', tokenHash).executeTakeFirst();
    },

    /**
     * Ends a pending invitation with this outcome, in `executor` when given (a transaction, when
     * the outcome goes with other writes); false when it was no longer pending.
     */
    async end(
      match: { id: string; teamId?: string },
      outcome: InvitationOutcome,
      answeredBy: string | null,
      now: string,
      executor: Kysely<Database> = db,
    ): Promise<boolean> {
      let query = executor
        .updateTable('team_invitation')
        .set({ ended_at: now, outcome, answered_by: answeredBy })
        .where('id', '=', match.id)
        .where('ended_at', 'is', null)
        .where('expires_at', '>', now);
      if (match.teamId !== undefined) query = query.where('team_id', '=', match.teamId);
      const result = await query.executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Invitations the account sent since `since` (for the hourly limit). */
    async sentSince(accountId: string, since: string): Promise<number> {
      const row = await db
        .selectFrom('team_invitation')
        .select((eb) => eb.fn.countAll<string | number>().as('n'))
        .where('invited_by', '=', accountId)
        .where('created_at', '>', since)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
}

export type TeamInvitationsRepo = ReturnType<typeof createTeamInvitationsRepo>;
