// Services over HTTP (decision 0038): a service admin sets up their account through the
// one-time link the operator's command gave (signed out; limited per address like sign-in),
// and reads which service they work for. Nothing here reads any person's record.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sessionSchema } from '../../../domain/auth/auth.schema.ts';
import { notFound } from '../../../domain/errors.ts';
import { myServiceSchema, setUpSchema } from '../../../domain/services/services.schema.ts';
import type { Config } from '../../config.ts';
import { PUBLIC, SIGNED_IN } from '../../http/access.ts';
import { NOT_COMPRESSED } from '../../http/compression.ts';
import { startSession } from '../../http/session.ts';
import { authRateLimit } from '../auth/auth.routes.ts';
import type { AuthService } from '../auth/auth.service.ts';
import type { ServicesUseCases } from './services.service.ts';

export function registerServiceRoutes(
  app: FastifyInstance,
  services: ServicesUseCases,
  auth: AuthService,
  config: Config,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post('/api/set-up', {
    // The answer carries the new session's CSRF token (decision 0014).
    ...NOT_COMPRESSED,
    config: { access: PUBLIC, rateLimit: authRateLimit },
    schema: { body: setUpSchema, response: { 200: sessionSchema } },
    handler: async (request, reply) => {
      const accountId = await services.setUp(request.body);
      const session = await auth.signInAfterSetUp(accountId);
      startSession(reply, session, config);
      return { account: session.account, csrfToken: session.csrfToken };
    },
  });

  api.get('/api/my-service', {
    config: { access: SIGNED_IN },
    schema: { response: { 200: myServiceSchema } },
    handler: async (request) => {
      if (!request.session) throw notFound();
      return services.mine(request.session.account.id);
    },
  });
}
