// The caller's own account (Settings and the first-run welcome). Outside any person's record:
// every route acts on the signed-in account and nothing else, so there is no id to name.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  deviceSessionsSchema,
  passwordChangedSchema,
  passwordChangeSchema,
} from '../../../domain/auth/account-security.schema.ts';
import {
  accountChangeSchema,
  accountSchema,
  languageChoiceSchema,
} from '../../../domain/auth/auth.schema.ts';
import { z } from '../../../domain/validation.ts';
import type { Config } from '../../config.ts';
import { OWN_ACCOUNT } from '../../http/access.ts';
import { NOT_COMPRESSED } from '../../http/compression.ts';
import { clearSessionCookie, knownDeviceToken, sessionOf } from '../../http/session.ts';
import { authRateLimit } from '../auth/auth.routes.ts';
import type { AccountService } from './account.service.ts';
import type { AccountSecurityService } from './account-security.service.ts';

function accountIdOf(request: FastifyRequest): string {
  if (!request.session) throw new Error('signed-in route reached without a session');
  return request.session.account.id;
}

export function registerAccountRoutes(
  app: FastifyInstance,
  accounts: AccountService,
  security: AccountSecurityService,
  config: Config,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/account', {
    config: { access: OWN_ACCOUNT },
    schema: { response: { 200: accountSchema } },
    handler: async (request) => accounts.current(accountIdOf(request)),
  });

  api.patch('/api/account', {
    config: { access: OWN_ACCOUNT },
    schema: { body: accountChangeSchema, response: { 200: accountSchema } },
    handler: async (request) => accounts.change(accountIdOf(request), request.body),
  });

  api.put('/api/account/language', {
    config: { access: OWN_ACCOUNT },
    schema: { body: languageChoiceSchema, response: { 200: accountSchema } },
    handler: async (request) => accounts.chooseLanguage(accountIdOf(request), request.body),
  });

  api.post('/api/account/welcomed', {
    config: { access: OWN_ACCOUNT },
    schema: { response: { 200: accountSchema } },
    handler: async (request) => accounts.welcomed(accountIdOf(request)),
  });

  // Rate-limited as signing in is, and with the same growing waits after wrong passwords.
  api.post('/api/account/password', {
    ...NOT_COMPRESSED,
    config: { access: OWN_ACCOUNT, rateLimit: authRateLimit },
    schema: { body: passwordChangeSchema, response: { 200: passwordChangedSchema } },
    handler: async (request) => {
      const session = sessionOf(request);
      return security.changePassword(
        {
          accountId: session.account.id,
          email: session.account.email,
          tokenHash: session.tokenHash,
          address: request.ip,
          deviceToken: knownDeviceToken(request, config),
        },
        request.body,
      );
    },
  });

  api.get('/api/account/sessions', {
    config: { access: OWN_ACCOUNT },
    schema: { response: { 200: deviceSessionsSchema } },
    handler: async (request) => {
      const session = sessionOf(request);
      return {
        items: await security.devices({
          accountId: session.account.id,
          tokenHash: session.tokenHash,
        }),
      };
    },
  });

  api.delete('/api/account/sessions/:id', {
    config: { access: OWN_ACCOUNT },
    schema: {
      params: z.object({ id: z.string().max(64) }),
      response: { 204: z.null() },
    },
    handler: async (request, reply) => {
      const session = sessionOf(request);
      const { thisDevice } = await security.signOutDevice(
        { accountId: session.account.id, tokenHash: session.tokenHash },
        request.params.id,
      );
      // Signing out this very device from the list: as the Sign out button does.
      if (thisDevice) {
        clearSessionCookie(reply);
        reply.header('Clear-Site-Data', '"cache", "storage"');
      }
      return reply.code(204).send(null);
    },
  });
}
