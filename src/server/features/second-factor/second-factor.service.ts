// Two-step sign-in with an authenticator app (decision 0039), always for the account that asks:
// set it up, confirm it with a code (which gives the one-time recovery codes), say whether it is
// on, turn it off with the current password, and check the second step of a sign-in. The secret
// is sealed under the journal keys, bound to the account and to this purpose. Every refusal
// leaves the factor as it was; wrong codes only count towards the waits (code-waits.ts).
import '../../../domain/i18n/second-factor.messages.ts';
import { createHash, randomBytes, randomInt } from 'node:crypto';
import {
  formatRecoveryCode,
  PENDING_SIGN_IN_MINUTES,
  RECOVERY_CODE_ALPHABET,
  RECOVERY_CODE_COUNT,
  RECOVERY_CODE_LENGTH,
  type RecoveryCodes,
  type SecondFactorStatus,
  type SecondStepWays,
  type TotpEnrolment,
} from '../../../domain/auth/second-factor.schema.ts';
import {
  base32Decode,
  base32Encode,
  otpauthUri,
  TOTP_SECRET_BYTES,
  verifyTotp,
} from '../../../domain/auth/totp.ts';
import { AppError } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import type { Config } from '../../config.ts';
import type { SecondFactorTotpRow } from '../../store/schema.ts';
import type { AccountRepo } from '../account/account.repo.ts';
import type { Asker } from '../account/account-security.service.ts';
import type { AuthRepo } from '../auth/auth.repo.ts';
import { verifyPassword } from '../auth/password.ts';
import { createSignInGuard } from '../auth/sign-in-guard.ts';
import { hashToken, randomToken } from '../auth/tokens.ts';
import type { Keyring } from '../journal/journal-crypto.ts';
import { openWith, sealWith } from '../journal/journal-crypto.ts';
import type { Clock } from '../record/record.service.ts';
import { createCodeWaits } from './code-waits.ts';
import { nodeHmac } from './hmac.ts';
import type { SecondFactorRepo } from './second-factor.repo.ts';

/** What a sign-in's second step sends: already checked against secondFactorSignInSchema. */
export type SecondStep = { code?: string; recoveryCode?: string };

/** Binds a sealed key to its account and to this use (never openable as journal text). */
export const secretAad = (accountId: string) =>
  Buffer.from(`waymark.second-factor.totp.v1\u0000${accountId}`, 'utf8');

/** Recovery codes are about 79 random bits, so a plain SHA-256 (with the account) suffices. */
const recoveryCodeHash = (accountId: string, code: string) =>
  createHash('sha256')
    .update(`waymark.recovery-code.v1\u0000${accountId}\u0000${code}`)
    .digest('hex');

function newRecoveryCode(): string {
  let code = '';
  for (let i = 0; i < RECOVERY_CODE_LENGTH; i++)
    code += RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)];
  return code;
}

const fieldError = (
  code: 'WM_SECOND_FACTOR_WRONG_CODE' | 'WM_SECOND_FACTOR_CODE_USED',
  field: string,
) => new AppError(code, { fields: [{ field, message: say(`error.${code}`) }] });

export function createSecondFactorService(deps: {
  repo: SecondFactorRepo;
  accountRepo: AccountRepo;
  authRepo: AuthRepo;
  keyring: () => Keyring;
  clock: Clock;
  signIn: Config['signIn'];
}) {
  const { repo, clock } = deps;
  const waits = createCodeWaits(repo, clock, deps.signIn);
  const passwordGuard = createSignInGuard(deps.authRepo, clock, deps.signIn);

  const secretOf = (row: SecondFactorTotpRow): Uint8Array => {
    const base32 = openWith(
      deps.keyring(),
      { keyId: row.key_id, iv: row.iv, authTag: row.auth_tag, ciphertext: row.ciphertext },
      secretAad(row.account_id),
    );
    const secret = base32Decode(base32);
    if (!secret) throw new AppError('WM_INTERNAL');
    return secret;
  };

  /** The step of a right code from the app, or the refusal. */
  function checkCode(row: SecondFactorTotpRow, code: string): number {
    const step = verifyTotp(nodeHmac, secretOf(row), code, clock());
    if (step === undefined) throw fieldError('WM_SECOND_FACTOR_WRONG_CODE', 'code');
    // A code already used, or one older than the last used: refused, as a copy of it might be.
    if (row.last_used_step !== null && step <= row.last_used_step)
      throw fieldError('WM_SECOND_FACTOR_CODE_USED', 'code');
    return step;
  }

  /** The current password again, with the sign-in waits; WM_AUTH_WRONG_PASSWORD when wrong. */
  async function checkPassword(asker: Asker, currentPassword: string): Promise<void> {
    const attempt = await passwordGuard.begin(
      { email: asker.email, address: asker.address, deviceToken: asker.deviceToken },
      asker.accountId,
    );
    const stored = await deps.accountRepo.passwordHash(asker.accountId);
    if (!stored || !(await verifyPassword(stored, currentPassword))) {
      const message = say('error.WM_AUTH_WRONG_PASSWORD');
      throw new AppError('WM_AUTH_WRONG_PASSWORD', {
        fields: [{ field: 'currentPassword', message }],
      });
    }
    await attempt.passed();
  }

  /**
   * The account of a sign-in waiting for its second step, or WM_SECOND_FACTOR_SIGN_IN_EXPIRED
   * when the token names none, is too old, or the account has no second factor any more (turned
   * off since the password was given: the sign-in starts again).
   */
  async function pendingSignIn(
    token: string | undefined,
  ): Promise<{ accountId: string; tokenHash: string }> {
    const tokenHash = token ? hashToken(token) : undefined;
    const pending = tokenHash ? await repo.findPendingSignIn(tokenHash) : undefined;
    const expired =
      pending !== undefined &&
      clock().getTime() - Date.parse(pending.created_at) > PENDING_SIGN_IN_MINUTES * 60_000;
    if (!pending || !tokenHash || expired) {
      if (tokenHash && expired) await repo.deletePendingSignIn(tokenHash);
      throw new AppError('WM_SECOND_FACTOR_SIGN_IN_EXPIRED');
    }
    if (!(await repo.hasSecondFactor(pending.account_id)))
      throw new AppError('WM_SECOND_FACTOR_SIGN_IN_EXPIRED');
    return { accountId: pending.account_id, tokenHash };
  }

  return {
    async status(accountId: string): Promise<SecondFactorStatus> {
      const row = await repo.findTotp(accountId);
      const on = row?.confirmed_at != null;
      return {
        on: await repo.hasSecondFactor(accountId),
        totp: on,
        pending: row !== undefined && !on,
        recoveryCodesLeft: on ? await repo.recoveryCodesLeft(accountId) : 0,
      };
    },

    /**
     * Whether signing in to this account needs a second step: an app or a passkey, the one
     * notion of a second factor (has-second-factor.ts).
     */
    isOn: (accountId: string): Promise<boolean> => repo.hasSecondFactor(accountId),

    /** Which second steps a sign-in can offer: the app's code, a passkey, or both. */
    async ways(accountId: string): Promise<SecondStepWays> {
      const app = (await repo.findTotp(accountId))?.confirmed_at != null;
      return { app, passkey: await repo.hasPasskey(accountId) };
    },

    /** Starts set-up, replacing one not yet confirmed; refused while two-step sign-in is on. */
    async start(account: { id: string; email: string }): Promise<TotpEnrolment> {
      const secret = base32Encode(randomBytes(TOTP_SECRET_BYTES));
      const sealed = sealWith(deps.keyring(), secret, secretAad(account.id));
      const started = await repo.startTotp(
        account.id,
        {
          key_id: sealed.keyId,
          iv: sealed.iv,
          auth_tag: sealed.authTag,
          ciphertext: sealed.ciphertext,
        },
        clock().toISOString(),
      );
      if (!started) throw new AppError('WM_SECOND_FACTOR_ALREADY_ON');
      return { secret, uri: otpauthUri(secret, account.email) };
    },

    /**
     * Turns two-step sign-in on with a secret already known, confirmed at once: only for the
     * demo practitioner, whose secret is printed in the README so the demo can be tried
     * (decision 0039). Its recovery codes are made and never shown.
     */
    async turnOnWithKnownSecret(accountId: string, secret: string): Promise<void> {
      const sealed = sealWith(deps.keyring(), secret, secretAad(accountId));
      const at = clock().toISOString();
      const columns = {
        key_id: sealed.keyId,
        iv: sealed.iv,
        auth_tag: sealed.authTag,
        ciphertext: sealed.ciphertext,
      };
      if (!(await repo.startTotp(accountId, columns, at)))
        throw new AppError('WM_SECOND_FACTOR_ALREADY_ON');
      const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
      const hashes = codes.map((c) => recoveryCodeHash(accountId, c));
      // Step 0 as the last used: every code from now on is accepted once.
      if (!(await repo.confirmTotp(accountId, 0, at, hashes)))
        throw new AppError('WM_SECOND_FACTOR_ALREADY_ON');
    },

    /** Confirms set-up with a code from the app; answers the recovery codes, this once. */
    async confirm(accountId: string, code: string): Promise<RecoveryCodes> {
      const row = await repo.findTotp(accountId);
      if (!row) throw new AppError('WM_SECOND_FACTOR_NOT_STARTED');
      if (row.confirmed_at !== null) throw new AppError('WM_SECOND_FACTOR_ALREADY_ON');
      const attempt = await waits.begin(accountId);
      const step = checkCode(row, code);
      await attempt.passed();
      const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
      const hashes = codes.map((c) => recoveryCodeHash(accountId, c));
      if (!(await repo.confirmTotp(accountId, step, clock().toISOString(), hashes)))
        throw new AppError('WM_SECOND_FACTOR_ALREADY_ON');
      return { recoveryCodes: codes.map(formatRecoveryCode) };
    },

    /**
     * Turns two-step sign-in off after the current password, checked with the same waits as
     * signing in. Already off: nothing to do, and still no answer without the password.
     */
    async turnOff(asker: Asker, currentPassword: string): Promise<void> {
      await checkPassword(asker, currentPassword);
      await repo.turnOff(asker.accountId);
    },

    /** The current password, checked before taking a factor away (a passkey too). */
    checkPassword,

    /** After the right password: a token naming the sign-in that waits for its second step. */
    async startPendingSignIn(accountId: string): Promise<string> {
      const now = clock();
      const token = randomToken();
      await repo.deletePendingSignInsBefore(
        new Date(now.getTime() - PENDING_SIGN_IN_MINUTES * 60_000).toISOString(),
      );
      await repo.insertPendingSignIn(hashToken(token), accountId, now.toISOString());
      return token;
    },

    /**
     * The second step of a sign-in: answers the account once a right code, or an unused
     * recovery code, is given. A wrong one leaves the sign-in waiting, so it can be tried again.
     */
    async finishPendingSignIn(token: string | undefined, step: SecondStep): Promise<string> {
      const { accountId, tokenHash } = await pendingSignIn(token);
      const row = await repo.findTotp(accountId);
      const attempt = await waits.begin(accountId);
      if (step.recoveryCode !== undefined) {
        const hash = recoveryCodeHash(accountId, step.recoveryCode);
        if (!(await repo.useRecoveryCode(accountId, hash, clock().toISOString()))) {
          const message = say('error.WM_SECOND_FACTOR_WRONG_RECOVERY_CODE');
          throw new AppError('WM_SECOND_FACTOR_WRONG_RECOVERY_CODE', {
            fields: [{ field: 'recoveryCode', message }],
          });
        }
      } else {
        // Only passkeys (decision 0041): no code can be right, and it counts as a wrong one.
        if (row?.confirmed_at == null) throw fieldError('WM_SECOND_FACTOR_WRONG_CODE', 'code');
        const used = checkCode(row, step.code ?? '');
        // Checked again as one update: two requests with the same code cannot both pass.
        if (!(await repo.useStep(accountId, used)))
          throw fieldError('WM_SECOND_FACTOR_CODE_USED', 'code');
      }
      await attempt.passed();
      await repo.deletePendingSignIn(tokenHash);
      return accountId;
    },

    /** The sign-in a pending token names, for a passkey's second step (features/passkeys). */
    pendingSignIn,

    /** Starts a try of the second step, with the waits after wrong ones (code-waits.ts). */
    beginTry: (accountId: string) => waits.begin(accountId),

    /** The second step was right: the pending sign-in is used up. */
    endPendingSignIn: (tokenHash: string) => repo.deletePendingSignIn(tokenHash),
  };
}

export type SecondFactorService = ReturnType<typeof createSecondFactorService>;
