// Two-step sign-in (decision 0039): the shapes of the second-factor routes, shared by the server
// and the web app, and how a recovery code is written and read back. Kept apart from
// auth.schema.ts so the sign-in page's first load does not build them.
import { say } from '../i18n/said.ts';
import { LIMITS, z } from '../validation.ts';

export const RECOVERY_CODE_COUNT = 10;
/** How long the second step of a sign-in may take after the right password. */
export const PENDING_SIGN_IN_MINUTES = 5;
/** Letters and digits that cannot be mistaken for one another (no 0/o, 1/l/i). */
export const RECOVERY_CODE_ALPHABET = '23456789abcdefghjkmnpqrstuvwxyz';
/** 16 characters from 31: about 79 bits, so a stored SHA-256 of one cannot be searched back. */
export const RECOVERY_CODE_LENGTH = 16;

/** A recovery code as shown: four groups of four, joined by hyphens. */
export const formatRecoveryCode = (code: string) => code.match(/.{1,4}/g)?.join('-') ?? '';

/** A recovery code as typed, reduced to what counts: no spaces or hyphens, lower case. */
export const normaliseRecoveryCode = (typed: string) => typed.replace(/[\s-]/g, '').toLowerCase();

/** The 6 digits from the app; spaces people type between groups are allowed. */
const totpCode = () =>
  z
    .string()
    .trim()
    .min(1, { error: () => say('validation.required.twoStepCode') })
    .max(20, { error: () => say('validation.twoStepCode') })
    .transform((typed) => typed.replace(/\s/g, ''))
    .refine((code) => /^\d{6}$/.test(code), { error: () => say('validation.twoStepCode') });

const recoveryCode = () =>
  z
    .string()
    .trim()
    .min(1, { error: () => say('validation.required.recoveryCode') })
    .max(40, { error: () => say('validation.recoveryCode') })
    .transform(normaliseRecoveryCode)
    .refine(
      (code) =>
        code.length === RECOVERY_CODE_LENGTH &&
        [...code].every((char) => RECOVERY_CODE_ALPHABET.includes(char)),
      { error: () => say('validation.recoveryCode') },
    );

/** Confirming the app during set-up. */
export const totpConfirmSchema = z.strictObject({ code: totpCode() });
export type TotpConfirm = z.input<typeof totpConfirmSchema>;

/** The second step of signing in: a code from the app, or one of the recovery codes. */
export const secondFactorSignInSchema = z
  .strictObject({ code: totpCode().optional(), recoveryCode: recoveryCode().optional() })
  .refine((sent) => (sent.code === undefined) !== (sent.recoveryCode === undefined), {
    path: ['code'],
    error: () => say('validation.required.twoStepCode'),
  });
export type SecondFactorSignIn = z.input<typeof secondFactorSignInSchema>;

/** Turning two-step sign-in off: the current password again. */
export const secondFactorOffSchema = z.strictObject({
  currentPassword: z
    .string()
    .min(1, { error: () => say('validation.required.currentPassword') })
    .max(LIMITS.passwordMax, {
      error: () => say('validation.tooLong', { max: LIMITS.passwordMax }),
    }),
});
export type SecondFactorOff = z.infer<typeof secondFactorOffSchema>;

/** Set-up started: the secret in base32 (for typing) and the otpauth:// link (for tapping). */
export const totpEnrolmentSchema = z.object({ secret: z.string(), uri: z.string() });
export type TotpEnrolment = z.infer<typeof totpEnrolmentSchema>;

/** Set-up confirmed: the recovery codes, shown this once and never again. */
export const recoveryCodesSchema = z.object({ recoveryCodes: z.array(z.string()) });
export type RecoveryCodes = z.infer<typeof recoveryCodesSchema>;

export const secondFactorStatusSchema = z.object({
  /** Any second factor: the app or a passkey (decision 0041). */
  on: z.boolean(),
  totp: z.boolean(),
  /** Started but not yet confirmed with a code. */
  pending: z.boolean(),
  recoveryCodesLeft: z.number().int(),
});
export type SecondFactorStatus = z.infer<typeof secondFactorStatusSchema>;

/** Which second steps the account can use: the app's code, a passkey (decision 0041), or both. */
export const secondStepWaysSchema = z.object({ app: z.boolean(), passkey: z.boolean() });
export type SecondStepWays = z.infer<typeof secondStepWaysSchema>;

/** Sign-in when the password was right and the account has two-step sign-in on. */
export const secondFactorRequiredSchema = secondStepWaysSchema.extend({
  secondFactorRequired: z.literal(true),
});
export type SecondFactorRequired = z.infer<typeof secondFactorRequiredSchema>;
