// A service's teams and staff (issue 14): Kysely queries only. Every query names the service,
// so no admin can reach another service's teams or staff.
import { type Kysely, sql } from 'kysely';
import type { AccountRow, Database, SetUpLinkRow, TeamRow } from '../../store/schema.ts';
import { endPendingTeamInvitations } from '../team-invitations/team-invitations.repo.ts';

export type TeamWithCount = TeamRow & { member_count: number };

export type StaffRow = {
  account_id: string;
  display_name: string;
  email: string;
  role: string;
  disabled_at: string | null;
  set_up: boolean;
  teams: { id: string; name: string; lead: boolean }[];
};

/** An account's place in the service, if the email is one: what inviting it again may reuse. */
export type EmailOwner = {
  account_id: string;
  role: string;
  /** The service it is staff of, if any. */
  service_id: string | null;
};

/** The service an enabled admin of an enabled service runs (teams, and who reads reports). */
export async function adminServiceOf(
  db: Kysely<Database>,
  accountId: string,
): Promise<string | undefined> {
  const row = await db
    .selectFrom('staff_member')
    .innerJoin('service', 'service.id', 'staff_member.service_id')
    .innerJoin('account', 'account.id', 'staff_member.account_id')
    .select('staff_member.service_id')
    .where('staff_member.account_id', '=', accountId)
    .where('staff_member.role', '=', 'service_admin')
    .where('account.role', '=', 'service_admin')
    .where('staff_member.disabled_at', 'is', null)
    .where('service.disabled_at', 'is', null)
    .executeTakeFirst();
  return row?.service_id;
}

export function createTeamsRepo(db: Kysely<Database>) {
  /** The service's teams still in use, by name. */
  const teamsOf = (executor: Kysely<Database>, serviceId: string) =>
    executor
      .selectFrom('team')
      .selectAll()
      .where('service_id', '=', serviceId)
      .where('archived_at', 'is', null)
      .execute()
      // By name, the same on both databases (their own orders differ in case and accents).
      .then((teams) =>
        teams.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id)),
      );

  return {
    /** The service an enabled admin of an enabled service runs. */
    adminServiceOf: (accountId: string) => adminServiceOf(db, accountId),

    async serviceName(serviceId: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('service')
        .select('name')
        .where('id', '=', serviceId)
        .executeTakeFirst();
      return row?.name;
    },

    /** The service's teams with how many enabled staff are in each. */
    async listTeams(serviceId: string): Promise<TeamWithCount[]> {
      const teams = await teamsOf(db, serviceId);
      const counts = await db
        .selectFrom('team_member')
        .innerJoin('team', 'team.id', 'team_member.team_id')
        .innerJoin('staff_member', 'staff_member.account_id', 'team_member.account_id')
        .select(['team_member.team_id', (eb) => eb.fn.countAll<string | number>().as('n')])
        .where('team.service_id', '=', serviceId)
        .where('staff_member.service_id', '=', serviceId)
        .where('team_member.removed_at', 'is', null)
        .where('staff_member.disabled_at', 'is', null)
        .groupBy('team_member.team_id')
        .execute();
      const byTeam = new Map(counts.map((c) => [c.team_id, Number(c.n)]));
      return teams.map((team) => ({ ...team, member_count: byTeam.get(team.id) ?? 0 }));
    },

    findTeam(serviceId: string, teamId: string): Promise<TeamRow | undefined> {
      return db
        .selectFrom('team')
        .selectAll()
        .where('service_id', '=', serviceId)
        .where('id', '=', teamId)
        .where('archived_at', 'is', null)
        .executeTakeFirst();
    },

    /**
     * Adds the team, or renames it, unless another of the service's teams has the name (compared
     * the way `sameName` says), checked in the same transaction. False when the name is taken.
     */
    async saveTeam(
      team: TeamRow,
      sameName: (a: string, b: string) => boolean,
      kind: 'insert' | 'rename',
    ): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        // A no-op update of the service's row first: two saves for one service wait for each
        // other (a row lock on PostgreSQL, the write lock on SQLite), so the second sees the
        // first's name, and two admins adding "Crisis team" at once get one team and a 409.
        await trx
          .updateTable('service')
          .set({ name: sql`name` })
          .where('id', '=', team.service_id)
          .execute();
        const others = await teamsOf(trx, team.service_id);
        if (others.some((other) => other.id !== team.id && sameName(other.name, team.name)))
          return false;
        if (kind === 'insert') await trx.insertInto('team').values(team).execute();
        else
          await trx
            .updateTable('team')
            .set({ name: team.name })
            .where('id', '=', team.id)
            .where('service_id', '=', team.service_id)
            .execute();
        return true;
      });
    },

    /** Who has this email address, and which service (if any) they work for. */
    async emailOwner(email: string): Promise<EmailOwner | undefined> {
      return db
        .selectFrom('account')
        .leftJoin('staff_member', 'staff_member.account_id', 'account.id')
        .select(['account.id as account_id', 'account.role', 'staff_member.service_id'])
        .where('account.email', '=', email)
        .executeTakeFirst();
    },

    /**
     * A new practitioner: their account, staff row, team membership and set-up link together.
     * False, with nothing written, when the email address was taken meanwhile.
     */
    async insertStaff(rows: {
      account: AccountRow;
      serviceId: string;
      teamId: string;
      link: SetUpLinkRow;
    }): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        // No error on a taken email: on PostgreSQL an error would end the transaction.
        const inserted = await trx
          .insertInto('account')
          .values(rows.account)
          .onConflict((oc) => oc.column('email').doNothing())
          .returning('id')
          .executeTakeFirst();
        if (!inserted) return false;
        const at = rows.account.created_at;
        await trx
          .insertInto('staff_member')
          .values({
            account_id: rows.account.id,
            service_id: rows.serviceId,
            role: 'practitioner',
            created_at: at,
            disabled_at: null,
          })
          .execute();
        await trx
          .insertInto('team_member')
          .values({
            team_id: rows.teamId,
            account_id: rows.account.id,
            added_at: at,
            removed_at: null,
          })
          .execute();
        await trx.insertInto('set_up_link').values(rows.link).execute();
        return true;
      });
    },

    /** Puts existing staff in a team (again, if they had left it); a fresh link if given. */
    async addToTeam(
      teamId: string,
      accountId: string,
      at: string,
      link: SetUpLinkRow | null,
    ): Promise<void> {
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('team_member')
          .values({ team_id: teamId, account_id: accountId, added_at: at, removed_at: null })
          .onConflict((oc) =>
            oc.columns(['team_id', 'account_id']).doUpdateSet({ removed_at: null }),
          )
          .execute();
        if (link) await trx.insertInto('set_up_link').values(link).execute();
      });
    },

    /** Stores a team's new code (its hash and what derives it); false when no such team. */
    async setTeamCode(
      serviceId: string,
      teamId: string,
      code: { code_hash: string; code_nonce: string; code_key_id: string },
    ): Promise<boolean> {
      const updated = await db
        .updateTable('team')
        .set(code)
        .where('id', '=', teamId)
        .where('service_id', '=', serviceId)
        .where('archived_at', 'is', null)
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) === 1;
    },

    /** Archives a team of the service, and forgets its code; false when no such team in use. */
    async archiveTeam(serviceId: string, teamId: string, at: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('team')
          .set({ archived_at: at, code_hash: null, code_nonce: null, code_key_id: null })
          .where('id', '=', teamId)
          .where('service_id', '=', serviceId)
          .where('archived_at', 'is', null)
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return false;
        // Its invitations waiting for an answer end with it (decision 0050).
        await endPendingTeamInvitations(trx, { teamId }, at);
        return true;
      });
    },

    /** Ends a current membership of a team of the service; false when there is none. */
    async removeFromTeam(
      serviceId: string,
      teamId: string,
      accountId: string,
      at: string,
    ): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('team_member')
          .set({ removed_at: at })
          .where('team_id', '=', teamId)
          .where('account_id', '=', accountId)
          .where('removed_at', 'is', null)
          .where('team_id', 'in', (eb) =>
            eb.selectFrom('team').select('id').where('service_id', '=', serviceId),
          )
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return false;
        // What they sent for this team and nobody answered yet ends with their place in it.
        await endPendingTeamInvitations(trx, { teamId, invitedBy: accountId }, at);
        return true;
      });
    },

    /**
     * Marks a practitioner's current membership of a team of the service as its lead, or not
     * (decision 0053). False when there is no such membership: another service's team, someone
     * who left the team, or the admin.
     */
    async setLead(
      serviceId: string,
      teamId: string,
      accountId: string,
      lead: boolean,
    ): Promise<boolean> {
      const updated = await db
        .updateTable('team_member')
        .set({ lead: lead ? 1 : 0 })
        .where('team_id', '=', teamId)
        .where('account_id', '=', accountId)
        .where('removed_at', 'is', null)
        .where('team_id', 'in', (eb) =>
          eb
            .selectFrom('team')
            .select('id')
            .where('service_id', '=', serviceId)
            .where('archived_at', 'is', null),
        )
        .where('account_id', 'in', (eb) =>
          eb
            .selectFrom('staff_member')
            .select('account_id')
            .where('service_id', '=', serviceId)
            .where('role', '=', 'practitioner'),
        )
        .executeTakeFirst();
      return Number(updated.numUpdatedRows) === 1;
    },

    /** Whether the account has chosen its password through a set-up link. */
    async hasSetUp(accountId: string): Promise<boolean> {
      const used = await db
        .selectFrom('set_up_link')
        .select('token_hash')
        .where('account_id', '=', accountId)
        .where('used_at', 'is not', null)
        .executeTakeFirst();
      return used !== undefined;
    },

    /** The service's staff, by name, with their teams (those still in use). */
    async listStaff(serviceId: string, accountId?: string): Promise<StaffRow[]> {
      let query = db
        .selectFrom('staff_member')
        .innerJoin('account', 'account.id', 'staff_member.account_id')
        .select([
          'staff_member.account_id',
          'account.display_name',
          'account.email',
          'staff_member.role',
          'staff_member.disabled_at',
          (eb) =>
            eb
              .exists(
                eb
                  .selectFrom('set_up_link')
                  .select('set_up_link.token_hash')
                  .whereRef('set_up_link.account_id', '=', 'staff_member.account_id')
                  .where('set_up_link.used_at', 'is not', null),
              )
              .as('set_up'),
        ])
        .where('staff_member.service_id', '=', serviceId);
      if (accountId) query = query.where('staff_member.account_id', '=', accountId);
      // By name, the same on both databases (their own orders differ in case and accents).
      const staff = (await query.execute()).sort(
        (a, b) => a.display_name.localeCompare(b.display_name) || a.email.localeCompare(b.email),
      );
      const memberships = await db
        .selectFrom('team_member')
        .innerJoin('team', 'team.id', 'team_member.team_id')
        .select(['team_member.account_id', 'team.id', 'team.name', 'team_member.lead'])
        .where('team.service_id', '=', serviceId)
        .where('team.archived_at', 'is', null)
        .where('team_member.removed_at', 'is', null)
        .execute()
        .then((rows) => rows.sort((a, b) => a.name.localeCompare(b.name)));
      return staff.map((member) => ({
        ...member,
        set_up: Boolean(member.set_up),
        teams: memberships
          .filter((m) => m.account_id === member.account_id)
          .map(({ id, name, lead }) => ({ id, name, lead: Number(lead) === 1 })),
      }));
    },

    /**
     * Disables (or enables again) one of the service's practitioners. Disabling ends their
     * sessions in the same transaction. False when there is no such practitioner.
     */
    async setDisabled(
      serviceId: string,
      accountId: string,
      disabledAt: string | null,
    ): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable('staff_member')
          .set({ disabled_at: disabledAt })
          .where('account_id', '=', accountId)
          .where('service_id', '=', serviceId)
          .where('role', '=', 'practitioner')
          .executeTakeFirst();
        if (Number(updated.numUpdatedRows) !== 1) return false;
        if (disabledAt !== null) {
          await trx.deleteFrom('session').where('account_id', '=', accountId).execute();
          // Invitations they sent and nobody answered yet end too (decision 0050).
          await endPendingTeamInvitations(trx, { invitedBy: accountId }, disabledAt);
        }
        return true;
      });
    },

    /** Ends an account's sessions (again, after a disabling commits: see the service). */
    async endSessions(accountId: string): Promise<void> {
      await db.deleteFrom('session').where('account_id', '=', accountId).execute();
    },
  };
}

export type TeamsRepo = ReturnType<typeof createTeamsRepo>;
