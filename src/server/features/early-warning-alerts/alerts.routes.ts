// The person's choice of whom to alert, beside their staying-well plan. Owner-only: a write
// rule on the staying-well section, which only the owner passes (decision 0017); everybody else
// gets the same 404 as a record that is not there, and nothing here is record content.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  alertChoiceInputSchema,
  alertChoiceSchema,
} from '../../../domain/notifications/alerts.schema.ts';
import { z } from '../../../domain/validation.ts';
import { record, scopeOf } from '../../http/access.ts';
import type { AlertService } from './alerts.service.ts';

const OWNER_ONLY = record('staying_well', 'write');
const url = '/api/people/:personId/staying-well-plan/alerts';
const params = z.object({ personId: z.string() });

export function registerAlertRoutes(app: FastifyInstance, alerts: AlertService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(url, {
    config: { access: OWNER_ONLY },
    schema: { params, response: { 200: alertChoiceSchema } },
    handler: async (request) => alerts.choice(scopeOf(request)),
  });

  api.put(url, {
    config: { access: OWNER_ONLY },
    schema: { params, body: alertChoiceInputSchema, response: { 200: alertChoiceSchema } },
    handler: async (request) => alerts.choose(scopeOf(request), request.body),
  });
}
