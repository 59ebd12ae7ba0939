// Key rotation for two-step sign-in keys (decision 0039): they are sealed under the journal keys,
// so `journal rotate-keys` re-seals them under the current key too. Each row is replaced only if
// it still holds what was read, so a set-up started again meanwhile is left as it is (it is
// already under the current key). Safe to run again.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { type Keyring, openWith, sealWith } from '../journal/journal-crypto.ts';
import { secretAad } from './second-factor.service.ts';

export async function rotateSecondFactorKeys(
  db: Kysely<Database>,
  keyring: Keyring,
): Promise<{ reencrypted: number; remaining: number }> {
  const rows = await db
    .selectFrom('second_factor_totp')
    .select(['account_id', 'key_id', 'iv', 'auth_tag', 'ciphertext'])
    .where('key_id', '!=', keyring.current.id)
    .execute();
  let reencrypted = 0;
  for (const row of rows) {
    const aad = secretAad(row.account_id);
    const secret = openWith(
      keyring,
      { keyId: row.key_id, iv: row.iv, authTag: row.auth_tag, ciphertext: row.ciphertext },
      aad,
    );
    const sealed = sealWith(keyring, secret, aad);
    const result = await db
      .updateTable('second_factor_totp')
      .set({
        key_id: sealed.keyId,
        iv: sealed.iv,
        auth_tag: sealed.authTag,
        ciphertext: sealed.ciphertext,
      })
      .where('account_id', '=', row.account_id)
      .where('key_id', '=', row.key_id)
      .where('iv', '=', row.iv)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) reencrypted += 1;
  }
  const left = await db
    .selectFrom('second_factor_totp')
    .select((eb) => eb.fn.countAll().as('n'))
    .where('key_id', '!=', keyring.current.id)
    .executeTakeFirst();
  return { reencrypted, remaining: Number(left?.n ?? 0) };
}
