// The account's password and its signed-in devices (Settings), always for the account that
// asks. Changing the password needs the current one, is slowed down like signing in (the same
// growing waits per account and address, decision 0007), and signs out every other device:
// someone who changes their password because another person learned it must not leave that
// person signed in. The device asking stays signed in.
import '../../../domain/i18n/account-security.messages.ts';
import { createHash } from 'node:crypto';
import type {
  DeviceSession,
  PasswordChange,
  PasswordChanged,
} from '../../../domain/auth/account-security.schema.ts';
import { AppError, notFound } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import type { Config } from '../../config.ts';
import type { AuthRepo } from '../auth/auth.repo.ts';
import type { SessionPolicy } from '../auth/auth.service.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { createSignInGuard } from '../auth/sign-in-guard.ts';
import type { Clock } from '../record/record.service.ts';
import type { AccountRepo } from './account.repo.ts';

/** Who asks: the account, this session's stored hash, and where the request comes from. */
export type Asker = {
  accountId: string;
  email: string;
  tokenHash: string;
  address: string;
  deviceToken: string | undefined;
};

/**
 * The id a device is named by in the list: derived from the session's stored hash, so it names
 * one session for good, but it is neither the cookie's token nor the hash the store looks up.
 */
export const deviceId = (tokenHash: string) =>
  createHash('sha256').update(`device:${tokenHash}`).digest('base64url').slice(0, 22);

export function createAccountSecurityService(
  repo: AccountRepo,
  authRepo: AuthRepo,
  clock: Clock,
  options: { session: SessionPolicy; signIn: Config['signIn'] },
) {
  const guard = createSignInGuard(authRepo, clock, options.signIn);
  const idleMs = options.session.idleMinutes * 60_000;
  const absoluteMs = options.session.absoluteHours * 3_600_000;
  const isLive = (session: { created_at: string; last_seen_at: string }, now: number) =>
    now - Date.parse(session.last_seen_at) <= idleMs &&
    now <= Date.parse(session.created_at) + absoluteMs;

  return {
    async changePassword(asker: Asker, change: PasswordChange): Promise<PasswordChanged> {
      const attempt = await guard.begin(
        { email: asker.email, address: asker.address, deviceToken: asker.deviceToken },
        asker.accountId,
      );
      const stored = await repo.passwordHash(asker.accountId);
      if (!stored || !(await verifyPassword(stored, change.currentPassword))) {
        const message = say('error.WM_AUTH_WRONG_PASSWORD');
        throw new AppError('WM_AUTH_WRONG_PASSWORD', {
          fields: [{ field: 'currentPassword', message }],
        });
      }
      await attempt.passed();
      if (change.newPassword === change.currentPassword) {
        const message = say('validation.samePassword');
        throw new AppError('WM_VALIDATION_FAILED', {
          fields: [{ field: 'newPassword', message }],
        });
      }
      await repo.setPasswordHash(asker.accountId, await hashPassword(change.newPassword));
      const ended = await repo.deleteOtherSessions(asker.accountId, asker.tokenHash);
      const now = clock().getTime();
      return { signedOutElsewhere: ended.filter((session) => isLive(session, now)).length };
    },

    /** The account's live sessions, newest first, this one marked. */
    async devices(asker: Pick<Asker, 'accountId' | 'tokenHash'>): Promise<DeviceSession[]> {
      const now = clock().getTime();
      return (await repo.sessions(asker.accountId))
        .filter((session) => isLive(session, now))
        .map((session) => ({
          id: deviceId(session.token_hash),
          createdAt: session.created_at,
          lastSeenAt: session.last_seen_at,
          thisDevice: session.token_hash === asker.tokenHash,
        }));
    },

    /**
     * Signs one of the account's devices out. Another account's device, or one already signed
     * out, is not found. Signing out this device is allowed: the route then clears its cookie.
     */
    async signOutDevice(
      asker: Pick<Asker, 'accountId' | 'tokenHash'>,
      id: string,
    ): Promise<{ thisDevice: boolean }> {
      const now = clock().getTime();
      const session = (await repo.sessions(asker.accountId)).find(
        (s) => deviceId(s.token_hash) === id && isLive(s, now),
      );
      if (!session) throw notFound();
      await repo.deleteSession(asker.accountId, session.token_hash);
      return { thisDevice: session.token_hash === asker.tokenHash };
    },
  };
}

export type AccountSecurityService = ReturnType<typeof createAccountSecurityService>;
