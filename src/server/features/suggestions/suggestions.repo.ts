// Kysely queries for suggestions. Every query of a person's suggestions is scoped by person_id;
// the suggester's own list goes by author_id (its own index). A decision is a compare-and-set
// from "pending", so a suggestion is decided or withdrawn once, whoever gets there first.
import type { Kysely } from 'kysely';
import type { Database, SuggestionRow } from '../../store/schema.ts';

export type Executor = Kysely<Database>;

/** A suggestion with who made it, as the person knows them and as their account is named. */
export type SuggestionWithNames = SuggestionRow & {
  known_as: string;
  author_name: string;
  author_role: string;
};

/** A suggestion with the name of the person it was made to (for the suggester's own list). */
export type OwnSuggestionRow = SuggestionRow & { person_name: string };

export type Decision = {
  status: 'accepted' | 'declined' | 'withdrawn';
  changed: boolean;
  reply: string;
  decidedAt: string;
  resultItemId?: string;
  resultVersion?: number;
};

export function createSuggestionRepo(db: Kysely<Database>) {
  const withNames = (executor: Executor) =>
    executor
      .selectFrom('suggestion as s')
      .innerJoin('relationship as r', (join) =>
        join.onRef('r.person_id', '=', 's.person_id').onRef('r.id', '=', 's.relationship_id'),
      )
      .innerJoin('account as a', 'a.id', 's.author_id')
      .selectAll('s')
      .select(['r.known_as', 'a.display_name as author_name', 'a.role as author_role']);

  return {
    transaction<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
      return db.transaction().execute(work);
    },

    async insert(row: SuggestionRow, executor: Executor = db): Promise<void> {
      await executor.insertInto('suggestion').values(row).execute();
    },

    async find(personId: string, id: string): Promise<SuggestionWithNames | undefined> {
      return withNames(db)
        .where('s.person_id', '=', personId)
        .where('s.id', '=', id)
        .executeTakeFirst();
    },

    /** The person's suggestions: pending first (oldest first), then decided (newest first). */
    async listFor(personId: string, limit: number): Promise<SuggestionWithNames[]> {
      const pending = await withNames(db)
        .where('s.person_id', '=', personId)
        .where('s.status', '=', 'pending')
        .orderBy('s.created_at')
        .orderBy('s.id')
        .execute();
      const decided = await withNames(db)
        .where('s.person_id', '=', personId)
        .where('s.status', '!=', 'pending')
        .orderBy('s.decided_at', 'desc')
        .orderBy('s.id')
        .limit(limit)
        .execute();
      return [...pending, ...decided];
    },

    async countPending(personId: string, relationshipId?: string): Promise<number> {
      let query = db
        .selectFrom('suggestion')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('person_id', '=', personId)
        .where('status', '=', 'pending');
      if (relationshipId) query = query.where('relationship_id', '=', relationshipId);
      const row = await query.executeTakeFirstOrThrow();
      return Number(row.n);
    },

    /** Someone's own suggestions, to every person, newest first. */
    async byAuthor(authorId: string, limit: number): Promise<OwnSuggestionRow[]> {
      return db
        .selectFrom('suggestion as s')
        .innerJoin('account as p', 'p.id', 's.person_id')
        .selectAll('s')
        .select('p.display_name as person_name')
        .where('s.author_id', '=', authorId)
        .orderBy('s.created_at', 'desc')
        .orderBy('s.id')
        .limit(limit)
        .execute();
    },

    async ownById(authorId: string, id: string): Promise<OwnSuggestionRow | undefined> {
      return db
        .selectFrom('suggestion as s')
        .innerJoin('account as p', 'p.id', 's.person_id')
        .selectAll('s')
        .select('p.display_name as person_name')
        .where('s.author_id', '=', authorId)
        .where('s.id', '=', id)
        .executeTakeFirst();
    },

    /** Decides a pending suggestion; false when it was no longer pending. */
    async decide(
      personId: string,
      id: string,
      decision: Decision,
      executor: Executor = db,
    ): Promise<boolean> {
      const result = await executor
        .updateTable('suggestion')
        .set({
          status: decision.status,
          changed: decision.changed ? 1 : 0,
          reply: decision.reply,
          decided_at: decision.decidedAt,
          result_item_id: decision.resultItemId ?? null,
          result_version: decision.resultVersion ?? null,
        })
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** The relationship a suggestion comes through: the name the person knows them by. */
    async relationship(personId: string, relationshipId: string) {
      return db
        .selectFrom('relationship')
        .select(['known_as', 'role'])
        .where('person_id', '=', personId)
        .where('id', '=', relationshipId)
        .executeTakeFirst();
    },

    async revisionData(personId: string, itemId: string, version: number) {
      return db
        .selectFrom('record_revision')
        .select(['kind', 'data', 'schema_version'])
        .where('person_id', '=', personId)
        .where('item_id', '=', itemId)
        .where('version', '=', version)
        .executeTakeFirst();
    },

    async item(personId: string, id: string) {
      return db
        .selectFrom('record_item')
        .select(['kind', 'data', 'schema_version', 'version', 'deleted_at'])
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .executeTakeFirst();
    },
  };
}

export type SuggestionRepo = ReturnType<typeof createSuggestionRepo>;
