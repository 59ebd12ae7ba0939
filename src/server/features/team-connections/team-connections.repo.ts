// A person's connections to teams, and a staff member's teams (decision 0040): Kysely queries
// only. "In a team" always means the same as in the access context's query: the membership not
// removed, the team not archived, the staff account and the service not disabled.
import type { Kysely } from 'kysely';
import type { Database, TeamRow } from '../../store/schema.ts';
import { EVERYTHING, withOutcomeCounts } from '../outcomes/outcome-counts.ts';
import { teamsInNow } from './teams-now.ts';

/** A team open to people joining it, with its service's name. */
export type JoinableTeam = { id: string; name: string; service_id: string; service_name: string };

export type TeamConnectionRow = {
  person_id: string;
  id: string;
  team_id: string;
  team_name: string;
  service_id: string;
};

export type ConnectedRow = {
  person_id: string;
  relationship_id: string;
  team_id: string;
  team_name: string;
  created_at: string;
  name: string;
  paused_at: string | null;
};

export type GrantRow = {
  person_id: string;
  relationship_id: string;
  section: string;
  level: string;
  ends_at: string | null;
  advance_choice: number;
};

export function createTeamConnectionsRepo(db: Kysely<Database>) {
  /** The teams an account is in now. */
  const myTeams = (accountId: string) => teamsInNow(db, accountId);

  return {
    /** The team whose code hashes to this, if it is open to joining (not archived, service on). */
    async teamByCodeHash(codeHash: string): Promise<JoinableTeam | undefined> {
      return db
        .selectFrom('team as t')
        .innerJoin('service as sv', 'sv.id', 't.service_id')
        .select(['t.id', 't.name', 'sv.id as service_id', 'sv.name as service_name'])
        .where('t.code_hash', '=', codeHash)
        .where('t.archived_at', 'is', null)
        .where('sv.disabled_at', 'is', null)
        .executeTakeFirst();
    },

    async hasCurrentConnection(personId: string, teamId: string): Promise<boolean> {
      const found = await db
        .selectFrom('relationship')
        .select('id')
        .where('person_id', '=', personId)
        .where('team_id', '=', teamId)
        .where('ended_at', 'is', null)
        .executeTakeFirst();
      return found !== undefined;
    },

    /** The person's current team connections, with each team's service. */
    async connectionsOf(personId: string): Promise<TeamConnectionRow[]> {
      return db
        .selectFrom('relationship as r')
        .innerJoin('team as t', 't.id', 'r.team_id')
        .select(['r.person_id', 'r.id', 't.id as team_id', 't.name as team_name', 't.service_id'])
        .where('r.person_id', '=', personId)
        .where('r.ended_at', 'is', null)
        .$narrowType<{ team_id: string }>()
        .execute();
    },

    /**
     * The service whose teams the person is connected to now, for what a service offers its
     * people (its "my care" items in reviews, its uploaded measures). The most recent current
     * connection to a team in use (not archived, its service on) leads when there are several.
     * The one answer to "which service is this person with": nothing else asks it another way.
     */
    async currentServiceOf(personId: string): Promise<string | undefined> {
      const found = await db
        .selectFrom('relationship as r')
        .innerJoin('team as t', 't.id', 'r.team_id')
        .innerJoin('service as sv', 'sv.id', 't.service_id')
        .select('t.service_id')
        .where('r.person_id', '=', personId)
        .where('r.ended_at', 'is', null)
        .where('t.archived_at', 'is', null)
        .where('sv.disabled_at', 'is', null)
        .orderBy('r.created_at', 'desc')
        .orderBy('r.id', 'desc')
        .executeTakeFirst();
      return found?.service_id;
    },

    /**
     * Ends these team connections of the person, in the caller's transaction; the ones that
     * were still current (of two leaves at once, one ends each).
     */
    async end(
      trx: Kysely<Database>,
      personId: string,
      relationshipIds: readonly string[],
      at: string,
    ): Promise<string[]> {
      if (relationshipIds.length === 0) return [];
      // Where the person counts in outcome figures moves with it (decision 0055).
      const ended = await withOutcomeCounts(trx, personId, EVERYTHING, () =>
        trx
          .updateTable('relationship')
          .set({ ended_at: at })
          .where('person_id', '=', personId)
          .where('id', 'in', [...relationshipIds])
          .where('team_id', 'is not', null)
          .where('ended_at', 'is', null)
          .returning('id')
          .execute(),
      );
      return ended.map((row) => row.id);
    },

    transaction<T>(work: (trx: Kysely<Database>) => Promise<T>): Promise<T> {
      return db.transaction().execute(work);
    },

    /** The teams an account is in now, by name, with their service and what derives the code. */
    async teamsOf(accountId: string) {
      const rows = await myTeams(accountId)
        .select([
          't.id',
          't.name',
          't.code_nonce',
          't.code_key_id',
          'sv.name as service_name',
          'sv.id as service_id',
          'tm.lead',
        ])
        .execute();
      return rows.sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
    },

    /**
     * The people connected now to the teams an account is in, by name: at most `limit`
     * connections, each with the person's account name and whether they paused sharing.
     * From relationship_team (team_id, person_id), one lookup per team.
     */
    async connectedTo(accountId: string, limit: number): Promise<ConnectedRow[]> {
      return myTeams(accountId)
        .innerJoin('relationship as r', 'r.team_id', 'tm.team_id')
        .innerJoin('account as a', 'a.id', 'r.person_id')
        .leftJoin('sharing_state as s', 's.person_id', 'r.person_id')
        .select([
          'r.person_id',
          'r.id as relationship_id',
          't.id as team_id',
          't.name as team_name',
          'r.created_at',
          'a.display_name as name',
          's.paused_at',
        ])
        .where('r.ended_at', 'is', null)
        .orderBy('a.display_name')
        .orderBy('r.person_id')
        .orderBy('r.id')
        .limit(limit)
        .execute();
    },

    /** The grants of these relationships (person_id leads the key, so both are given). */
    async grantsOf(
      rows: readonly { person_id: string; relationship_id: string }[],
    ): Promise<GrantRow[]> {
      if (rows.length === 0) return [];
      return db
        .selectFrom('access_grant')
        .select(['person_id', 'relationship_id', 'section', 'level', 'ends_at', 'advance_choice'])
        .where('person_id', 'in', [...new Set(rows.map((row) => row.person_id))])
        .where(
          'relationship_id',
          'in',
          rows.map((row) => row.relationship_id),
        )
        .execute();
    },

    async hasSecondFactor(accountId: string): Promise<boolean> {
      const found = await db
        .selectFrom('second_factor_totp')
        .select('account_id')
        .where('account_id', '=', accountId)
        .where('confirmed_at', 'is not', null)
        .executeTakeFirst();
      return found !== undefined;
    },

    /** A team of the service, still in use. */
    findTeam(serviceId: string, teamId: string): Promise<TeamRow | undefined> {
      return db
        .selectFrom('team')
        .selectAll()
        .where('service_id', '=', serviceId)
        .where('id', '=', teamId)
        .where('archived_at', 'is', null)
        .executeTakeFirst();
    },
  };
}

export type TeamConnectionsRepo = ReturnType<typeof createTeamConnectionsRepo>;
