// A service admin's teams and staff over HTTP (issue 14). Signed in is the route's rule; the use
// cases then answer only an enabled admin of an enabled service, about that service, and give
// anyone else the 404 of a page that is not there. Nothing here reads any person's record.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../../domain/errors.ts';
import { teamCodeSchema } from '../../../domain/services/team-connect.schema.ts';
import {
  staffInvitedSchema,
  staffInviteSchema,
  staffListSchema,
  staffMemberSchema,
  teamInputSchema,
  teamLeadSchema,
  teamListSchema,
  teamSchema,
} from '../../../domain/services/teams.schema.ts';
import { z } from '../../../domain/validation.ts';
import { SIGNED_IN } from '../../http/access.ts';
import type { TeamsUseCases } from './teams.service.ts';

const teamParams = z.object({ teamId: z.string().max(100) });
const staffParams = z.object({ accountId: z.string().max(100) });

const callerOf = (request: FastifyRequest) => {
  if (!request.session) throw notFound();
  return request.session.account.id;
};

export function registerTeamRoutes(app: FastifyInstance, teams: TeamsUseCases): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const access = { access: SIGNED_IN };

  api.get('/api/service/teams', {
    config: access,
    schema: { response: { 200: teamListSchema } },
    handler: async (request) => ({ teams: await teams.listTeams(callerOf(request)) }),
  });

  api.post('/api/service/teams', {
    config: access,
    schema: { body: teamInputSchema, response: { 201: teamSchema } },
    handler: async (request, reply) => {
      const team = await teams.createTeam(callerOf(request), request.body);
      return reply.code(201).send(team);
    },
  });

  api.put('/api/service/teams/:teamId', {
    config: access,
    schema: { params: teamParams, body: teamInputSchema, response: { 200: teamSchema } },
    handler: async (request) =>
      teams.renameTeam(callerOf(request), request.params.teamId, request.body),
  });

  api.get('/api/service/teams/:teamId/code', {
    config: access,
    schema: { params: teamParams, response: { 200: teamCodeSchema } },
    handler: async (request) => teams.teamCode(callerOf(request), request.params.teamId),
  });

  api.post('/api/service/teams/:teamId/code', {
    config: access,
    schema: { params: teamParams, response: { 200: teamCodeSchema } },
    handler: async (request) => teams.newTeamCode(callerOf(request), request.params.teamId),
  });

  api.post('/api/service/teams/:teamId/archive', {
    config: access,
    schema: { params: teamParams, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await teams.archiveTeam(callerOf(request), request.params.teamId);
      return reply.code(204).send(null);
    },
  });

  api.delete('/api/service/teams/:teamId/members/:accountId', {
    config: access,
    schema: { params: teamParams.extend(staffParams.shape), response: { 204: z.null() } },
    handler: async (request, reply) => {
      await teams.removeFromTeam(
        callerOf(request),
        request.params.teamId,
        request.params.accountId,
      );
      return reply.code(204).send(null);
    },
  });

  api.put('/api/service/teams/:teamId/members/:accountId/lead', {
    config: access,
    schema: {
      params: teamParams.extend(staffParams.shape),
      body: teamLeadSchema,
      response: { 200: staffMemberSchema },
    },
    handler: async (request) =>
      teams.setTeamLead(
        callerOf(request),
        request.params.teamId,
        request.params.accountId,
        request.body.lead,
      ),
  });

  api.get('/api/service/staff', {
    config: access,
    schema: { response: { 200: staffListSchema } },
    handler: async (request) => ({ staff: await teams.listStaff(callerOf(request)) }),
  });

  api.post('/api/service/staff', {
    config: access,
    schema: { body: staffInviteSchema, response: { 201: staffInvitedSchema } },
    handler: async (request, reply) => {
      const invited = await teams.invite(callerOf(request), request.body);
      return reply.code(201).send(invited);
    },
  });

  api.post('/api/service/staff/:accountId/disable', {
    config: access,
    schema: { params: staffParams, response: { 200: staffMemberSchema } },
    handler: async (request) => teams.disable(callerOf(request), request.params.accountId),
  });

  api.post('/api/service/staff/:accountId/enable', {
    config: access,
    schema: { params: staffParams, response: { 200: staffMemberSchema } },
    handler: async (request) => teams.enable(callerOf(request), request.params.accountId),
  });
}
