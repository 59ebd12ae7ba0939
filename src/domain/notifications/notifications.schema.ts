// Notifications say who did something and link to it; they never carry record content. The
// same shapes serve the API's answers and the web's pages.
import { z } from '../validation.ts';
import { NOTIFICATION_KINDS } from './notification-kinds.ts';

export { NOTIFICATION_KINDS, type NotificationKind } from './notification-kinds.ts';

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.enum(NOTIFICATION_KINDS),
  /** The name of who did it, as the recipient knows them. */
  actorName: z.string(),
  /** The person whose record it is about, if any. */
  aboutPersonId: z.string().nullable(),
  /** A path in the web app, starting with "/". */
  link: z.string(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof notificationSchema>;

export const notificationListSchema = z.object({
  items: z.array(notificationSchema),
  unread: z.number().int(),
});
export type NotificationList = z.infer<typeof notificationListSchema>;

export const unreadCountSchema = z.object({ unread: z.number().int() });

const choice = z.strictObject({ inApp: z.boolean(), email: z.boolean() });
export type NotificationChoice = z.infer<typeof choice>;

export const notificationSettingsSchema = z.strictObject({
  suggestion_made: choice,
  suggestion_decided: choice,
  invitation_accepted: choice,
  early_warning: choice,
});
export type NotificationSettings = z.infer<typeof notificationSettingsSchema>;

/** Until an account chooses: in the app yes, email no (email is opt-in). */
export const DEFAULT_NOTIFICATION_CHOICE: NotificationChoice = { inApp: true, email: false };

/** Most notifications one list answer holds (the newest). */
export const NOTIFICATION_LIST_LIMIT = 50;
