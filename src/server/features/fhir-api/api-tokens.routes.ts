// The person's API tokens (decision 0049): list, issue, revoke. Owner only (the OWNER rule:
// anyone else gets the 404 of a record that is not there). The token itself is in the answer
// to the issue alone, never in a list.
import '../../../domain/i18n/api-tokens.messages.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  apiTokenListSchema,
  issueApiTokenSchema,
  issuedApiTokenSchema,
} from '../../../domain/fhir-api/api-tokens.schema.ts';
import { z } from '../../../domain/validation.ts';
import { OWNER } from '../../http/access.ts';
import type { ApiTokenService } from './api-tokens.service.ts';

const base = '/api/people/:personId/api-tokens';
const params = z.object({ personId: z.string() });

export function registerApiTokenRoutes(app: FastifyInstance, tokens: ApiTokenService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(base, {
    config: { access: OWNER },
    schema: { params, response: { 200: apiTokenListSchema } },
    handler: async (request) => ({ items: await tokens.list(request.params.personId) }),
  });

  api.post(base, {
    config: { access: OWNER },
    schema: { params, body: issueApiTokenSchema, response: { 201: issuedApiTokenSchema } },
    handler: async (request, reply) => {
      const issued = await tokens.issue(request.params.personId, request.body);
      return reply.code(201).send(issued);
    },
  });

  api.delete(`${base}/:tokenId`, {
    config: { access: OWNER },
    schema: { params: params.extend({ tokenId: z.string().max(100) }) },
    handler: async (request, reply) => {
      await tokens.revoke(request.params.personId, request.params.tokenId);
      return reply.code(204).send();
    },
  });
}
