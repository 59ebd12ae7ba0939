// A forgotten password (issue 15). Asking for a link answers the same whatever the email, so
// nobody can find out who uses Waymark; a link goes out only to an account that may sign in, at
// most RESET_LINKS_PER_HOUR an hour. Using the link sets the password and signs the account out
// everywhere; it does not sign in, so an account with two-step sign-in still needs its code.
import {
  type ForgotPassword,
  RESET_LINK_MINUTES,
  RESET_LINKS_PER_HOUR,
  type ResetPassword,
} from '../../../domain/auth/password-reset.schema.ts';
import { AppError } from '../../../domain/errors.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { inAccountLanguage } from '../../http/language.ts';
import { hashPassword } from '../auth/password.ts';
import { hashToken, randomToken } from '../auth/tokens.ts';
import type { Mailer } from '../notifications/mailer.ts';
import type { Clock } from '../record/record.service.ts';
import type { PasswordResetRepo } from './password-reset.repo.ts';

const MINUTE_MS = 60_000;

export type PasswordResetOptions = {
  publicOrigin: string;
  /** Null when the server has no SMTP to send with. */
  mailer: Mailer | null;
  /** Development only (no SMTP, no PUBLIC_URL): the link is written to the log instead. */
  logLinks: boolean;
  log: {
    info(details: object, message: string): void;
    warn(details: object, message: string): void;
  };
};

export function createPasswordReset(
  repo: PasswordResetRepo,
  clock: Clock,
  options: PasswordResetOptions,
) {
  async function send(account: { email: string; language: string | null }, link: string) {
    if (options.logLinks) {
      options.log.info(
        { link },
        'password reset link (SMTP is not configured, so it is written here)',
      );
      return;
    }
    if (!options.mailer) {
      options.log.warn({}, 'a password reset link was asked for, but SMTP is not configured');
      return;
    }
    const email = inAccountLanguage(account.language, () => ({
      to: account.email,
      subject: t('passwordReset.email.subject'),
      text: t('passwordReset.email.body', { link, minutes: RESET_LINK_MINUTES }),
    }));
    try {
      await options.mailer.send(email);
    } catch (error) {
      // Never the link: the log is not a place for a way into someone's account.
      options.log.warn({ err: error }, 'password reset email could not be sent');
    }
  }

  return {
    /** Sends a link when the email is an account's that may sign in; answers nothing either way. */
    async request(input: ForgotPassword): Promise<void> {
      const account = await repo.accountByEmail(input.email);
      if (!account) return;
      if (account.staff_disabled_at !== null || account.service_disabled_at !== null) return;
      const now = clock();
      const hourAgo = new Date(now.getTime() - 60 * MINUTE_MS).toISOString();
      if ((await repo.linksSince(account.id, hourAgo)) >= RESET_LINKS_PER_HOUR) return;
      const token = randomToken();
      await repo.insert({
        token_hash: hashToken(token),
        account_id: account.id,
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + RESET_LINK_MINUTES * MINUTE_MS).toISOString(),
        used_at: null,
      });
      await send(account, `${options.publicOrigin}/reset-password/${token}`);
    },

    /** Any link that cannot be used (unknown, used, too old) is the same refusal. */
    async complete(input: ResetPassword): Promise<void> {
      const invalid = () => new AppError('WM_RESET_LINK_INVALID');
      const link = await repo.liveLink(hashToken(input.token), clock().toISOString());
      if (!link) throw invalid();
      // Hashed before the transaction: argon2id is slow on purpose, and holds no lock meanwhile.
      const passwordHash = await hashPassword(input.password);
      if (!(await repo.useLink(link, passwordHash, clock().toISOString()))) throw invalid();
    },
  };
}

export type PasswordResetUseCases = ReturnType<typeof createPasswordReset>;
