// Sign up, sign in, sign out and session checks. Session tokens are 256 random bits; only
// their SHA-256 hash is stored, so a copy of the database cannot be used to sign in.
import { randomUUID } from 'node:crypto';
import {
  type Account,
  type ActiveSession,
  mustUseSecondFactor,
  type Role,
  type SignInInput,
  type SignUpInput,
} from '../../../domain/auth/auth.schema.ts';
import type { SecondStepWays } from '../../../domain/auth/second-factor.schema.ts';
import { AppError } from '../../../domain/errors.ts';
import { isLanguageCode } from '../../../domain/i18n/languages.ts';
import type { Config } from '../../config.ts';
import type { AccountRow } from '../../store/schema.ts';
import type { Clock } from '../record/record.service.ts';
import { isOn } from '../second-factor/has-second-factor.ts';
import type { AuthRepo } from './auth.repo.ts';
import { hashPassword, isPasswordHash, verifyAgainstDummy, verifyPassword } from './password.ts';
import { createSignInGuard, type SignInFrom } from './sign-in-guard.ts';
import { hashToken, randomToken } from './tokens.ts';

export { hashToken };

export type SessionPolicy = { idleMinutes: number; absoluteHours: number };
export type NewSession = ActiveSession & { token: string };
/** A session begun by signing in, with the browser's new known-device token. */
export type SignedIn = NewSession & { deviceToken: string };
/** The password was right, and the account has two-step sign-in on: no session yet. */
export type SecondStepNeeded = {
  secondFactorRequired: true;
  pendingToken: string;
  /** The second steps it can offer (decision 0041). */
  ways: SecondStepWays;
};

/** What sign-in needs from two-step sign-in (features/second-factor; app.ts joins them). */
export type SecondFactorGate = {
  isOn(accountId: string): Promise<boolean>;
  ways(accountId: string): Promise<SecondStepWays>;
  /** A token naming this sign-in while it waits for its second step. */
  startPendingSignIn(accountId: string): Promise<string>;
};

/**
 * The last-seen time is written at most this often (a write on every request would be wasteful),
 * and within a tenth of the idle limit, so asking the server anything near the end of even a
 * one-minute session still renews it ("Stay signed in").
 */
const TOUCH_EVERY_MS = 30_000;

export function toAccount(
  row: Pick<AccountRow, 'id' | 'email' | 'display_name' | 'role' | 'welcomed_at' | 'language'>,
  /** Whether the account has a confirmed second factor. */
  secondFactorOn: boolean,
): Account {
  return {
    id: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role as Role,
    // Only a person's own record has a first run; supporters land on "People I support".
    welcomeDue: row.role === 'person' && row.welcomed_at === null,
    language: isLanguageCode(row.language) ? row.language : null,
    secondFactorRequired: mustUseSecondFactor(row.role as Role) && !secondFactorOn,
  };
}

export function createAuthService(
  repo: AuthRepo,
  clock: Clock,
  options: {
    session: SessionPolicy;
    signIn: Config['signIn'];
    onAccountCreated: (account: Account) => Promise<void>;
    /**
     * Whether a staff member's service (or the staff member) is disabled: such an account may
     * not sign in (decision 0038). Not given: nobody is refused.
     */
    staffRefused?: (accountId: string) => Promise<boolean>;
    secondFactor?: SecondFactorGate;
  },
) {
  const staffRefused = options.staffRefused ?? (async () => false);
  const guard = createSignInGuard(repo, clock, options.signIn);
  const idleMs = options.session.idleMinutes * 60_000;
  const absoluteMs = options.session.absoluteHours * 3_600_000;
  const touchEveryMs = Math.min(TOUCH_EVERY_MS, idleMs / 10);
  const secondsLeft = (endsAt: number, now: number) => Math.floor((endsAt - now) / 1000);

  async function startSession(account: Account): Promise<NewSession> {
    const token = randomToken();
    const tokenHash = hashToken(token);
    const csrfToken = randomToken();
    const at = clock().toISOString();
    await repo.insertSession({
      token_hash: tokenHash,
      account_id: account.id,
      csrf_token: csrfToken,
      created_at: at,
      last_seen_at: at,
    });
    const endsInSeconds = secondsLeft(Math.min(idleMs, absoluteMs), 0);
    return { account, token, tokenHash, csrfToken, endsInSeconds };
  }

  /**
   * A session for an account that passed its check, refused if its service is disabled. Checked
   * again once the session exists: disabling a service ends its staff's sessions after it
   * commits, so a session made while that ran is either ended by it or refused here.
   */
  async function startStaffAwareSession(account: Account): Promise<NewSession> {
    if (await staffRefused(account.id)) throw new AppError('WM_AUTH_SERVICE_DISABLED');
    const session = await startSession(account);
    if (await staffRefused(account.id)) {
      await repo.deleteSession(session.tokenHash);
      throw new AppError('WM_AUTH_SERVICE_DISABLED');
    }
    return session;
  }

  return {
    async signUp(input: SignUpInput, role: Role = 'person'): Promise<NewSession> {
      const row: AccountRow = {
        id: randomUUID(),
        email: input.email,
        password_hash: await hashPassword(input.password),
        display_name: input.displayName,
        role,
        created_at: clock().toISOString(),
        welcomed_at: null,
        // The language showing when they signed up, so emails and other devices use it too.
        language: input.language ?? null,
        closed_at: null,
      };
      if (!(await repo.insertAccount(row)))
        throw new AppError('WM_AUTH_EMAIL_TAKEN', { field: 'email' });
      const account = toAccount(row, false);
      await options.onAccountCreated(account);
      return startSession(account);
    },

    /** Makes the browser that signed up a known device; answers the cookie's token. */
    rememberDevice: guard.rememberDevice,

    /**
     * `from`: where the attempt comes from (address, known-device cookie), for the waits. With
     * two-step sign-in on, the right password gives no session yet, only the pending sign-in's
     * token; the known device is renewed when the second step is done (finishSignIn).
     */
    async signIn(
      input: SignInInput,
      from: Omit<SignInFrom, 'email'>,
    ): Promise<SignedIn | SecondStepNeeded> {
      const row = await repo.findAccountByEmail(input.email);
      const attempt = await guard.begin({ ...from, email: input.email }, row?.id);
      let ok = false;
      if (row && isPasswordHash(row.password_hash))
        ok = await verifyPassword(row.password_hash, input.password);
      // As slow as a wrong password: no email, or an account with no password yet.
      else await verifyAgainstDummy(input.password);
      if (!row || !ok) throw new AppError('WM_AUTH_WRONG_CREDENTIALS');
      // The right password: no failure to count, whether or not the service lets them in.
      if (await staffRefused(row.id)) {
        await attempt.passed();
        throw new AppError('WM_AUTH_SERVICE_DISABLED');
      }
      if (options.secondFactor && (await options.secondFactor.isOn(row.id))) {
        await attempt.passed();
        const pendingToken = await options.secondFactor.startPendingSignIn(row.id);
        const ways = await options.secondFactor.ways(row.id);
        return { secondFactorRequired: true, pendingToken, ways };
      }
      const deviceToken = await attempt.succeeded(row.id);
      // Two-step sign-in is off here: a staff account's session sees nothing of any person
      // until it is set up (the access step refuses; decision 0039).
      return { ...(await startStaffAwareSession(toAccount(row, false))), deviceToken };
    },

    /**
     * Signs in an account that proved itself another way (a set-up link just used), from the
     * browser that did so: a session and a known-device token.
     */
    async signInAfterSetUp(accountId: string): Promise<SignedIn> {
      const row = await repo.findAccount(accountId);
      if (!row) throw new AppError('WM_SET_UP_LINK_INVALID');
      const on = (await options.secondFactor?.isOn(row.id)) ?? false;
      const session = await startStaffAwareSession(toAccount(row, on));
      return { ...session, deviceToken: await guard.rememberDevice(row.id) };
    },

    /** The second step of a sign-in was right: the session, and a fresh known device. */
    async finishSignIn(
      accountId: string,
      from: Pick<SignInFrom, 'deviceToken'>,
    ): Promise<SignedIn> {
      const row = await repo.findAccount(accountId);
      if (!row) throw new AppError('WM_SECOND_FACTOR_SIGN_IN_EXPIRED');
      const deviceToken = await guard.renewDevice(accountId, from.deviceToken);
      // The second step was right: the factor is confirmed.
      return { ...(await startStaffAwareSession(toAccount(row, true))), deviceToken };
    },

    /**
     * Whether an account with this email exists and still has this password. For start-up only
     * (which demo accounts are still as shipped); no route calls it, so it needs no sign-in waits.
     */
    async stillHasPassword(email: string, password: string): Promise<boolean> {
      const row = await repo.findAccountByEmail(email);
      return row !== undefined && (await verifyPassword(row.password_hash, password));
    },

    async signOut(tokenHash: string): Promise<void> {
      await repo.deleteSession(tokenHash);
    },

    /** The live session for a cookie token, or null when absent, idle too long or too old. */
    async resolve(token: string): Promise<ActiveSession | null> {
      const tokenHash = hashToken(token);
      const session = await repo.findSessionWithAccount(tokenHash);
      if (!session) return null;
      const now = clock().getTime();
      let lastSeen = Date.parse(session.last_seen_at);
      const endsAbsolutely = Date.parse(session.created_at) + absoluteMs;
      if (now - lastSeen > idleMs || now > endsAbsolutely) {
        await repo.deleteSession(tokenHash);
        return null;
      }
      if (now - lastSeen > touchEveryMs) {
        await repo.touchSession(tokenHash, new Date(now).toISOString());
        lastSeen = now;
      }
      return {
        account: toAccount(session, isOn(session.second_factor_on)),
        csrfToken: session.csrf_token,
        tokenHash,
        endsInSeconds: secondsLeft(Math.min(lastSeen + idleMs, endsAbsolutely), now),
      };
    },
  };
}

export type AuthService = ReturnType<typeof createAuthService>;
