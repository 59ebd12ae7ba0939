// The account's own settings, always for the account that asks: there is no way to name
// another. Email and password are not changed here (an email change needs the new address
// checked first, which Waymark cannot do yet; passwords belong to the portability work).
import type { Account, AccountChange, LanguageChoice } from '../../../domain/auth/auth.schema.ts';
import { notFound } from '../../../domain/errors.ts';
import { toAccount } from '../auth/auth.service.ts';
import type { Clock } from '../record/record.service.ts';
import { isOn } from '../second-factor/has-second-factor.ts';
import type { AccountRepo } from './account.repo.ts';

export function createAccountService(repo: AccountRepo, clock: Clock) {
  async function current(accountId: string): Promise<Account> {
    const row = await repo.find(accountId);
    // Only a safeguard: a session's account exists as long as the session (foreign key).
    if (!row) throw notFound();
    return toAccount(row, isOn(row.second_factor_on));
  }

  return {
    current,

    async change(accountId: string, change: AccountChange): Promise<Account> {
      await repo.rename(accountId, change.displayName);
      return current(accountId);
    },

    /** The language every device and email of this account uses from now on. */
    async chooseLanguage(accountId: string, choice: LanguageChoice): Promise<Account> {
      await repo.setLanguage(accountId, choice.language);
      return current(accountId);
    },

    /** The welcome was shown: it does not come back, on this device or any other. */
    async welcomed(accountId: string): Promise<Account> {
      await repo.markWelcomed(accountId, clock().toISOString());
      return current(accountId);
    },
  };
}

export type AccountService = ReturnType<typeof createAccountService>;
