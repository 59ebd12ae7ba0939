// Reads everything one person owns, one query per table (never one per item), for the export.
// Kysely only; the caller has already been decided to be the owner (export.routes.ts).
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';

export function createExportRepo(db: Kysely<Database>) {
  return {
    account: (personId: string) =>
      db
        .selectFrom('account')
        .select(['id', 'display_name', 'email', 'language', 'role'])
        .where('id', '=', personId)
        .executeTakeFirst(),
    /** Live items of every kind, in the person's order. */
    items: (personId: string) =>
      db
        .selectFrom('record_item')
        .selectAll()
        .where('person_id', '=', personId)
        .where('deleted_at', 'is', null)
        .orderBy('position')
        .orderBy('created_at')
        .execute(),
    itemRevisions: (personId: string) =>
      db
        .selectFrom('record_revision')
        .select([
          'item_id',
          'version',
          'action',
          'authored_by',
          'authored_role',
          'agreed_by',
          'agreed_at',
          'created_at',
        ])
        .where('person_id', '=', personId)
        .orderBy('item_id')
        .orderBy('version')
        .execute(),
    checkins: (personId: string) =>
      db
        .selectFrom('checkin')
        .selectAll()
        .where('person_id', '=', personId)
        .where('deleted_at', 'is', null)
        .orderBy('taken_at')
        .execute(),
    checkinRevisions: (personId: string) =>
      db
        .selectFrom('checkin_revision')
        .select(['checkin_id', 'version', 'action', 'authored_by', 'authored_role', 'created_at'])
        .where('person_id', '=', personId)
        .orderBy('checkin_id')
        .orderBy('version')
        .execute(),
    journal: (personId: string) =>
      db
        .selectFrom('journal_entry')
        .selectAll()
        .where('person_id', '=', personId)
        .where('deleted_at', 'is', null)
        .orderBy('entry_date')
        .orderBy('created_at')
        .execute(),
    journalRevisions: (personId: string) =>
      db
        .selectFrom('journal_revision')
        .select(['entry_id', 'version', 'action', 'authored_by', 'authored_role', 'created_at'])
        .where('person_id', '=', personId)
        .orderBy('entry_id')
        .orderBy('version')
        .execute(),
    responses: (personId: string) =>
      db
        .selectFrom('measure_response')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('authored')
        .execute(),
    responseRevisions: (personId: string) =>
      db
        .selectFrom('measure_response_revision')
        .select(['response_id', 'version', 'action', 'authored_by', 'authored_role', 'created_at'])
        .where('person_id', '=', personId)
        .orderBy('response_id')
        .orderBy('version')
        .execute(),
    observations: (personId: string) =>
      db
        .selectFrom('observation')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('effective_at')
        .execute(),
    /** Files kept now (not deleted, not purged), bytes included: bounded by the storage quota. */
    attachments: (personId: string) =>
      db
        .selectFrom('attachment')
        .selectAll()
        .where('person_id', '=', personId)
        .where('deleted_at', 'is', null)
        .where('purged_at', 'is', null)
        .orderBy('created_at')
        .execute(),
    /** Live relationships; a team connection with its team's and service's names as now. */
    relationships: (personId: string) =>
      db
        .selectFrom('relationship as r')
        .leftJoin('team as t', 't.id', 'r.team_id')
        .leftJoin('service as s', 's.id', 't.service_id')
        .selectAll('r')
        .select(['t.name as team_name', 's.name as service_name'])
        .where('r.person_id', '=', personId)
        .where('r.ended_at', 'is', null)
        .orderBy('r.created_at')
        .execute(),
    /** Live reviews, oldest first, so each reads beside the one before (decision 0043). */
    reviews: (personId: string) =>
      db
        .selectFrom('review')
        .selectAll()
        .where('person_id', '=', personId)
        .where('deleted_at', 'is', null)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
    reviewRevisions: (personId: string) =>
      db
        .selectFrom('review_revision')
        .select(['review_id', 'version', 'action', 'authored_by', 'authored_role', 'created_at'])
        .where('person_id', '=', personId)
        .orderBy('review_id')
        .orderBy('version')
        .execute(),
    grants: (personId: string) =>
      db.selectFrom('access_grant').selectAll().where('person_id', '=', personId).execute(),
    sharedEntries: (personId: string) =>
      db
        .selectFrom('shared_journal_entry')
        .select(['relationship_id', 'entry_id'])
        .where('person_id', '=', personId)
        .orderBy('created_at')
        .execute(),
    /** The writers named by the versions: each account's name as this person knows them. */
    writers: async (personId: string, accountIds: string[]) => {
      if (accountIds.length === 0) return [];
      return db
        .selectFrom('account as a')
        .leftJoin('relationship as r', (join) =>
          join.onRef('r.account_id', '=', 'a.id').on('r.person_id', '=', personId),
        )
        .select(['a.id', 'a.display_name', 'a.role', 'r.known_as', 'r.created_at'])
        .where('a.id', 'in', accountIds)
        .orderBy('r.created_at')
        .execute();
    },
  };
}

export type ExportRepo = ReturnType<typeof createExportRepo>;
