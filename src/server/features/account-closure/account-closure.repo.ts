// Closing an account erases it (issue 15), in one transaction: everything the person owns, the
// words they left in other people's records that never became part of them, every way to sign
// in, and every grant, at once. What stays, and why, is in docs/decisions/0046: the account's id
// (no email, no name, no password), and, in OTHER people's records, the entries that say who
// looked or wrote (their access logs, the versions they accepted), because those records are
// theirs. A test reads every table afterwards and fails on anything else of the person's.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../store/schema.ts';
import { NO_PASSWORD } from '../auth/password.ts';
import { EVERYTHING, withOutcomeCounts } from '../outcomes/outcome-counts.ts';

/**
 * Every table whose rows belong to one person's record, keyed by `person_id`: a table that
 * refers to another comes before it, so each delete leaves no row pointing at a deleted one.
 */
export const PERSON_TABLES = [
  // The outcome rollup and the choice to count in reports (decision 0051).
  'outcome_value',
  'outcome_goal',
  'outcome_consent',
  'review_revision',
  'review',
  'record_revision',
  'record_annotation',
  'record_comment',
  'record_item',
  'attachment',
  'emergency_link_view',
  'emergency_link',
  'api_token',
  'measure_response_revision',
  'observation',
  'measure_response',
  'checkin_revision',
  'checkin',
  'journal_revision',
  'journal_entry',
  'access_grant',
  'shared_journal_entry',
  'early_warning_alert',
  'suggestion',
  'invitation',
  'sharing_state',
  'access_log',
  'relationship',
] as const satisfies readonly (keyof Database)[];

/** Every table of an account's own, keyed by `account_id`: sign-in, settings, its inbox. */
export const ACCOUNT_TABLES = [
  'session',
  'known_device',
  'second_factor_totp',
  'second_factor_recovery_code',
  'second_factor_failure',
  'pending_sign_in',
  'notification',
  'notification_setting',
  'email_outbox',
  'password_reset',
  'set_up_link',
  'passkey',
  'passkey_challenge',
] as const satisfies readonly (keyof Database)[];

type Trx = Transaction<Database>;

/**
 * What the person gave others to their own record goes with it: nothing else to end. What they
 * added to their services' kept outcome counts goes too (decision 0055).
 */
async function eraseOwnRecord(trx: Trx, personId: string): Promise<void> {
  await withOutcomeCounts(trx, personId, EVERYTHING, async () => {
    for (const table of PERSON_TABLES) {
      await trx.deleteFrom(table).where('person_id', '=', personId).execute();
    }
  });
}

/**
 * In other people's records: access they gave this account ends now (kept as ended, as every
 * revoked relationship is); its comments, its views beside their words and the suggestions they
 * never took are its own words and go. Suggestions they accepted are versions of their record.
 */
async function leaveOthersRecords(trx: Trx, accountId: string, now: string): Promise<void> {
  const theirs = await trx
    .selectFrom('relationship')
    .select(['person_id', 'id'])
    .where('account_id', '=', accountId)
    .execute();
  for (const { person_id, id } of theirs) {
    await trx
      .deleteFrom('access_grant')
      .where('person_id', '=', person_id)
      .where('relationship_id', '=', id)
      .execute();
    await trx
      .deleteFrom('shared_journal_entry')
      .where('person_id', '=', person_id)
      .where('relationship_id', '=', id)
      .execute();
    await trx
      .deleteFrom('early_warning_alert')
      .where('person_id', '=', person_id)
      .where('relationship_id', '=', id)
      .execute();
  }
  await trx
    .updateTable('relationship')
    .set({ ended_at: now })
    .where('account_id', '=', accountId)
    .where('ended_at', 'is', null)
    .execute();
  await trx.deleteFrom('record_comment').where('author_id', '=', accountId).execute();
  const views = trx.selectFrom('record_annotation').select('id').where('author_id', '=', accountId);
  await trx.deleteFrom('record_annotation').where('reply_to', 'in', views).execute();
  await trx.deleteFrom('record_annotation').where('author_id', '=', accountId).execute();
  await trx
    .deleteFrom('suggestion')
    .where('author_id', '=', accountId)
    .where('status', '!=', 'accepted')
    .execute();
  // Notifications others were sent about this person point into a record that is gone.
  await trx.deleteFrom('notification').where('about_person_id', '=', accountId).execute();
}

async function eraseSignIn(trx: Trx, account: { id: string; email: string }): Promise<void> {
  for (const table of ACCOUNT_TABLES) {
    await trx.deleteFrom(table).where('account_id', '=', account.id).execute();
  }
  await trx.deleteFrom('email_outbox').where('to_address', '=', account.email).execute();
  await trx.deleteFrom('login_failure').where('email', '=', account.email).execute();
  // Teams' invitations to this email, and those this account answered (decision 0050): not
  // person-owned (the email may have had no account when invited), but they name the person.
  await trx
    .deleteFrom('team_invitation')
    .where((eb) => eb.or([eb('email', '=', account.email), eb('answered_by', '=', account.id)]))
    .execute();
  // Counters kept per account ("writes:<id>", "team-code:<id>", …); ids are UUIDs, no wildcards.
  await trx.deleteFrom('rate_limit_window').where('key', 'like', `%:${account.id}`).execute();
}

export function createAccountClosureRepo(db: Kysely<Database>) {
  return {
    account(id: string) {
      return db
        .selectFrom('account')
        .select(['id', 'email', 'role', 'password_hash', 'closed_at'])
        .where('id', '=', id)
        .executeTakeFirst();
    },

    /** Erases the account; false, with nothing changed, when it was closed meanwhile. */
    async close(account: { id: string; email: string }, now: string): Promise<boolean> {
      return db.transaction().execute(async (trx) => {
        const claimed = await trx
          .updateTable('account')
          .set({
            // The email is free again at once: the person may come back and sign up.
            email: `closed-${account.id}@closed.invalid`,
            display_name: '',
            password_hash: NO_PASSWORD,
            language: null,
            welcomed_at: null,
            closed_at: now,
          })
          .where('id', '=', account.id)
          .where('closed_at', 'is', null)
          .executeTakeFirst();
        if (Number(claimed.numUpdatedRows) !== 1) return false;
        await eraseOwnRecord(trx, account.id);
        await leaveOthersRecords(trx, account.id, now);
        await eraseSignIn(trx, account);
        return true;
      });
    },
  };
}

export type AccountClosureRepo = ReturnType<typeof createAccountClosureRepo>;
