// Making an emergency link to the crisis plan: how long it works, and an optional name the
// person gives it so they can tell their links apart ("For the crisis team"). The name is for
// the person only: whoever opens the link never sees it. Shared by the server and the web form.
import { say } from '../i18n/said.ts';
import { isStorableText, LIMITS, z } from '../validation.ts';

export const EXPIRY_HOURS = { min: 1, max: 30 * 24 } as const;
export const LINK_LABEL_MAX = LIMITS.name;

const expiry = () => ({ error: () => say('validation.expiry') });

/** The person's name for a link: optional, one line, the same limits when made and renamed. */
const label = () =>
  z
    .string()
    .trim()
    .max(LINK_LABEL_MAX, { error: () => say('validation.tooLong', { max: LINK_LABEL_MAX }) })
    .refine(isStorableText, { error: () => say('validation.unstorableText') });

export const newEmergencyLinkSchema = z.strictObject({
  expiresInHours: z
    .number(expiry())
    .int(expiry())
    .min(EXPIRY_HOURS.min, expiry())
    .max(EXPIRY_HOURS.max, expiry()),
  label: label().default(''),
});
export type NewEmergencyLink = z.input<typeof newEmergencyLinkSchema>;

/** Renaming a link the person made (an empty name takes the name away). */
export const emergencyLinkRenameSchema = z.strictObject({ label: label() });
export type EmergencyLinkRename = z.infer<typeof emergencyLinkRenameSchema>;
