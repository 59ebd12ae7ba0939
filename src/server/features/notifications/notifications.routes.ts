// The signed-in account's own notifications and its choice of which it gets. Outside any
// person's record: every route acts on the caller's account only, so there is no id to name
// and nobody can read or mark another account's notifications.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  notificationListSchema,
  notificationSettingsSchema,
  unreadCountSchema,
} from '../../../domain/notifications/notifications.schema.ts';
import { id, z } from '../../../domain/validation.ts';
import { OWN_ACCOUNT, SIGNED_IN } from '../../http/access.ts';
import type { NotificationService } from './notifications.service.ts';

function accountIdOf(request: FastifyRequest): string {
  if (!request.session) throw new Error('signed-in route reached without a session');
  return request.session.account.id;
}

export function registerNotificationRoutes(
  app: FastifyInstance,
  notifications: NotificationService,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/notifications', {
    config: { access: SIGNED_IN },
    schema: { response: { 200: notificationListSchema } },
    handler: async (request) => notifications.list(accountIdOf(request)),
  });

  // Tiny on purpose: the layout asks it on every page for the count beside "Notifications".
  api.get('/api/notifications/unread', {
    config: { access: SIGNED_IN },
    schema: { response: { 200: unreadCountSchema } },
    handler: async (request) => ({ unread: await notifications.unreadCount(accountIdOf(request)) }),
  });

  api.post('/api/notifications/:id/read', {
    config: { access: SIGNED_IN },
    schema: { params: z.object({ id: id() }) },
    handler: async (request, reply) => {
      await notifications.markRead(accountIdOf(request), request.params.id);
      return reply.code(204).send();
    },
  });

  api.post('/api/notifications/read-all', {
    config: { access: SIGNED_IN },
    handler: async (request, reply) => {
      await notifications.markAllRead(accountIdOf(request));
      return reply.code(204).send();
    },
  });

  api.get('/api/notifications/settings', {
    config: { access: OWN_ACCOUNT },
    schema: { response: { 200: notificationSettingsSchema } },
    handler: async (request) => notifications.settings(accountIdOf(request)),
  });

  api.put('/api/notifications/settings', {
    config: { access: OWN_ACCOUNT },
    schema: { body: notificationSettingsSchema, response: { 200: notificationSettingsSchema } },
    handler: async (request) => {
      const accountId = accountIdOf(request);
      await notifications.saveSettings(accountId, request.body);
      return notifications.settings(accountId);
    },
  });
}
