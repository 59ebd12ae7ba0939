// Invitation rows. The link token and the phone code are only ever stored as SHA-256 hashes;
// "live" means not used, not withdrawn and not expired at the given time.
import type { Kysely } from 'kysely';
import type { Database, InvitationTable } from '../../store/schema.ts';

export type InvitationRow = InvitationTable;

/**
 * Marks a live invitation used by `accountId`, atomically: of two accepts at once only one
 * claims it. False when it was no longer live.
 */
type Claim = (row: InvitationRow, accountId: string, now: string) => Promise<boolean>;

const claimIn =
  (executor: Kysely<Database>): Claim =>
  async (row, accountId, now) => {
    const result = await executor
      .updateTable('invitation')
      .set({ used_at: now, used_by: accountId })
      .where('person_id', '=', row.person_id)
      .where('id', '=', row.id)
      .where('used_at', 'is', null)
      .where('withdrawn_at', 'is', null)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  };

export function createInvitationRepo(db: Kysely<Database>) {
  const live = (now: string) =>
    db
      .selectFrom('invitation')
      .selectAll()
      .where('used_at', 'is', null)
      .where('withdrawn_at', 'is', null)
      .where('expires_at', '>', now);

  return {
    async insert(row: InvitationRow): Promise<void> {
      await db.insertInto('invitation').values(row).execute();
    },

    /** The person's pending invitations, newest first. */
    pendingOf(personId: string, now: string): Promise<InvitationRow[]> {
      return live(now)
        .where('person_id', '=', personId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .execute();
    },

    liveByTokenHash(tokenHash: string, now: string): Promise<InvitationRow | undefined> {
      return live(now).where('token_hash', '=', tokenHash).executeTakeFirst();
    },

    liveByCodeHash(codeHash: string, now: string): Promise<InvitationRow | undefined> {
      return live(now).where('code_hash', '=', codeHash).executeTakeFirst();
    },

    /** Withdraws a pending invitation; false when there was none to withdraw. */
    async withdraw(personId: string, id: string, now: string): Promise<boolean> {
      const result = await db
        .updateTable('invitation')
        .set({ withdrawn_at: now })
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .where('used_at', 'is', null)
        .where('withdrawn_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /**
     * Runs `work` in one transaction: `claim` marks the invitation used in it, and `trx` is for
     * the other writes of the accept, so an error anywhere leaves all of them undone.
     */
    transaction<T>(work: (tx: { claim: Claim; trx: Kysely<Database> }) => Promise<T>): Promise<T> {
      return db.transaction().execute((trx) => work({ claim: claimIn(trx), trx }));
    },

    async hasCurrentRelationship(personId: string, accountId: string): Promise<boolean> {
      const found = await db
        .selectFrom('relationship')
        .select('id')
        .where('person_id', '=', personId)
        .where('account_id', '=', accountId)
        .where('ended_at', 'is', null)
        .executeTakeFirst();
      return found !== undefined;
    },

    async displayNameOf(accountId: string): Promise<string> {
      const found = await db
        .selectFrom('account')
        .select('display_name')
        .where('id', '=', accountId)
        .executeTakeFirst();
      return found?.display_name ?? '';
    },
  };
}

export type InvitationRepo = ReturnType<typeof createInvitationRepo>;
