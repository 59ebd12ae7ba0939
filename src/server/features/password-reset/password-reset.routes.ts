// Password reset over HTTP (issue 15): both routes are for someone signed out, limited per
// address like sign-in. Asking answers 202 whatever the email, so it tells nobody who has an
// account; the email is sent after the answer, so its timing tells nothing either.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  forgotPasswordSchema,
  passwordResetAnswerSchema,
  resetPasswordSchema,
} from '../../../domain/auth/password-reset.schema.ts';
import { PUBLIC } from '../../http/access.ts';
import { authRateLimit } from '../auth/auth.routes.ts';
import type { PasswordResetUseCases } from './password-reset.service.ts';

export function registerPasswordResetRoutes(
  app: FastifyInstance,
  reset: PasswordResetUseCases,
  log: { error(details: object, message: string): void },
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  // Sends still running when the server closes are waited for, so none is cut off half way.
  const sending = new Set<Promise<void>>();
  app.addHook('onClose', async () => {
    await Promise.all(sending);
  });

  api.post('/api/auth/password-reset', {
    config: { access: PUBLIC, rateLimit: authRateLimit },
    schema: { body: forgotPasswordSchema, response: { 202: passwordResetAnswerSchema } },
    handler: async (request, reply) => {
      const asked = request.body;
      // After the answer: how long sending takes must not say whether the account exists.
      const send = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => reset.request(asked))
        .catch((error) => log.error({ err: error }, 'password reset failed'))
        .finally(() => sending.delete(send));
      sending.add(send);
      return reply.code(202).send({ ok: true });
    },
  });

  api.post('/api/auth/password-reset/complete', {
    config: { access: PUBLIC, rateLimit: authRateLimit },
    schema: { body: resetPasswordSchema, response: { 200: passwordResetAnswerSchema } },
    handler: async (request) => {
      await reset.complete(request.body);
      return { ok: true as const };
    },
  });
}
