// A one-time link to choose a password (a service admin's set-up link, a reset link): both keep
// only the SHA-256 of the token, and are used once. These are their shared reads and the claim
// that makes two uses at once end with one winner.
import type { Kysely, Transaction } from 'kysely';
import type { Database, SetUpLinkRow } from '../../store/schema.ts';

export type OneTimeLinkTable = 'set_up_link' | 'password_reset';

/** A link of this kind that can still be used now. */
export function liveLink(
  db: Kysely<Database>,
  table: OneTimeLinkTable,
  tokenHash: string,
  now: string,
): Promise<SetUpLinkRow | undefined> {
  return db
    .selectFrom(table)
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

/**
 * Claims the link inside the caller's transaction, and sets the account's password with it;
 * false, with nothing changed, when it was used or ran out meanwhile.
 */
export async function claimLinkAndSetPassword(
  trx: Transaction<Database>,
  table: OneTimeLinkTable,
  link: Pick<SetUpLinkRow, 'token_hash' | 'account_id'>,
  passwordHash: string,
  now: string,
): Promise<boolean> {
  const claimed = await trx
    .updateTable(table)
    .set({ used_at: now })
    .where('token_hash', '=', link.token_hash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) return false;
  await trx
    .updateTable('account')
    .set({ password_hash: passwordHash })
    .where('id', '=', link.account_id)
    .execute();
  return true;
}
