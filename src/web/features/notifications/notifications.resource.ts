// The signed-in account's notifications, its choices of which it gets, and the person's choice
// of whom to alert on an early warning sign. Answers are parsed with the shared schemas, which
// load beside the first request (lib/lazy-schema.ts).
import type { AlertChoice } from '../../../domain/notifications/alerts.schema.ts';
import type {
  NotificationList,
  NotificationSettings,
} from '../../../domain/notifications/notifications.schema.ts';
import { recordPath, request } from '../../lib/api.ts';
import { parsed, parsedChange } from '../../lib/lazy-schema.ts';
import { useResource } from '../../lib/resource.ts';

const schemas = () => import('../../../domain/notifications/notifications.schema.ts');
const notificationListSchema = () => schemas().then((m) => m.notificationListSchema);
const notificationSettingsSchema = () => schemas().then((m) => m.notificationSettingsSchema);
const alertChoiceSchema = () =>
  import('../../../domain/notifications/alerts.schema.ts').then((m) => m.alertChoiceSchema);

export const notifications = {
  list: (signal?: AbortSignal): Promise<NotificationList> =>
    parsed(notificationListSchema, request<unknown>('GET', '/notifications', { signal })),
  markRead: (id: string) => request<void>('POST', `/notifications/${encodeURIComponent(id)}/read`),
  markAllRead: () => request<void>('POST', '/notifications/read-all'),
  settings: (signal?: AbortSignal): Promise<NotificationSettings> =>
    parsed(
      notificationSettingsSchema,
      request<unknown>('GET', '/notifications/settings', { signal }),
    ),
  saveSettings: (settings: NotificationSettings): Promise<NotificationSettings> =>
    parsedChange(notificationSettingsSchema, () =>
      request<unknown>('PUT', '/notifications/settings', { body: settings }),
    ),
};

export const useNotifications = () =>
  useResource(
    (signal) => notifications.list(signal),
    [],
    (list) => list.items.length === 0,
  );

export const useNotificationSettings = () =>
  useResource((signal) => notifications.settings(signal), []);

const alertsPath = (personId: string) => recordPath(personId, '/staying-well-plan/alerts');

export const alerts = {
  get: (personId: string, signal?: AbortSignal): Promise<AlertChoice> =>
    parsed(alertChoiceSchema, request<unknown>('GET', alertsPath(personId), { signal })),
  choose: (personId: string, relationshipIds: string[]): Promise<AlertChoice> =>
    parsedChange(alertChoiceSchema, () =>
      request<unknown>('PUT', alertsPath(personId), { body: { relationshipIds } }),
    ),
};

export const useAlertChoice = (personId: string) =>
  useResource((signal) => alerts.get(personId, signal), [personId]);
