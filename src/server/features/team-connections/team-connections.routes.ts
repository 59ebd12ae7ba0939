// Teams over HTTP (decision 0040). The person's side is their own record's settings (OWNER):
// anyone else gets the 404. The staff side is signed in; the use cases answer only about teams
// the caller is in now, and give the 404 of a page that is not there for any other.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { isAccountActor } from '../../../domain/access/policy.ts';
import { AppError } from '../../../domain/errors.ts';
import {
  connectedTeamSchema,
  connectTeamSchema,
  myPeopleSchema,
  myTeamSchema,
  myTeamsSchema,
  teamCodeInputSchema,
  teamPreviewSchema,
} from '../../../domain/services/team-connect.schema.ts';
import { id, z } from '../../../domain/validation.ts';
import { OWNER, SIGNED_IN } from '../../http/access.ts';
import type { TeamConnections } from './team-connections.service.ts';

const base = '/api/people/:personId/teams';
const params = z.object({ personId: z.string() });
const noContent = { 204: z.null() };

function accountActor(request: FastifyRequest) {
  const actor = request.actor;
  if (!actor || !isAccountActor(actor)) throw new AppError('WM_AUTH_REQUIRED');
  return actor;
}

export function registerTeamConnectionRoutes(app: FastifyInstance, teams: TeamConnections): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(`${base}/preview`, {
    config: { access: OWNER },
    schema: { params, body: teamCodeInputSchema, response: { 200: teamPreviewSchema } },
    handler: async (request) => teams.preview(request.params.personId, request.body.code),
  });

  api.post(base, {
    config: { access: OWNER },
    schema: { params, body: connectTeamSchema, response: { 201: connectedTeamSchema } },
    handler: async (request, reply) => {
      const connected = await teams.connect(request.params.personId, request.body);
      return reply.code(201).send(connected);
    },
  });

  api.post(`${base}/:relationshipId/leave`, {
    config: { access: OWNER },
    schema: { params: params.extend({ relationshipId: id() }), response: noContent },
    handler: async (request, reply) => {
      await teams.leaveTeam(request.params.personId, request.params.relationshipId);
      return reply.code(204).send(null);
    },
  });

  api.post('/api/people/:personId/services/:serviceId/leave', {
    config: { access: OWNER },
    schema: { params: params.extend({ serviceId: z.string().max(100) }), response: noContent },
    handler: async (request, reply) => {
      await teams.leaveService(request.params.personId, request.params.serviceId);
      return reply.code(204).send(null);
    },
  });

  api.get('/api/teams', {
    config: { access: SIGNED_IN },
    schema: { response: { 200: myTeamsSchema } },
    handler: async (request) => ({ teams: await teams.myTeams(accountActor(request).accountId) }),
  });

  api.get('/api/teams/my-people', {
    config: { access: SIGNED_IN },
    schema: { response: { 200: myPeopleSchema } },
    handler: async (request) => ({
      people: await teams.peopleConnectedToMyTeams(accountActor(request)),
    }),
  });

  api.get('/api/teams/:teamId', {
    config: { access: SIGNED_IN },
    schema: { params: z.object({ teamId: z.string().max(100) }), response: { 200: myTeamSchema } },
    handler: async (request) =>
      teams.myTeam(accountActor(request).accountId, request.params.teamId),
  });
}
