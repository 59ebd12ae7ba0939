// The person invites someone in, lists and withdraws pending invitations; a signed-in account
// looks at an invitation and accepts it. Owner-only routes use a write rule on the record:
// only the owner writes any section (decision 0017), so nobody else passes it, and everybody
// else gets the same 404 as a record that is not there. Nothing here reads record data.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../../domain/errors.ts';
import {
  acceptedInvitationSchema,
  acceptInvitationSchema,
  createdInvitationSchema,
  createInvitationSchema,
  invitationListSchema,
  invitationPreviewSchema,
} from '../../../domain/sharing/invitation.schema.ts';
import { id, z } from '../../../domain/validation.ts';
import { record, SIGNED_IN, scopeOf } from '../../http/access.ts';
import type { InvitationService } from './invitations.service.ts';

/** Passed by the owner alone: only the owner may write, and invitations are the owner's. */
const OWNER_ONLY = record('about_me', 'write');
const base = '/api/people/:personId/invitations';
const params = z.object({ personId: z.string() });
/** Tokens are only looked up, never echoed; a wrong guess costs one address-limited request. */
const LOOKUP_LIMIT = { max: 30, timeWindow: '1 minute' };

function accountOf(request: FastifyRequest): string {
  const actor = request.actor;
  if (!actor || !('accountId' in actor)) throw new Error('Signed-in route without an account');
  return actor.accountId;
}

/**
 * A service admin sees nobody's record (decision 0038), so an invitation is not for them: they
 * get the answer of an invitation that does not work, and learn nobody's name from it.
 */
function refuseServiceAdmin(request: FastifyRequest): void {
  const actor = request.actor;
  if (actor && 'accountId' in actor && actor.role === 'service_admin') throw notFound();
}

export function registerInvitationRoutes(app: FastifyInstance, invitations: InvitationService) {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(base, {
    config: { access: OWNER_ONLY },
    schema: { params, body: createInvitationSchema, response: { 201: createdInvitationSchema } },
    handler: async (request, reply) => {
      reply.header('Cache-Control', 'no-store');
      return reply.code(201).send(await invitations.create(scopeOf(request), request.body));
    },
  });

  api.get(base, {
    config: { access: OWNER_ONLY },
    schema: { params, response: { 200: invitationListSchema } },
    handler: async (request) => ({ items: await invitations.pending(scopeOf(request)) }),
  });

  api.delete(`${base}/:id`, {
    config: { access: OWNER_ONLY },
    schema: { params: params.extend({ id: id() }) },
    handler: async (request, reply) => {
      await invitations.withdraw(scopeOf(request), request.params.id);
      return reply.code(204).send();
    },
  });

  api.get('/api/invitations/:token', {
    config: { access: SIGNED_IN, rateLimit: LOOKUP_LIMIT },
    schema: {
      params: z.object({ token: z.string().max(200) }),
      response: { 200: invitationPreviewSchema },
    },
    handler: async (request, reply) => {
      reply.header('Referrer-Policy', 'no-referrer');
      refuseServiceAdmin(request);
      return invitations.preview(request.params.token);
    },
  });

  // A POST, so the code never appears in a URL or a log line.
  api.post('/api/invitations/preview', {
    config: { access: SIGNED_IN, rateLimit: LOOKUP_LIMIT },
    schema: {
      body: z.strictObject({ code: z.string().min(1).max(40) }),
      response: { 200: invitationPreviewSchema },
    },
    handler: async (request) => {
      refuseServiceAdmin(request);
      return invitations.previewByCode(accountOf(request), request.body.code);
    },
  });

  api.post('/api/invitations/accept', {
    config: { access: SIGNED_IN, rateLimit: LOOKUP_LIMIT },
    schema: { body: acceptInvitationSchema, response: { 200: acceptedInvitationSchema } },
    handler: async (request) => {
      refuseServiceAdmin(request);
      return invitations.accept(accountOf(request), request.body);
    },
  });
}
