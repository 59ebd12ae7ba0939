import { LANGUAGE_CODES } from '../i18n/languages.ts';
import { say } from '../i18n/said.ts';
import { LIMITS, requiredLine, z } from '../validation.ts';

/**
 * What an account is. A person owns a record; a supporter owns only their own space; a
 * practitioner owns nothing; a service admin runs a service's side of Waymark and never sees any
 * person's record (decision 0038).
 */
export const ROLES = ['person', 'supporter', 'practitioner', 'service_admin'] as const;
export type Role = (typeof ROLES)[number];

export { mustUseSecondFactor } from './staff.ts';

/** An email address as typed: trimmed, lower case, checked. */
export const emailAddress = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .min(1, { error: () => say('validation.required.email') })
    .max(LIMITS.email, { error: () => say('validation.tooLong', { max: LIMITS.email }) })
    .pipe(z.email({ error: () => say('validation.email') }));

/** The name the person wants to be called: at sign-up and when they change it in Settings. */
const displayName = () => requiredLine(LIMITS.name, () => say('validation.required.yourName'));

/** A password being chosen: at sign-up and when it is changed in Settings (one rule). */
export const newPassword = () =>
  z
    .string()
    .min(LIMITS.passwordMin, {
      error: () => say('validation.tooShort', { min: LIMITS.passwordMin }),
    })
    .max(LIMITS.passwordMax, {
      error: () => say('validation.tooLong', { max: LIMITS.passwordMax }),
    });

export const signUpSchema = z.strictObject({
  email: emailAddress(),
  password: newPassword(),
  displayName: displayName(),
  language: z.enum(LANGUAGE_CODES, { error: () => say('validation.language') }).optional(),
});
export type SignUpInput = z.infer<typeof signUpSchema>;

export const signInSchema = z.strictObject({
  email: emailAddress(),
  password: z
    .string()
    .min(1, { error: () => say('validation.required.password') })
    .max(LIMITS.passwordMax, {
      error: () => say('validation.tooLong', { max: LIMITS.passwordMax }),
    }),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  /** True until the welcome after sign-up has been shown once, on any device. */
  welcomeDue: z.boolean(),
  /** The language chosen for every device and email, or null while the device decides. */
  language: z.enum(LANGUAGE_CODES).nullable(),
  /**
   * A staff account without a confirmed second factor: it sees nothing of any person, and the
   * web app sends it to set two-step sign-in up (decision 0039). Always false for people and
   * supporters, who may add one if they want.
   */
  secondFactorRequired: z.boolean(),
});
export type Account = z.infer<typeof accountSchema>;

/** Settings: the name the person is called by. (Email and password are changed elsewhere.) */
export const accountChangeSchema = z.strictObject({ displayName: displayName() });
export type AccountChange = z.infer<typeof accountChangeSchema>;

/** Choosing a language: one of those Waymark speaks (domain/i18n/languages.ts). */
export const languageChoiceSchema = z.strictObject({
  language: z.enum(LANGUAGE_CODES, { error: () => say('validation.language') }),
});
export type LanguageChoice = z.infer<typeof languageChoiceSchema>;

export const sessionSchema = z.object({ account: accountSchema, csrfToken: z.string() });
export type SessionInfo = z.infer<typeof sessionSchema>;
/**
 * The session check (GET /api/auth/session): the session, or nobody signed in on this browser.
 * Being signed out is an answer, not an error: a 401 is a console error on every signed-out page.
 */
export const sessionCheckSchema = z.union([
  sessionSchema,
  z.object({ account: z.null(), csrfToken: z.null() }),
]);
export type SessionCheck = z.infer<typeof sessionCheckSchema>;
/**
 * A live session on the server: what its browser is told, the hash that names it in the store,
 * and how many whole seconds it has left if nothing more is asked of the server.
 */
export type ActiveSession = SessionInfo & { tokenHash: string; endsInSeconds: number };
