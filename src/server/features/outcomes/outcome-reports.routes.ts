// GET /api/services/:serviceId/outcomes and …/outcomes.csv (issue 16, decision 0053). Signed in is
// the route's rule (a practitioner without a second factor gets its 403 there); the service then
// decides, through the one access model, whether the caller reads this service's or team's report.
// A request for any breakdown by person is refused before the query is even validated, with its
// own code, so nobody mistakes it for a typo.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { isAccountActor } from '../../../domain/access/policy.ts';
import { AppError } from '../../../domain/errors.ts';
import { outcomeReportSchema } from '../../../domain/outcomes/report.schema.ts';
import { assertNotPersonLevel } from '../../../domain/outcomes/report-guards.ts';
import {
  outcomeReportParamsSchema,
  outcomeReportQuerySchema,
} from '../../../domain/outcomes/report-request.schema.ts';
import { SIGNED_IN } from '../../http/access.ts';
import type { OutcomeReports } from './outcome-reports.service.ts';

const accountOf = (request: FastifyRequest) => {
  const actor = request.actor;
  if (!actor || !isAccountActor(actor)) throw new AppError('WM_AUTH_REQUIRED');
  return actor;
};

/** Before validation: any person-level ask is its own 400, not an unknown key. */
const refusePersonLevel = async (request: FastifyRequest) => {
  assertNotPersonLevel((request.query ?? {}) as Record<string, unknown>);
};

/** The CSV file's name: the months it covers, nothing about anyone. */
export const outcomesFileName = (from: string, to: string) =>
  `waymark-outcomes-${from}-to-${to}.csv`;

export function registerOutcomeReportRoutes(app: FastifyInstance, reports: OutcomeReports): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/services/:serviceId/outcomes', {
    config: { access: SIGNED_IN },
    preValidation: refusePersonLevel,
    schema: {
      params: outcomeReportParamsSchema,
      querystring: outcomeReportQuerySchema,
      response: { 200: outcomeReportSchema },
    },
    handler: async (request) =>
      reports.report(accountOf(request), request.params.serviceId, request.query),
  });

  api.get('/api/services/:serviceId/outcomes.csv', {
    config: { access: SIGNED_IN },
    preValidation: refusePersonLevel,
    schema: { params: outcomeReportParamsSchema, querystring: outcomeReportQuerySchema },
    handler: async (request, reply) => {
      const { from, to } = request.query;
      const csv = await reports.csv(accountOf(request), request.params.serviceId, request.query);
      return reply
        .header('Content-Type', 'text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${outcomesFileName(from, to)}"`)
        .header('X-Content-Type-Options', 'nosniff')
        .send(csv);
    },
  });
}
