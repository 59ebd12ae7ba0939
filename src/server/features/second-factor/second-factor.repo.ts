// Kysely queries for two-step sign-in. Every change that must happen once (a time step used, a
// recovery code used, set-up confirmed) is one conditional UPDATE, so two requests at the same
// moment cannot both succeed.
import { type Kysely, sql } from 'kysely';
import type { FailureHistory } from '../../../domain/auth/sign-in-delay.ts';
import type { Database, SecondFactorTotpRow } from '../../store/schema.ts';
import { hasSecondFactor, isOn } from './has-second-factor.ts';

export type SealedColumns = Pick<SecondFactorTotpRow, 'key_id' | 'iv' | 'auth_tag' | 'ciphertext'>;

const changed = (result: { numUpdatedRows: bigint } | undefined) =>
  Number(result?.numUpdatedRows ?? 0) === 1;

export function createSecondFactorRepo(db: Kysely<Database>) {
  return {
    findTotp(accountId: string): Promise<SecondFactorTotpRow | undefined> {
      return db
        .selectFrom('second_factor_totp')
        .selectAll()
        .where('account_id', '=', accountId)
        .executeTakeFirst();
    },

    /** Whether the account has a second factor of any kind (has-second-factor.ts). */
    async hasSecondFactor(accountId: string): Promise<boolean> {
      const { rows } = await sql<{
        on_: unknown;
      }>`select ${hasSecondFactor(accountId)} as on_`.execute(db);
      return isOn(rows[0]?.on_);
    },

    async hasPasskey(accountId: string): Promise<boolean> {
      const row = await db
        .selectFrom('passkey')
        .select('id')
        .where('account_id', '=', accountId)
        .limit(1)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** Starts (or starts again) set-up; false when a confirmed secret is already there. */
    async startTotp(accountId: string, sealed: SealedColumns, at: string): Promise<boolean> {
      const row = { ...sealed, created_at: at, confirmed_at: null, last_used_step: null };
      const result = await db
        .insertInto('second_factor_totp')
        .values({ account_id: accountId, ...row })
        .onConflict((oc) =>
          oc
            .column('account_id')
            .doUpdateSet(row)
            .where('second_factor_totp.confirmed_at', 'is', null),
        )
        .returning('account_id')
        .executeTakeFirst();
      return result !== undefined;
    },

    /**
     * Confirms set-up with the step of the code given, and stores the recovery codes' hashes in
     * place of any earlier ones; false (and nothing changed) when it was confirmed meanwhile.
     */
    confirmTotp(accountId: string, step: number, at: string, codeHashes: string[]) {
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .updateTable('second_factor_totp')
          .set({ confirmed_at: at, last_used_step: step })
          .where('account_id', '=', accountId)
          .where('confirmed_at', 'is', null)
          .executeTakeFirst();
        if (!changed(result)) return false;
        await trx
          .deleteFrom('second_factor_recovery_code')
          .where('account_id', '=', accountId)
          .execute();
        await trx
          .insertInto('second_factor_recovery_code')
          .values(
            codeHashes.map((code_hash) => ({
              account_id: accountId,
              code_hash,
              created_at: at,
              used_at: null,
            })),
          )
          .execute();
        return true;
      });
    },

    /** Marks a time step used; false when it, or a later one, was used already. */
    async useStep(accountId: string, step: number): Promise<boolean> {
      const result = await db
        .updateTable('second_factor_totp')
        .set({ last_used_step: step })
        .where('account_id', '=', accountId)
        .where('confirmed_at', 'is not', null)
        .where((eb) => eb.or([eb('last_used_step', 'is', null), eb('last_used_step', '<', step)]))
        .executeTakeFirst();
      return changed(result);
    },

    /** Uses a recovery code; false when it is not the account's or was used already. */
    async useRecoveryCode(accountId: string, codeHash: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('second_factor_recovery_code')
        .set({ used_at: at })
        .where('account_id', '=', accountId)
        .where('code_hash', '=', codeHash)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return changed(result);
    },

    async recoveryCodesLeft(accountId: string): Promise<number> {
      const row = await db
        .selectFrom('second_factor_recovery_code')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('account_id', '=', accountId)
        .where('used_at', 'is', null)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },

    /** Turns two-step sign-in off: the secret, the recovery codes and waiting sign-ins go. */
    turnOff(accountId: string): Promise<void> {
      return db.transaction().execute(async (trx) => {
        await trx.deleteFrom('second_factor_totp').where('account_id', '=', accountId).execute();
        await trx
          .deleteFrom('second_factor_recovery_code')
          .where('account_id', '=', accountId)
          .execute();
        await trx.deleteFrom('pending_sign_in').where('account_id', '=', accountId).execute();
      });
    },

    async recordFailure(accountId: string, id: string, at: string): Promise<void> {
      await db
        .insertInto('second_factor_failure')
        .values({ account_id: accountId, id, created_at: at })
        .execute();
    },

    async deleteFailure(accountId: string, id: string): Promise<void> {
      await db
        .deleteFrom('second_factor_failure')
        .where('account_id', '=', accountId)
        .where('id', '=', id)
        .execute();
    },

    /** A right code proves the factor: the account's earlier wrong codes stop counting. */
    async clearFailures(accountId: string): Promise<void> {
      await db.deleteFrom('second_factor_failure').where('account_id', '=', accountId).execute();
    },

    async failureHistory(accountId: string, since: string): Promise<FailureHistory> {
      const row = await db
        .selectFrom('second_factor_failure')
        .select((eb) => [eb.fn.countAll().as('n'), eb.fn.max('created_at').as('last')])
        .where('account_id', '=', accountId)
        .where('created_at', '>', since)
        .executeTakeFirst();
      return { failures: Number(row?.n ?? 0), lastFailureAt: row?.last ?? null };
    },

    async insertPendingSignIn(tokenHash: string, accountId: string, at: string): Promise<void> {
      await db
        .insertInto('pending_sign_in')
        .values({ token_hash: tokenHash, account_id: accountId, created_at: at })
        .execute();
    },

    findPendingSignIn(tokenHash: string) {
      return db
        .selectFrom('pending_sign_in')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },

    async deletePendingSignIn(tokenHash: string): Promise<void> {
      await db.deleteFrom('pending_sign_in').where('token_hash', '=', tokenHash).execute();
    },

    /** Waiting sign-ins (all accounts) begun before `before`: they can no longer finish. */
    async deletePendingSignInsBefore(before: string): Promise<void> {
      await db.deleteFrom('pending_sign_in').where('created_at', '<', before).execute();
    },
  };
}

export type SecondFactorRepo = ReturnType<typeof createSecondFactorRepo>;
