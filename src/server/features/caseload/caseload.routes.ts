// GET /api/caseload (decision 0044): signed in; a practitioner without a second factor gets the
// usual refusal from the access step, and the service answers only about people connected to
// the caller's teams now, each read through the one access model.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { isAccountActor } from '../../../domain/access/policy.ts';
import { caseloadQuerySchema, caseloadSchema } from '../../../domain/caseload/caseload.schema.ts';
import { AppError } from '../../../domain/errors.ts';
import { SIGNED_IN } from '../../http/access.ts';
import type { CaseloadService } from './caseload.service.ts';

export function registerCaseloadRoutes(app: FastifyInstance, caseload: CaseloadService): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/caseload', {
    config: { access: SIGNED_IN },
    schema: { querystring: caseloadQuerySchema, response: { 200: caseloadSchema } },
    handler: async (request) => {
      const actor = request.actor;
      if (!actor || !isAccountActor(actor)) throw new AppError('WM_AUTH_REQUIRED');
      const { sort, team, needsAttention } = request.query;
      return caseload.caseloadOf(actor, {
        sort,
        needsAttention,
        ...(team === undefined ? {} : { team }),
      });
    },
  });
}
