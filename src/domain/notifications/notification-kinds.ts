// What a notification can be about, free of zod: the settings page lists the kinds before any
// schema loads, and notifications.schema.ts checks a notification's kind against the same list.
export const NOTIFICATION_KINDS = [
  'suggestion_made',
  'suggestion_decided',
  'invitation_accepted',
  'early_warning',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];
