// The person's choice to count in their services' outcome reports (decision 0051). Owner only
// (the OWNER rule: anyone else, staff and supporters included, gets the 404 of a record that is
// not there); no request can make anyone else count or stop counting.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  changeOutcomeConsentSchema,
  outcomeConsentSchema,
} from '../../../domain/outcomes/outcome-consent.schema.ts';
import { z } from '../../../domain/validation.ts';
import { OWNER } from '../../http/access.ts';
import type { OutcomeConsentService } from './outcome-consent.service.ts';

const path = '/api/people/:personId/outcome-consent';
const params = z.object({ personId: z.string() });

export function registerOutcomeConsentRoutes(
  app: FastifyInstance,
  consent: OutcomeConsentService,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(path, {
    config: { access: OWNER },
    schema: { params, response: { 200: outcomeConsentSchema } },
    handler: (request) => consent.read(request.params.personId),
  });

  api.put(path, {
    config: { access: OWNER },
    schema: { params, body: changeOutcomeConsentSchema, response: { 200: outcomeConsentSchema } },
    handler: (request) => consent.choose(request.params.personId, request.body.optedIn),
  });
}
