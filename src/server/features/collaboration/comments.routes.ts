// Encouragement on a goal or a step (decision 0030). Reading needs read access on goals,
// commenting the decision's `comment` (whoever reads goals), hiding is the person's alone
// (write). Handlers stay thin: parse, one service call, present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  commentHiddenSchema,
  commentListSchema,
  commentSchema,
  newCommentSchema,
} from '../../../domain/collaboration/collaboration.schema.ts';
import { id, z } from '../../../domain/validation.ts';
import { record, scopeOf } from '../../http/access.ts';
import type { CollaborationService } from './collaboration.service.ts';

const path = '/api/people/:personId/goals/:goalId/comments';
const listParams = z.object({ personId: z.string(), goalId: id() });
const commentParams = listParams.extend({ id: id() });

export function registerCommentRoutes(app: FastifyInstance, service: CollaborationService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get(path, {
    config: { access: record('goals', 'read') },
    schema: { params: listParams, response: { 200: commentListSchema } },
    handler: async (request) => service.comments(scopeOf(request), request.params.goalId),
  });

  api.post(path, {
    config: { access: record('goals', 'comment') },
    schema: { params: listParams, body: newCommentSchema, response: { 201: commentSchema } },
    handler: async (request, reply) => {
      const comment = await service.addComment(
        scopeOf(request),
        request.params.goalId,
        request.body,
      );
      return reply.code(201).send(comment);
    },
  });

  api.delete(`${path}/:id`, {
    config: { access: record('goals', 'comment') },
    schema: { params: commentParams },
    handler: async (request, reply) => {
      await service.deleteComment(scopeOf(request), request.params.goalId, request.params.id);
      return reply.code(204).send();
    },
  });

  api.put(`${path}/:id/hidden`, {
    config: { access: record('goals', 'write') },
    schema: { params: commentParams, body: commentHiddenSchema, response: { 200: commentSchema } },
    handler: async (request) =>
      service.setHidden(
        scopeOf(request),
        request.params.goalId,
        request.params.id,
        request.body.hidden,
      ),
  });
}
