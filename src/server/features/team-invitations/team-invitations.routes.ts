// A team's invitations by email over HTTP (decision 0050). The team's side is signed in; the use
// cases answer only a practitioner in the team (with a second factor) or its service's admin, and
// give anyone else the 404 of a team that is not there. The person's side is their own record's
// (OWNER): only they may answer for it; anyone else gets the 404.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { isAccountActor } from '../../../domain/access/policy.ts';
import { AppError } from '../../../domain/errors.ts';
import { connectedTeamSchema } from '../../../domain/services/team-connect.schema.ts';
import {
  acceptTeamInvitationSchema,
  pendingTeamInvitationSchema,
  pendingTeamInvitationsSchema,
  teamInvitationInputSchema,
  teamInvitationPreviewSchema,
  teamInvitationTokenSchema,
} from '../../../domain/services/team-invitation.schema.ts';
import { id, z } from '../../../domain/validation.ts';
import { OWNER, SIGNED_IN } from '../../http/access.ts';
import type { TeamInvitations } from './team-invitations.service.ts';

const teamParams = z.object({ teamId: z.string().max(100) });
const personParams = z.object({ personId: z.string() });
const personBase = '/api/people/:personId/teams/invitation';
const noContent = { 204: z.null() };

function callerOf(request: FastifyRequest): string {
  const actor = request.actor;
  if (!actor || !isAccountActor(actor)) throw new AppError('WM_AUTH_REQUIRED');
  return actor.accountId;
}

export function registerTeamInvitationRoutes(
  app: FastifyInstance,
  invitations: TeamInvitations,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/teams/:teamId/invitations', {
    config: { access: SIGNED_IN },
    schema: { params: teamParams, response: { 200: pendingTeamInvitationsSchema } },
    handler: async (request) => invitations.pending(callerOf(request), request.params.teamId),
  });

  api.post('/api/teams/:teamId/invitations', {
    config: { access: SIGNED_IN },
    schema: {
      params: teamParams,
      body: teamInvitationInputSchema,
      response: { 201: pendingTeamInvitationSchema },
    },
    handler: async (request, reply) => {
      const sent = await invitations.invite(callerOf(request), request.params.teamId, request.body);
      return reply.code(201).send(sent);
    },
  });

  api.delete('/api/teams/:teamId/invitations/:invitationId', {
    config: { access: SIGNED_IN },
    schema: { params: teamParams.extend({ invitationId: id() }), response: noContent },
    handler: async (request, reply) => {
      await invitations.withdraw(
        callerOf(request),
        request.params.teamId,
        request.params.invitationId,
      );
      return reply.code(204).send(null);
    },
  });

  api.post(`${personBase}/preview`, {
    config: { access: OWNER },
    schema: {
      params: personParams,
      body: teamInvitationTokenSchema,
      response: { 200: teamInvitationPreviewSchema },
    },
    handler: async (request) => invitations.preview(request.body.token),
  });

  api.post(personBase, {
    config: { access: OWNER },
    schema: {
      params: personParams,
      body: acceptTeamInvitationSchema,
      response: { 201: connectedTeamSchema },
    },
    handler: async (request, reply) => {
      const connected = await invitations.accept(request.params.personId, request.body);
      return reply.code(201).send(connected);
    },
  });

  api.post(`${personBase}/decline`, {
    config: { access: OWNER },
    schema: { params: personParams, body: teamInvitationTokenSchema, response: noContent },
    handler: async (request, reply) => {
      await invitations.decline(request.params.personId, request.body.token);
      return reply.code(204).send(null);
    },
  });
}
