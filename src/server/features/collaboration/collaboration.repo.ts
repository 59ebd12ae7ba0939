// Kysely queries for what others add beside a person's record: comments on goals and views
// beside plans and ratings (decision 0030). Every query is keyed by person_id first.
import type { Kysely } from 'kysely';
import type { Database, RecordAnnotationTable, RecordCommentTable } from '../../store/schema.ts';

export type CommentRow = RecordCommentTable;
export type AnnotationRow = RecordAnnotationTable;
/** How an account is named: its own name, and the name the owner knows them by (if any). */
export type AuthorNames = Map<string, { displayName: string; knownAs: string | null }>;

export function createCollaborationRepo(db: Kysely<Database>) {
  return {
    db,

    async comments(personId: string, goalId: string): Promise<CommentRow[]> {
      return db
        .selectFrom('record_comment')
        .selectAll()
        .where('person_id', '=', personId)
        .where('item_id', '=', goalId)
        .where('deleted_at', 'is', null)
        .orderBy('created_at', 'asc')
        .orderBy('id', 'asc')
        .execute();
    },

    async comment(personId: string, goalId: string, id: string): Promise<CommentRow | undefined> {
      return db
        .selectFrom('record_comment')
        .selectAll()
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .where('item_id', '=', goalId)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
    },

    async insertComment(executor: Kysely<Database>, row: CommentRow): Promise<void> {
      await executor.insertInto('record_comment').values(row).execute();
    },

    async markComment(
      executor: Kysely<Database>,
      personId: string,
      id: string,
      change: { hidden_at?: string | null; deleted_at?: string },
    ): Promise<void> {
      await executor
        .updateTable('record_comment')
        .set(change)
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .execute();
    },

    async annotations(personId: string, itemId: string): Promise<AnnotationRow[]> {
      return (
        db
          .selectFrom('record_annotation')
          .selectAll()
          .where('person_id', '=', personId)
          .where('item_id', '=', itemId)
          .where('deleted_at', 'is', null)
          .orderBy('created_at', 'asc')
          // A reply made in the same instant as its view still comes after it.
          .orderBy('kind', 'desc')
          .orderBy('id', 'asc')
          .execute()
      );
    },

    async annotation(personId: string, id: string): Promise<AnnotationRow | undefined> {
      return db
        .selectFrom('record_annotation')
        .selectAll()
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
    },

    /** Marks a view taken back: it stays stored, and is shown to nobody from then on. */
    async deleteAnnotation(
      executor: Kysely<Database>,
      personId: string,
      id: string,
      at: string,
    ): Promise<void> {
      await executor
        .updateTable('record_annotation')
        .set({ deleted_at: at })
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .execute();
    },

    async insertAnnotation(executor: Kysely<Database>, row: AnnotationRow): Promise<void> {
      await executor.insertInto('record_annotation').values(row).execute();
    },

    /** The names of these accounts, and what the person calls each (their latest relationship). */
    async names(personId: string, accountIds: readonly string[]): Promise<AuthorNames> {
      const names: AuthorNames = new Map();
      if (accountIds.length === 0) return names;
      const accounts = await db
        .selectFrom('account')
        .select(['id', 'display_name'])
        .where('id', 'in', [...accountIds])
        .execute();
      for (const account of accounts) {
        names.set(account.id, { displayName: account.display_name, knownAs: null });
      }
      const relationships = await db
        .selectFrom('relationship')
        .select(['account_id', 'known_as', 'created_at'])
        .where('person_id', '=', personId)
        .where('account_id', 'in', [...accountIds])
        .orderBy('created_at', 'asc')
        .execute();
      for (const relationship of relationships) {
        const entry = relationship.account_id ? names.get(relationship.account_id) : undefined;
        if (entry && relationship.known_as) entry.knownAs = relationship.known_as;
      }
      return names;
    },

    /** The relationship an actor acts through: the name and role the log records. */
    async relationship(
      executor: Kysely<Database>,
      personId: string,
      relationshipId: string,
    ): Promise<{ known_as: string; role: string } | undefined> {
      return executor
        .selectFrom('relationship')
        .select(['known_as', 'role'])
        .where('person_id', '=', personId)
        .where('id', '=', relationshipId)
        .executeTakeFirst();
    },
  };
}

export type CollaborationRepo = ReturnType<typeof createCollaborationRepo>;
