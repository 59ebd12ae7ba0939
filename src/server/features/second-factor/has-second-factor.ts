// The one answer to "has this account a second factor?" (decisions 0039 and 0041): an
// authenticator app confirmed with a code, or at least one passkey. The session lookup, the
// account's own shape, the access context and the sign-in's second step all ask through this
// expression, so a factor added later is counted everywhere by changing this file alone. Both
// parts are lookups by key (second_factor_totp by account, passkey by its key's first column).
import { type RawBuilder, sql } from 'kysely';

/**
 * A boolean SQL expression for the account `accountId` names: a column reference
 * (`sql.ref('account.id')`) or a value. PostgreSQL answers true/false, SQLite 1/0: read the
 * answer with `isOn`.
 */
export function hasSecondFactor(accountId: RawBuilder<unknown> | string): RawBuilder<unknown> {
  return sql`(exists (select 1 from second_factor_totp sf_app
                       where sf_app.account_id = ${accountId} and sf_app.confirmed_at is not null)
           or exists (select 1 from passkey sf_key where sf_key.account_id = ${accountId}))`;
}

/** The expression's answer, from either database. */
export const isOn = (answer: unknown): boolean => answer === true || Number(answer) === 1;
