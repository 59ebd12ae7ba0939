import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  sessionCheckSchema,
  sessionSchema,
  signInSchema,
  signUpSchema,
} from '../../../domain/auth/auth.schema.ts';
import {
  PENDING_SIGN_IN_MINUTES,
  secondFactorRequiredSchema,
} from '../../../domain/auth/second-factor.schema.ts';
import { z } from '../../../domain/validation.ts';
import type { Config } from '../../config.ts';
import { PUBLIC } from '../../http/access.ts';
import { NOT_COMPRESSED } from '../../http/compression.ts';
import {
  clearSessionCookie,
  knownDeviceToken,
  setKnownDeviceCookie,
  setPendingSignInCookie,
  setSessionCookie,
  startSession,
} from '../../http/session.ts';
import type { AuthService } from './auth.service.ts';

// Per address and counted in the database (http/rate-limits.ts), on top of the growing waits
// per account and per address in sign-in-guard.ts.
export const authRateLimit = { max: 20, timeWindow: '1 minute' };

export function registerAuthRoutes(app: FastifyInstance, auth: AuthService, config: Config): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post('/api/auth/sign-up', {
    ...NOT_COMPRESSED,
    config: { access: PUBLIC, rateLimit: authRateLimit },
    schema: { body: signUpSchema, response: { 201: sessionSchema } },
    handler: async (request, reply) => {
      const session = await auth.signUp(request.body);
      // The session cookie first: simple clients keep the first cookie they are given.
      setSessionCookie(reply, session, config);
      setKnownDeviceCookie(reply, await auth.rememberDevice(session.account.id), config);
      return reply.code(201).send({ account: session.account, csrfToken: session.csrfToken });
    },
  });

  api.post('/api/auth/sign-in', {
    ...NOT_COMPRESSED,
    config: { access: PUBLIC, rateLimit: authRateLimit },
    schema: {
      body: signInSchema,
      response: { 200: z.union([sessionSchema, secondFactorRequiredSchema]) },
    },
    handler: async (request, reply) => {
      const session = await auth.signIn(request.body, {
        address: request.ip,
        deviceToken: knownDeviceToken(request, config),
      });
      // Two-step sign-in is on: no session yet; the web app asks for the code (decision 0039).
      if ('pendingToken' in session) {
        setPendingSignInCookie(reply, session.pendingToken, config, PENDING_SIGN_IN_MINUTES);
        return { secondFactorRequired: true as const, ...session.ways };
      }
      startSession(reply, session, config);
      return { account: session.account, csrfToken: session.csrfToken };
    },
  });

  // Public and idempotent: signing out after the session already timed out still clears the
  // cookie and answers 204, so the person always ends up signed out.
  api.post('/api/auth/sign-out', {
    config: { access: PUBLIC },
    schema: { response: { 204: z.null() } },
    handler: async (request, reply) => {
      if (request.session) await auth.signOut(request.session.tokenHash);
      clearSessionCookie(reply);
      // Signing out removes what this browser kept: cached pages and any offline copy.
      reply.header('Clear-Site-Data', '"cache", "storage"');
      return reply.code(204).send(null);
    },
  });

  api.get('/api/auth/session', {
    ...NOT_COMPRESSED,
    config: { access: PUBLIC },
    schema: { response: { 200: sessionCheckSchema } },
    handler: async (request) => {
      const session = request.session;
      if (!session) return { account: null, csrfToken: null };
      return { account: session.account, csrfToken: session.csrfToken };
    },
  });
}
