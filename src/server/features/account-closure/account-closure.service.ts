// Closing an account (issue 15). The person confirms with their password, which is slowed down
// like signing in (decision 0007). Whether this account may erase the record it would erase is
// the one access model's answer: only the owner of a record erases it (a person their record, a
// supporter their own space); staff own nothing, so they are refused and their service's admin
// turns their account off instead.
import '../../../domain/i18n/account-closure.messages.ts';
import { ownerContext } from '../../../domain/access/context.ts';
import { decide } from '../../../domain/access/decision.ts';
import type { AccountClosure } from '../../../domain/auth/account-closure.schema.ts';
import type { Role } from '../../../domain/auth/auth.schema.ts';
import { AppError } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import type { Config } from '../../config.ts';
import type { AuthRepo } from '../auth/auth.repo.ts';
import { verifyPassword } from '../auth/password.ts';
import { createSignInGuard, type SignInFrom } from '../auth/sign-in-guard.ts';
import type { Clock } from '../record/record.service.ts';
import type { AccountClosureRepo } from './account-closure.repo.ts';

export type Closer = SignInFrom & { accountId: string; role: Role };

export function createAccountClosure(
  repo: AccountClosureRepo,
  authRepo: AuthRepo,
  clock: Clock,
  signIn: Config['signIn'],
) {
  const guard = createSignInGuard(authRepo, clock, signIn);

  return {
    async close(closer: Closer, input: AccountClosure): Promise<void> {
      const now = clock().toISOString();
      const decision = decide({
        ...ownerContext(closer.accountId, now),
        actor: { accountId: closer.accountId, role: closer.role },
      });
      if (!decision.isOwner) throw new AppError('WM_ACCOUNT_CLOSE_STAFF');
      const attempt = await guard.begin(closer, closer.accountId);
      const account = await repo.account(closer.accountId);
      if (!account || !(await verifyPassword(account.password_hash, input.currentPassword))) {
        const message = say('error.WM_AUTH_WRONG_PASSWORD');
        throw new AppError('WM_AUTH_WRONG_PASSWORD', {
          fields: [{ field: 'currentPassword', message }],
        });
      }
      await attempt.passed();
      // Closed by another of its devices a moment ago: nothing more to erase.
      await repo.close({ id: account.id, email: account.email }, now);
    },
  };
}

export type AccountClosureUseCases = ReturnType<typeof createAccountClosure>;
