// POST /api/account/close (issue 15): the signed-in account closes itself. Like signing out,
// the answer clears this browser's cookie and what it kept (cached pages, an offline copy).
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountClosureSchema } from '../../../domain/auth/account-closure.schema.ts';
import { z } from '../../../domain/validation.ts';
import type { Config } from '../../config.ts';
import { OWN_ACCOUNT } from '../../http/access.ts';
import { clearSessionCookie, knownDeviceToken } from '../../http/session.ts';
import { authRateLimit } from '../auth/auth.routes.ts';
import type { AccountClosureUseCases } from './account-closure.service.ts';

export function registerAccountClosureRoutes(
  app: FastifyInstance,
  closure: AccountClosureUseCases,
  config: Config,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  // Rate-limited as signing in is: the password is checked with the same growing waits.
  api.post('/api/account/close', {
    config: { access: OWN_ACCOUNT, rateLimit: authRateLimit },
    schema: { body: accountClosureSchema, response: { 204: z.null() } },
    handler: async (request, reply) => {
      const session = request.session;
      if (!session) throw new Error('signed-in route reached without a session');
      await closure.close(
        {
          accountId: session.account.id,
          role: session.account.role,
          email: session.account.email,
          address: request.ip,
          deviceToken: knownDeviceToken(request, config),
        },
        request.body,
      );
      clearSessionCookie(reply);
      reply.header('Clear-Site-Data', '"cache", "storage"');
      return reply.code(204).send(null);
    },
  });
}
