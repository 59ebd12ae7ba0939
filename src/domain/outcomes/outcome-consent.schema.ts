// The person's choice to count, anonymously, in their services' outcome reports (decision 0051):
// off until they turn it on, and they can turn it off at any time. Declared once, for the
// server's routes and the Sharing page.
import { z } from '../validation.ts';

export const outcomeConsentSchema = z.object({
  optedIn: z.boolean(),
  /** When they chose to count; null while they do not. */
  optedInAt: z.string().nullable(),
});
export type OutcomeConsent = z.infer<typeof outcomeConsentSchema>;

export const changeOutcomeConsentSchema = z.strictObject({ optedIn: z.boolean() });
export type ChangeOutcomeConsent = z.infer<typeof changeOutcomeConsentSchema>;
