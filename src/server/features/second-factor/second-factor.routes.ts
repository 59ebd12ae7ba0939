// Two-step sign-in (decision 0039). Settings: the signed-in account's own factor, so no route
// names an account. Signing in: the second step, which needs the pending sign-in's cookie that
// a right password gave (auth.routes.ts) and no session.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sessionSchema } from '../../../domain/auth/auth.schema.ts';
import {
  recoveryCodesSchema,
  secondFactorOffSchema,
  secondFactorSignInSchema,
  secondFactorStatusSchema,
  totpConfirmSchema,
  totpEnrolmentSchema,
} from '../../../domain/auth/second-factor.schema.ts';
import { z } from '../../../domain/validation.ts';
import type { Config } from '../../config.ts';
import { OWN_ACCOUNT, PUBLIC } from '../../http/access.ts';
import { NOT_COMPRESSED } from '../../http/compression.ts';
import {
  clearPendingSignInCookie,
  knownDeviceToken,
  pendingSignInToken,
  sessionOf,
  startSession,
} from '../../http/session.ts';
import { authRateLimit } from '../auth/auth.routes.ts';
import type { AuthService } from '../auth/auth.service.ts';
import type { SecondFactorService } from './second-factor.service.ts';

export function registerSecondFactorRoutes(
  app: FastifyInstance,
  secondFactor: SecondFactorService,
  auth: AuthService,
  config: Config,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/account/second-factor', {
    config: { access: OWN_ACCOUNT },
    schema: { response: { 200: secondFactorStatusSchema } },
    handler: async (request) => secondFactor.status(sessionOf(request).account.id),
  });

  // The secret is in the answer: never compressed (a secret beside attacker-chosen text).
  api.post('/api/account/second-factor/totp', {
    ...NOT_COMPRESSED,
    config: { access: OWN_ACCOUNT },
    schema: { response: { 201: totpEnrolmentSchema } },
    handler: async (request, reply) => {
      const { account } = sessionOf(request);
      reply.header('Cache-Control', 'no-store');
      return reply.code(201).send(await secondFactor.start(account));
    },
  });

  api.post('/api/account/second-factor/totp/confirm', {
    ...NOT_COMPRESSED,
    config: { access: OWN_ACCOUNT, rateLimit: authRateLimit },
    schema: { body: totpConfirmSchema, response: { 200: recoveryCodesSchema } },
    handler: async (request, reply) => {
      reply.header('Cache-Control', 'no-store');
      return secondFactor.confirm(sessionOf(request).account.id, request.body.code);
    },
  });

  // Rate-limited as signing in is, and with the same growing waits after wrong passwords.
  api.delete('/api/account/second-factor', {
    config: { access: OWN_ACCOUNT, rateLimit: authRateLimit },
    schema: { body: secondFactorOffSchema, response: { 204: z.null() } },
    handler: async (request, reply) => {
      const session = sessionOf(request);
      await secondFactor.turnOff(
        {
          accountId: session.account.id,
          email: session.account.email,
          tokenHash: session.tokenHash,
          address: request.ip,
          deviceToken: knownDeviceToken(request, config),
        },
        request.body.currentPassword,
      );
      return reply.code(204).send(null);
    },
  });

  api.post('/api/auth/second-factor', {
    ...NOT_COMPRESSED,
    config: { access: PUBLIC, rateLimit: authRateLimit },
    schema: { body: secondFactorSignInSchema, response: { 200: sessionSchema } },
    handler: async (request, reply) => {
      const accountId = await secondFactor.finishPendingSignIn(
        pendingSignInToken(request, config),
        request.body,
      );
      const session = await auth.finishSignIn(accountId, {
        deviceToken: knownDeviceToken(request, config),
      });
      startSession(reply, session, config);
      clearPendingSignInCookie(reply);
      return { account: session.account, csrfToken: session.csrfToken };
    },
  });
}
