// Slows down password guessing without locking anyone out (decision 0007). Each failed sign-in
// is kept with the account's email, the client's address and, if any, the known device it
// came from. An attempt waits while either its account or its address has earned a wait
// (sign-in-delay.ts); a known device of that account is judged only on its own failures, so
// strangers failing with a person's email address never keep that person's own device out.
// All of it lives in the database, so every server process applies the same waits.
import { randomUUID } from 'node:crypto';
import { normalizeIP } from '@fastify/rate-limit';
import { secondsToWait, waitInWords } from '../../../domain/auth/sign-in-delay.ts';
import { RetryLaterError } from '../../../domain/errors.ts';
import type { Config } from '../../config.ts';
import type { KnownDeviceRow } from '../../store/schema.ts';
import type { Clock } from '../record/record.service.ts';
import type { AuthRepo } from './auth.repo.ts';
import { hashToken, randomToken } from './tokens.ts';

/** Failures older than this are forgotten. */
const FAILURE_MEMORY_MS = 24 * 3_600_000;
const PRUNE_EVERY_MS = 10 * 60_000;

export type SignInFrom = { email: string; address: string; deviceToken: string | undefined };

export function createSignInGuard(repo: AuthRepo, clock: Clock, policy: Config['signIn']) {
  const { maxDelaySeconds } = policy;
  const perAccount = { freeFailures: policy.freeFailuresPerAccount, maxDelaySeconds };
  const perAddress = { freeFailures: policy.freeFailuresPerAddress, maxDelaySeconds };
  // Process-local on purpose: it only spaces out the clean-up, which any process may do.
  let prunedAt = 0;

  async function knownDevice(
    token: string | undefined,
    accountId: string | undefined,
    now: string,
  ): Promise<KnownDeviceRow | undefined> {
    if (!token || !accountId) return undefined;
    const device = await repo.findKnownDevice(hashToken(token));
    return device && device.account_id === accountId && device.expires_at > now
      ? device
      : undefined;
  }

  /** Makes this browser a known device of the account; answers the cookie's token. */
  async function rememberDevice(accountId: string): Promise<string> {
    const now = clock();
    const token = randomToken();
    await repo.deleteExpiredKnownDevices(accountId, now.toISOString());
    await repo.insertKnownDevice({
      token_hash: hashToken(token),
      account_id: accountId,
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + policy.knownDeviceDays * 86_400_000).toISOString(),
    });
    return token;
  }

  return {
    rememberDevice,

    /**
     * A sign-in finished after its second step (decision 0039): the known device it came from,
     * if it is this account's, is replaced by a fresh one, as `succeeded` does.
     */
    async renewDevice(accountId: string, token: string | undefined): Promise<string> {
      const device = await knownDevice(token, accountId, clock().toISOString());
      if (device) await repo.deleteKnownDevice(device.token_hash);
      return rememberDevice(accountId);
    },

    /**
     * Starts a sign-in attempt, or refuses it (429, Retry-After) without checking the password
     * while a wait runs. A started attempt is kept as a failure at once, so attempts running
     * side by side count each other; `succeeded` takes it back.
     */
    async begin(from: SignInFrom, accountId: string | undefined) {
      const now = clock();
      const since = new Date(now.getTime() - FAILURE_MEMORY_MS).toISOString();
      const address = normalizeIP(from.address, 64);
      const device = await knownDevice(from.deviceToken, accountId, now.toISOString());
      const wait = device
        ? secondsToWait(
            await repo.failureHistory({ deviceHash: device.token_hash }, since),
            perAccount,
            now,
          )
        : Math.max(
            secondsToWait(await repo.failureHistory({ email: from.email }, since), perAccount, now),
            secondsToWait(await repo.failureHistory({ address }, since), perAddress, now),
          );
      if (wait > 0)
        throw new RetryLaterError('WM_AUTH_TOO_MANY_ATTEMPTS', wait, { wait: waitInWords(wait) });

      const failureId = randomUUID();
      await repo.recordLoginFailure({
        id: failureId,
        email: from.email,
        address,
        device_hash: device?.token_hash ?? null,
        created_at: now.toISOString(),
      });
      if (now.getTime() - prunedAt >= PRUNE_EVERY_MS) {
        prunedAt = now.getTime();
        await repo.deleteLoginFailuresBefore(since);
      }
      return {
        /**
         * The password was right, where no new session is made (a password change in Settings):
         * no failure after all, and the known device stays as it is.
         */
        async passed(): Promise<void> {
          await repo.deleteLoginFailure(failureId);
        },
        /** The password was right: no failure after all, and a fresh known-device token. */
        async succeeded(signedInAccountId: string): Promise<string> {
          await repo.deleteLoginFailure(failureId);
          if (device) await repo.deleteKnownDevice(device.token_hash);
          return rememberDevice(signedInAccountId);
        },
      };
    },
  };
}

export type SignInGuard = ReturnType<typeof createSignInGuard>;
