// Settings, "Password and devices": changing the password, and the devices signed in to the
// account. Shared by the server's routes and the web page; kept apart from auth.schema.ts so
// that the sign-in page's first load does not build these schemas.
import { say } from '../i18n/said.ts';
import { LIMITS, z } from '../validation.ts';
import { newPassword } from './auth.schema.ts';

export const passwordChangeSchema = z.strictObject({
  currentPassword: z
    .string()
    .min(1, { error: () => say('validation.required.currentPassword') })
    .max(LIMITS.passwordMax, {
      error: () => say('validation.tooLong', { max: LIMITS.passwordMax }),
    }),
  newPassword: newPassword(),
});
export type PasswordChange = z.infer<typeof passwordChangeSchema>;

/** After a change: how many other devices were signed out. */
export const passwordChangedSchema = z.object({ signedOutElsewhere: z.number().int() });
export type PasswordChanged = z.infer<typeof passwordChangedSchema>;

/**
 * One signed-in device (a live session of the account). `id` names it for signing it out; it
 * is not the session's token or the token's stored hash, so it cannot be used to sign in.
 */
export const deviceSessionSchema = z.object({
  id: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  thisDevice: z.boolean(),
});
export type DeviceSession = z.infer<typeof deviceSessionSchema>;
export const deviceSessionsSchema = z.object({ items: z.array(deviceSessionSchema) });
