// The signed-in account's notifications, its choices of which it gets, and the person's choice
// of whom to alert on an early warning sign. Answers are parsed with the shared schemas.
import {
  type AlertChoice,
  alertChoiceSchema,
} from '../../../domain/notifications/alerts.schema.ts';
import {
  type NotificationList,
  type NotificationSettings,
  notificationListSchema,
  notificationSettingsSchema,
} from '../../../domain/notifications/notifications.schema.ts';
import { recordPath, request } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';

export const notifications = {
  list: async (signal?: AbortSignal): Promise<NotificationList> =>
    notificationListSchema.parse(await request<unknown>('GET', '/notifications', { signal })),
  markRead: (id: string) => request<void>('POST', `/notifications/${encodeURIComponent(id)}/read`),
  markAllRead: () => request<void>('POST', '/notifications/read-all'),
  settings: async (signal?: AbortSignal): Promise<NotificationSettings> =>
    notificationSettingsSchema.parse(
      await request<unknown>('GET', '/notifications/settings', { signal }),
    ),
  saveSettings: async (settings: NotificationSettings): Promise<NotificationSettings> =>
    notificationSettingsSchema.parse(
      await request<unknown>('PUT', '/notifications/settings', { body: settings }),
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
  get: async (personId: string, signal?: AbortSignal): Promise<AlertChoice> =>
    alertChoiceSchema.parse(await request<unknown>('GET', alertsPath(personId), { signal })),
  choose: async (personId: string, relationshipIds: string[]): Promise<AlertChoice> =>
    alertChoiceSchema.parse(
      await request<unknown>('PUT', alertsPath(personId), { body: { relationshipIds } }),
    ),
};

export const useAlertChoice = (personId: string) =>
  useResource((signal) => alerts.get(personId, signal), [personId]);
