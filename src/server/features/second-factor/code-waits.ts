// Slows down guessing second-factor codes, per account, with the same growing waits as
// password guessing (domain/auth/sign-in-delay.ts, decision 0007): a few free tries, then 1 s,
// 2 s, 4 s … up to SIGN_IN_MAX_DELAY_SECONDS. Counted per account, not per address or device,
// because whoever reaches this step already knows the password. A try is kept as a failure
// before the code is checked, so tries sent side by side count each other; a right code takes it
// back and clears the account's earlier wrong codes. Tries during a wait are refused unchecked.
import { randomUUID } from 'node:crypto';
import { secondsToWait, waitInWords } from '../../../domain/auth/sign-in-delay.ts';
import { RetryLaterError } from '../../../domain/errors.ts';
import type { Config } from '../../config.ts';
import type { Clock } from '../record/record.service.ts';
import type { SecondFactorRepo } from './second-factor.repo.ts';

const FAILURE_MEMORY_MS = 24 * 3_600_000;

export function createCodeWaits(repo: SecondFactorRepo, clock: Clock, policy: Config['signIn']) {
  const delay = {
    freeFailures: policy.freeFailuresPerAccount,
    maxDelaySeconds: policy.maxDelaySeconds,
  };
  return {
    /** Starts a try, or refuses it (429 with Retry-After) while a wait runs. */
    async begin(accountId: string) {
      const now = clock();
      const since = new Date(now.getTime() - FAILURE_MEMORY_MS).toISOString();
      const wait = secondsToWait(await repo.failureHistory(accountId, since), delay, now);
      if (wait > 0)
        throw new RetryLaterError('WM_SECOND_FACTOR_TOO_MANY_ATTEMPTS', wait, {
          wait: waitInWords(wait),
        });
      const id = randomUUID();
      await repo.recordFailure(accountId, id, now.toISOString());
      return {
        /** The code was right. */
        async passed(): Promise<void> {
          await repo.deleteFailure(accountId, id);
          await repo.clearFailures(accountId);
        },
      };
    },
  };
}
