// Passkeys (decision 0041). Settings: the signed-in account's own passkeys, so no route names an
// account. Signing in: a passkey as the second step, which needs the pending sign-in's cookie a
// right password gave (auth.routes.ts) and no session, like the app's code.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { sessionSchema } from '../../../domain/auth/auth.schema.ts';
import {
  addPasskeySchema,
  authenticationOptionsSchema,
  passkeyListSchema,
  passkeyParamsSchema,
  passkeySchema,
  passkeySignInSchema,
  registrationOptionsSchema,
  removePasskeySchema,
} from '../../../domain/auth/passkey.schema.ts';
import { z } from '../../../domain/validation.ts';
import type { Config } from '../../config.ts';
import { OWN_ACCOUNT, PUBLIC } from '../../http/access.ts';
import { NOT_COMPRESSED } from '../../http/compression.ts';
import {
  clearPendingSignInCookie,
  knownDeviceToken,
  ourOrigin,
  pendingSignInToken,
  sessionOf,
  startSession,
} from '../../http/session.ts';
import { authRateLimit } from '../auth/auth.routes.ts';
import type { AuthService } from '../auth/auth.service.ts';
import type { PasskeysService } from './passkeys.service.ts';

export function registerPasskeyRoutes(
  app: FastifyInstance,
  passkeys: PasskeysService,
  auth: AuthService,
  config: Config,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const rpOf = (request: FastifyRequest) => ({ origin: ourOrigin(request, config) });

  api.get('/api/account/passkeys', {
    config: { access: OWN_ACCOUNT },
    schema: { response: { 200: passkeyListSchema } },
    handler: async (request) => ({ passkeys: await passkeys.list(sessionOf(request).account.id) }),
  });

  // A challenge in the answer: never compressed, never kept by a cache.
  api.post('/api/account/passkeys/options', {
    ...NOT_COMPRESSED,
    config: { access: OWN_ACCOUNT, rateLimit: authRateLimit },
    schema: { response: { 200: registrationOptionsSchema } },
    handler: async (request, reply) => {
      reply.header('Cache-Control', 'no-store');
      return passkeys.registrationOptions(sessionOf(request).account, rpOf(request));
    },
  });

  api.post('/api/account/passkeys', {
    config: { access: OWN_ACCOUNT, rateLimit: authRateLimit },
    schema: { body: addPasskeySchema, response: { 201: passkeySchema } },
    handler: async (request, reply) => {
      const added = await passkeys.add(sessionOf(request).account.id, request.body, rpOf(request));
      return reply.code(201).send(added);
    },
  });

  // Rate-limited as signing in is, with the same growing waits after wrong passwords.
  api.delete('/api/account/passkeys/:passkeyId', {
    config: { access: OWN_ACCOUNT, rateLimit: authRateLimit },
    schema: { params: passkeyParamsSchema, body: removePasskeySchema, response: { 204: z.null() } },
    handler: async (request, reply) => {
      const session = sessionOf(request);
      await passkeys.remove(
        {
          accountId: session.account.id,
          email: session.account.email,
          role: session.account.role,
          tokenHash: session.tokenHash,
          address: request.ip,
          deviceToken: knownDeviceToken(request, config),
        },
        request.params.passkeyId,
        request.body.currentPassword,
      );
      return reply.code(204).send(null);
    },
  });

  api.post('/api/auth/passkey/options', {
    ...NOT_COMPRESSED,
    config: { access: PUBLIC, rateLimit: authRateLimit },
    schema: { response: { 200: authenticationOptionsSchema } },
    handler: async (request, reply) => {
      reply.header('Cache-Control', 'no-store');
      return passkeys.signInOptions(pendingSignInToken(request, config), rpOf(request));
    },
  });

  api.post('/api/auth/passkey', {
    ...NOT_COMPRESSED,
    config: { access: PUBLIC, rateLimit: authRateLimit },
    schema: { body: passkeySignInSchema, response: { 200: sessionSchema } },
    handler: async (request, reply) => {
      const accountId = await passkeys.finishSignIn(
        pendingSignInToken(request, config),
        request.body,
        rpOf(request),
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
