// The person's chosen supporters to alert, and what is needed to alert them: each chosen
// relationship's account (its id and role, for the access decision) and the person's name.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/schema.ts';

export type Relation = {
  id: string;
  account_id: string;
  known_as: string;
  role: string;
  /** The account's language: emails to it are in that language. */
  language: string | null;
};

export function createAlertRepo(db: Kysely<Database>) {
  return {
    /** The person's current relationships, by name, with the role of the account behind each. */
    currentRelationships(personId: string): Promise<(Relation & { account_role: string })[]> {
      return (
        db
          .selectFrom('relationship as r')
          .innerJoin('account as a', 'a.id', 'r.account_id')
          .select([
            'r.id',
            'r.account_id',
            'r.known_as',
            'r.role',
            'a.role as account_role',
            'a.language',
          ])
          .where('r.person_id', '=', personId)
          .where('r.ended_at', 'is', null)
          .orderBy('r.known_as')
          .orderBy('r.id')
          // The inner join leaves out teams (no account): a team is not alerted.
          .$narrowType<{ account_id: string }>()
          .execute()
      );
    },

    async chosen(personId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('early_warning_alert')
        .select('relationship_id')
        .where('person_id', '=', personId)
        .orderBy('created_at')
        .orderBy('relationship_id')
        .execute();
      return rows.map((row) => row.relationship_id);
    },

    async replace(personId: string, relationshipIds: readonly string[], at: string) {
      await db.transaction().execute(async (trx: Transaction<Database>) => {
        await trx.deleteFrom('early_warning_alert').where('person_id', '=', personId).execute();
        if (relationshipIds.length === 0) return;
        await trx
          .insertInto('early_warning_alert')
          .values(
            relationshipIds.map((relationship_id) => ({
              person_id: personId,
              relationship_id,
              created_at: at,
            })),
          )
          .execute();
      });
    },

    /**
     * Whether `accountId` was told of an early warning about `personId` since `since`: in their
     * list, or (for someone who chose email only) by an email with those words and that link.
     * Read in the check-in's transaction, so two check-ins at once still tell them once.
     */
    async alertedSince(
      executor: Kysely<Database> | Transaction<Database>,
      alert: { accountId: string; personId: string; since: string; emailSubject: string },
    ): Promise<boolean> {
      const listed = await executor
        .selectFrom('notification')
        .select('id')
        .where('account_id', '=', alert.accountId)
        .where('created_at', '>', alert.since)
        .where('kind', '=', 'early_warning')
        .where('about_person_id', '=', alert.personId)
        .limit(1)
        .executeTakeFirst();
      if (listed) return true;
      const emailed = await executor
        .selectFrom('email_outbox')
        .select('id')
        .where('account_id', '=', alert.accountId)
        .where('created_at', '>', alert.since)
        .where('subject', '=', alert.emailSubject)
        .where('body', 'like', `%/people/${alert.personId}\n%`)
        .limit(1)
        .executeTakeFirst();
      return emailed !== undefined;
    },

    async displayNameOf(personId: string): Promise<string> {
      const row = await db
        .selectFrom('account')
        .select('display_name')
        .where('id', '=', personId)
        .executeTakeFirst();
      return row?.display_name ?? '';
    },
  };
}

export type AlertRepo = ReturnType<typeof createAlertRepo>;
