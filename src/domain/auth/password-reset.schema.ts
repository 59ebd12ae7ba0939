// A forgotten password (issue 15): the person asks for a one-time link by email, then chooses a
// new password through it. Shared by the server's routes and the web's forms.
import { say } from '../i18n/said.ts';
import { z } from '../validation.ts';
import { emailAddress, newPassword } from './auth.schema.ts';

export { RESET_LINK_MINUTES, RESET_LINKS_PER_HOUR } from './password-reset-limits.ts';

/** POST /api/auth/password-reset: where to send the link. */
export const forgotPasswordSchema = z.strictObject({ email: emailAddress() });
export type ForgotPassword = z.infer<typeof forgotPasswordSchema>;

/** POST /api/auth/password-reset/complete: the link's token and the new password. */
export const resetPasswordSchema = z.strictObject({
  // Tokens are 43 characters; anything far longer is not one of ours.
  token: z
    .string()
    .min(1, { error: () => say('error.WM_RESET_LINK_INVALID') })
    .max(200, { error: () => say('error.WM_RESET_LINK_INVALID') }),
  password: newPassword(),
});
export type ResetPassword = z.infer<typeof resetPasswordSchema>;

/** The answer to both: nothing that says whether an account uses the email. */
export const passwordResetAnswerSchema = z.object({ ok: z.literal(true) });
export type PasswordResetAnswer = z.infer<typeof passwordResetAnswerSchema>;
