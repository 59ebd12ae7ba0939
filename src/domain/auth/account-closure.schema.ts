// Closing an account (issue 15): the person confirms with their password and by saying they
// understand that their record will be erased. Shared by the server's route and the web page.
import { say } from '../i18n/said.ts';
import { LIMITS, z } from '../validation.ts';

export const accountClosureSchema = z.strictObject({
  currentPassword: z
    .string()
    .min(1, { error: () => say('validation.required.currentPassword') })
    .max(LIMITS.passwordMax, {
      error: () => say('validation.tooLong', { max: LIMITS.passwordMax }),
    }),
  /** The person ticked "I understand my record will be erased and cannot be brought back". */
  understood: z.literal(true, { error: () => say('closeAccount.understoodRequired') }),
});
export type AccountClosure = z.infer<typeof accountClosureSchema>;
