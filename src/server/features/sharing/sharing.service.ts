// The internal sharing operations: bring someone in with grants, change the grants, end the
// relationship, pause and resume all sharing, share one journal entry. No HTTP here; the
// invitation and grant API builds on these. Every change applies to the other person's very
// next request, because the access context is loaded per request.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import {
  GRANT_LEVELS,
  type Grant,
  RELATIONSHIP_ROLES,
  type RelationshipRole,
} from '../../../domain/access/context.ts';
import { SECTIONS } from '../../../domain/record/sections.ts';
import type { Database } from '../../store/schema.ts';
import { EVERYTHING, withOutcomeCounts } from '../outcomes/outcome-counts.ts';
import { teamsInNow } from '../team-connections/teams-now.ts';
import type { AccessLog, AccessLogInput } from './access-log.ts';

export type GrantInput = Omit<Grant, 'advanceChoice'> & { advanceChoice?: boolean };

export type RelationshipSummary = {
  id: string;
  personId: string;
  /** The account brought in; null for a team (teamId). */
  accountId: string | null;
  teamId: string | null;
  role: RelationshipRole;
  knownAs: string;
  createdAt: string;
  endedAt: string | null;
  grants: Grant[];
};

/** A team a person is connected to, and the service it belongs to. */
export type TeamConnected = { id: string; name: string; serviceId: string; serviceName: string };

function checkGrants(grants: readonly GrantInput[], now: Date): void {
  const seen = new Set<string>();
  for (const grant of grants) {
    if (!(SECTIONS as readonly string[]).includes(grant.section))
      throw new Error(`No such section: ${grant.section}`);
    if (!(GRANT_LEVELS as readonly string[]).includes(grant.level))
      throw new Error(`No such level: ${grant.level}`);
    if (grant.endsAt !== null && !(Date.parse(grant.endsAt) > now.getTime()))
      throw new Error('An end date must be in the future');
    if (seen.has(grant.section)) throw new Error(`Section granted twice: ${grant.section}`);
    seen.add(grant.section);
  }
}

export function createSharingService(db: Kysely<Database>, clock: () => Date, log: AccessLog) {
  /** The owner's own changes are logged too, as the owner. */
  const logByOwner = (
    personId: string,
    entry: Pick<AccessLogInput, 'relationshipId' | 'what' | 'section' | 'detail'>,
  ) => log.append({ personId, actorId: personId, actorName: '', actorRole: 'owner', ...entry });

  async function writeGrants(
    trx: Kysely<Database>,
    personId: string,
    relationshipId: string,
    grants: readonly GrantInput[],
  ) {
    await trx
      .deleteFrom('access_grant')
      .where('person_id', '=', personId)
      .where('relationship_id', '=', relationshipId)
      .execute();
    if (grants.length === 0) return;
    await trx
      .insertInto('access_grant')
      .values(
        grants.map((g) => ({
          person_id: personId,
          relationship_id: relationshipId,
          section: g.section,
          level: g.level,
          ends_at: g.endsAt,
          advance_choice: g.advanceChoice ? 1 : 0,
        })),
      )
      .execute();
  }

  async function current(personId: string, relationshipId: string) {
    const found = await db
      .selectFrom('relationship')
      .selectAll()
      .where('person_id', '=', personId)
      .where('id', '=', relationshipId)
      .where('ended_at', 'is', null)
      .executeTakeFirst();
    if (!found) throw new Error('No current relationship with that id');
    return found;
  }

  return {
    /**
     * Brings `accountId` into `personId`'s record as `role`, known as `knownAs`, with these
     * grants. Ends nothing: a second current relationship with the same account is refused by
     * the store (relationship_current).
     */
    async createRelationship(
      input: {
        personId: string;
        role: RelationshipRole;
        knownAs: string;
        grants: readonly GrantInput[];
      } & (
        | { accountId: string; teamId?: undefined }
        /** A team the person connects to (decision 0040): its members read through it. */
        | { teamId: string; accountId?: undefined }
      ),
      /** A transaction of the caller's to write in; otherwise the writes get their own. */
      inTransaction?: Kysely<Database>,
    ): Promise<string> {
      if (!(RELATIONSHIP_ROLES as readonly string[]).includes(input.role))
        throw new Error(`No such role: ${input.role}`);
      if (input.accountId === input.personId) throw new Error('Nobody shares with themselves');
      checkGrants(input.grants, clock());
      const id = randomUUID();
      const write = async (trx: Kysely<Database>) => {
        await trx
          .insertInto('relationship')
          .values({
            person_id: input.personId,
            id,
            account_id: input.accountId ?? null,
            team_id: input.teamId ?? null,
            role: input.role,
            known_as: input.knownAs,
            created_at: clock().toISOString(),
            ended_at: null,
          })
          .execute();
        await writeGrants(trx, input.personId, id, input.grants);
      };
      // A team connection changes where the person counts in outcome figures (decision 0055).
      const counted = (trx: Kysely<Database>) =>
        input.teamId
          ? withOutcomeCounts(trx, input.personId, EVERYTHING, () => write(trx))
          : write(trx);
      if (inTransaction) await counted(inTransaction);
      else await db.transaction().execute(counted);
      return id;
    },

    /** Replaces the grants of a current relationship. */
    async setGrants(
      personId: string,
      relationshipId: string,
      grants: readonly GrantInput[],
      options: { tellThem?: boolean } = {},
    ) {
      checkGrants(grants, clock());
      await current(personId, relationshipId);
      await db.transaction().execute((trx) => writeGrants(trx, personId, relationshipId, grants));
      await logByOwner(personId, {
        relationshipId,
        what: 'access_changed',
        section: null,
        detail: {
          sections: grants.map((g) => `${g.section}:${g.level}`).join(','),
          tellThem: options.tellThem ?? false,
        },
      });
    },

    /** Ends the relationship; only a new invitation brings the person back. */
    async revoke(
      personId: string,
      relationshipId: string,
      options: { tellThem?: boolean } = {},
    ): Promise<void> {
      const ending = await current(personId, relationshipId);
      const end = (trx: Kysely<Database>) =>
        trx
          .updateTable('relationship')
          .set({ ended_at: clock().toISOString() })
          .where('person_id', '=', personId)
          .where('id', '=', relationshipId)
          .where('ended_at', 'is', null)
          .execute();
      // Ending a team connection changes where the person counts (decision 0055).
      await db
        .transaction()
        .execute((trx) =>
          ending.team_id ? withOutcomeCounts(trx, personId, EVERYTHING, () => end(trx)) : end(trx),
        );
      await logByOwner(personId, {
        relationshipId,
        what: 'access_revoked',
        section: null,
        detail: { tellThem: options.tellThem ?? false },
      });
    },

    /** Pauses every grant at once; emergency links too if the person says so. */
    async pause(personId: string, options: { emergencyLinks: boolean }): Promise<void> {
      const values = {
        paused_at: clock().toISOString(),
        pause_emergency_links: options.emergencyLinks ? 1 : 0,
      };
      await db
        .insertInto('sharing_state')
        .values({ person_id: personId, ...values })
        .onConflict((oc) => oc.column('person_id').doUpdateSet(values))
        .execute();
      await logByOwner(personId, {
        relationshipId: null,
        what: 'sharing_paused',
        section: null,
        detail: { emergencyLinks: options.emergencyLinks },
      });
    },

    async resume(personId: string): Promise<void> {
      await db
        .updateTable('sharing_state')
        .set({ paused_at: null, pause_emergency_links: 0 })
        .where('person_id', '=', personId)
        .execute();
      await logByOwner(personId, {
        relationshipId: null,
        what: 'sharing_resumed',
        section: null,
      });
    },

    async sharingPaused(personId: string) {
      const state = await db
        .selectFrom('sharing_state')
        .selectAll()
        .where('person_id', '=', personId)
        .executeTakeFirst();
      return {
        paused: !!state?.paused_at,
        emergencyLinksPaused: !!state?.paused_at && Number(state.pause_emergency_links) === 1,
      };
    },

    /** Shares one journal entry with one relationship (the journal stays private otherwise). */
    async shareJournalEntry(personId: string, relationshipId: string, entryId: string) {
      await current(personId, relationshipId);
      await db
        .insertInto('shared_journal_entry')
        .values({
          person_id: personId,
          relationship_id: relationshipId,
          entry_id: entryId,
          created_at: clock().toISOString(),
        })
        .onConflict((oc) => oc.doNothing())
        .execute();
      await logByOwner(personId, {
        relationshipId,
        what: 'access_changed',
        section: 'journal',
        detail: { journalEntryShared: entryId },
      });
    },

    async unshareJournalEntry(personId: string, relationshipId: string, entryId: string) {
      await db
        .deleteFrom('shared_journal_entry')
        .where('person_id', '=', personId)
        .where('relationship_id', '=', relationshipId)
        .where('entry_id', '=', entryId)
        .execute();
      await logByOwner(personId, {
        relationshipId,
        what: 'access_changed',
        section: 'journal',
        detail: { journalEntryUnshared: entryId },
      });
    },

    /**
     * The person's current (not ended) relationship with this id, or undefined: with an account
     * or with a team (whose account fields are then null).
     */
    async currentRelationship(personId: string, relationshipId: string) {
      return db
        .selectFrom('relationship')
        .leftJoin('account', 'account.id', 'relationship.account_id')
        .select([
          'relationship.id',
          'relationship.account_id',
          'relationship.known_as',
          'relationship.role',
          'account.display_name',
          'account.role as account_role',
        ])
        .where('relationship.person_id', '=', personId)
        .where('relationship.id', '=', relationshipId)
        .where('relationship.ended_at', 'is', null)
        .executeTakeFirst();
    },

    /** Whether the person has this journal entry (not deleted). */
    async hasJournalEntry(personId: string, entryId: string): Promise<boolean> {
      const found = await db
        .selectFrom('journal_entry')
        .select('id')
        .where('person_id', '=', personId)
        .where('id', '=', entryId)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return found !== undefined;
    },

    /** The current relationships one journal entry is shared with. */
    async sharesOfEntry(personId: string, entryId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('shared_journal_entry as j')
        .innerJoin('relationship as r', (join) =>
          join.onRef('r.person_id', '=', 'j.person_id').onRef('r.id', '=', 'j.relationship_id'),
        )
        .select('j.relationship_id')
        .where('j.person_id', '=', personId)
        .where('j.entry_id', '=', entryId)
        .where('r.ended_at', 'is', null)
        .execute();
      return rows.map((row) => row.relationship_id);
    },

    /** Names on accounts, by id: the person's name as someone they share with sees it. */
    async accountNames(ids: readonly string[]): Promise<Map<string, string>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('account')
        .select(['id', 'display_name'])
        .where('id', 'in', [...ids])
        .execute();
      return new Map(rows.map((row) => [row.id, row.display_name]));
    },

    /** Teams by id, with their service: how a team connection shows on the Sharing page. */
    async teamsOf(ids: readonly string[]): Promise<Map<string, TeamConnected>> {
      if (ids.length === 0) return new Map();
      const rows = await db
        .selectFrom('team')
        .innerJoin('service', 'service.id', 'team.service_id')
        .select([
          'team.id',
          'team.name',
          'service.id as service_id',
          'service.name as service_name',
        ])
        .where('team.id', 'in', [...new Set(ids)])
        .execute();
      return new Map(
        rows.map((row) => [
          row.id,
          { id: row.id, name: row.name, serviceId: row.service_id, serviceName: row.service_name },
        ]),
      );
    },

    /**
     * What this account was told: the changes and endings the person chose to tell them
     * about, newest first, from the access log (which holds every change anyway).
     */
    async noticesFor(accountId: string) {
      const rows = await db
        .selectFrom('access_log as l')
        .innerJoin('relationship as r', (join) =>
          join.onRef('r.person_id', '=', 'l.person_id').onRef('r.id', '=', 'l.relationship_id'),
        )
        .select(['l.person_id', 'l.what', 'l.at', 'l.detail'])
        .where('r.account_id', '=', accountId)
        .where('l.what', 'in', ['access_changed', 'access_revoked'])
        .orderBy('l.at', 'desc')
        .execute();
      return rows
        .filter((row) => (JSON.parse(row.detail) as { tellThem?: unknown }).tellThem === true)
        .map((row) => ({
          personId: row.person_id,
          what: row.what === 'access_revoked' ? ('stopped' as const) : ('changed' as const),
          at: row.at,
        }));
    },

    /** The people this person shares with (current and ended), with their grants. */
    async relationshipsOf(personId: string): Promise<RelationshipSummary[]> {
      return summaries(
        await db.selectFrom('relationship').selectAll().where('person_id', '=', personId).execute(),
      );
    },

    /**
     * The people who share with this account now ("People I support"): with the account
     * itself, or with a team it is in now (decision 0040; the same membership rules as the
     * access context's query). One entry per person: their own relationship if they have one.
     */
    async sharedWith(accountId: string): Promise<RelationshipSummary[]> {
      const rows = await db
        .selectFrom('relationship')
        .selectAll()
        .where('ended_at', 'is', null)
        .where((eb) =>
          eb.or([
            eb('account_id', '=', accountId),
            eb('team_id', 'in', teamsInNow(db, accountId).select('tm.team_id')),
          ]),
        )
        .execute();
      const byPerson = new Map<string, (typeof rows)[number]>();
      for (const row of rows.sort((a, b) => a.id.localeCompare(b.id))) {
        const seen = byPerson.get(row.person_id);
        if (!seen || (seen.team_id !== null && row.team_id === null))
          byPerson.set(row.person_id, row);
      }
      return summaries([...byPerson.values()]);
    },
  };

  /** With every relationship's grants from one query, not one query per relationship. */
  async function summaries(rows: Database['relationship'][]): Promise<RelationshipSummary[]> {
    if (rows.length === 0) return [];
    const grantRows = await db
      .selectFrom('access_grant')
      .selectAll()
      .where('relationship_id', 'in', [...new Set(rows.map((row) => row.id))])
      .execute();
    const grantsOf = new Map<string, Grant[]>();
    for (const g of grantRows) {
      const key = `${g.person_id} ${g.relationship_id}`;
      const list = grantsOf.get(key) ?? [];
      list.push({
        section: g.section as Grant['section'],
        level: g.level as Grant['level'],
        endsAt: g.ends_at,
        advanceChoice: Number(g.advance_choice) === 1,
      });
      grantsOf.set(key, list);
    }
    return rows.map((row) => ({
      id: row.id,
      personId: row.person_id,
      accountId: row.account_id,
      teamId: row.team_id,
      role: row.role as RelationshipRole,
      knownAs: row.known_as,
      createdAt: row.created_at,
      endedAt: row.ended_at,
      grants: grantsOf.get(`${row.person_id} ${row.id}`) ?? [],
    }));
  }
}

export type SharingService = ReturnType<typeof createSharingService>;
