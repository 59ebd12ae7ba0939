// GET /due: what is due for the person today (a check-in, a crisis plan review).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { REMINDER_FREQUENCIES } from '../../../domain/checkins/checkins.schema.ts';
import { calendarDate, z } from '../../../domain/validation.ts';
import { record, scopeOf } from '../../http/access.ts';
import type { ReminderService } from './reminders.service.ts';

export function registerReminderRoutes(app: FastifyInstance, reminders: ReminderService): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/people/:personId/due', {
    config: { access: record('checkins', 'read') },
    schema: {
      params: z.object({ personId: z.string() }),
      querystring: z.strictObject({ today: calendarDate().optional() }),
      response: {
        200: z.object({
          today: z.string(),
          checkin: z.object({
            due: z.boolean(),
            frequency: z.enum(REMINDER_FREQUENCIES),
            lastCheckinOn: z.string().nullable(),
            nextDueOn: z.string().nullable(),
          }),
          crisisPlanReview: z
            .object({
              due: z.boolean(),
              lastReviewed: z.string().nullable(),
              reason: z.enum(['never_reviewed', 'over_six_months']).nullable(),
            })
            .nullable(),
        }),
      },
    },
    handler: async (request) => reminders.due(scopeOf(request), request.query.today),
  });
}
