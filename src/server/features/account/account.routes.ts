// The caller's own account (Settings and the first-run welcome). Outside any person's record:
// every route acts on the signed-in account and nothing else, so there is no id to name.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { accountChangeSchema, accountSchema } from '../../../domain/auth/auth.schema.ts';
import { SIGNED_IN } from '../../http/access.ts';
import type { AccountService } from './account.service.ts';

function accountIdOf(request: FastifyRequest): string {
  if (!request.session) throw new Error('signed-in route reached without a session');
  return request.session.account.id;
}

export function registerAccountRoutes(app: FastifyInstance, accounts: AccountService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/account', {
    config: { access: SIGNED_IN },
    schema: { response: { 200: accountSchema } },
    handler: async (request) => accounts.current(accountIdOf(request)),
  });

  api.patch('/api/account', {
    config: { access: SIGNED_IN },
    schema: { body: accountChangeSchema, response: { 200: accountSchema } },
    handler: async (request) => accounts.change(accountIdOf(request), request.body),
  });

  api.post('/api/account/welcomed', {
    config: { access: SIGNED_IN },
    schema: { response: { 200: accountSchema } },
    handler: async (request) => accounts.welcomed(accountIdOf(request)),
  });
}
