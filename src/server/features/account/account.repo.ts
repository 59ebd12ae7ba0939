// The signed-in person's own account: the name they go by, and when they were first welcomed.
import type { Kysely } from 'kysely';
import type { AccountRow, Database } from '../../store/schema.ts';

export function createAccountRepo(db: Kysely<Database>) {
  return {
    find(id: string): Promise<AccountRow | undefined> {
      return db.selectFrom('account').selectAll().where('id', '=', id).executeTakeFirst();
    },

    async rename(id: string, displayName: string): Promise<void> {
      await db
        .updateTable('account')
        .set({ display_name: displayName })
        .where('id', '=', id)
        .execute();
    },

    /** Keeps the first time only: a second device showing the welcome changes nothing. */
    async markWelcomed(id: string, at: string): Promise<void> {
      await db
        .updateTable('account')
        .set({ welcomed_at: at })
        .where('id', '=', id)
        .where('welcomed_at', 'is', null)
        .execute();
    },
  };
}

export type AccountRepo = ReturnType<typeof createAccountRepo>;
