// Reviews done together (decision 0043). Reading is `read`; starting a review and saving the
// meeting are `contribute` (the person, or someone with suggest on reviews); the ratings and the
// decision on each agreed action are the person's own (`write`). Thin: parse, call, present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  confirmActionSchema,
  reviewHistorySchema,
  reviewListSchema,
  reviewMeetingSchema,
  reviewRatingsSchema,
  reviewSchema,
} from '../../../domain/reviews/review.schema.ts';
import { id, z } from '../../../domain/validation.ts';
import { record, scopeOf } from '../../http/access.ts';
import { sendItem } from '../record/item.routes.ts';
import { ifMatchHeaders, ifMatchOf } from '../record/versioned-write.ts';
import type { ReviewService } from './reviews.service.ts';

const base = '/api/people/:personId/reviews';
const params = z.object({ personId: z.string() });
const reviewParams = params.extend({ id: id() });
const actionParams = reviewParams.extend({ actionId: id() });

export function registerReviewRoutes(app: FastifyInstance, reviews: ReviewService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = record('reviews', 'read');
  const together = record('reviews', 'contribute');
  const own = record('reviews', 'write');

  api.get(base, {
    config: { access: read },
    schema: { params, response: { 200: reviewListSchema } },
    handler: async (request) => ({ items: await reviews.list(scopeOf(request)) }),
  });

  api.post(base, {
    config: { access: together },
    schema: { params, body: z.strictObject({}), response: { 201: reviewSchema } },
    handler: async (request, reply) => {
      const created = await reviews.create(scopeOf(request));
      reply.header('Location', `${request.url}/${created.id}`);
      return sendItem(reply, created, 201);
    },
  });

  api.get(`${base}/:id`, {
    config: { access: read },
    schema: { params: reviewParams, response: { 200: reviewSchema } },
    handler: async (request, reply) =>
      sendItem(reply, await reviews.get(scopeOf(request), request.params.id)),
  });

  api.get(`${base}/:id/history`, {
    config: { access: read },
    schema: { params: reviewParams, response: { 200: reviewHistorySchema } },
    handler: async (request) => ({
      revisions: await reviews.history(scopeOf(request), request.params.id),
    }),
  });

  api.put(`${base}/:id/ratings`, {
    config: { access: own },
    schema: {
      params: reviewParams,
      headers: ifMatchHeaders,
      body: reviewRatingsSchema,
      response: { 200: reviewSchema },
    },
    handler: async (request, reply) =>
      sendItem(
        reply,
        await reviews.saveRatings(
          scopeOf(request),
          request.params.id,
          ifMatchOf(request),
          request.body,
        ),
      ),
  });

  api.put(`${base}/:id/meeting`, {
    config: { access: together },
    schema: {
      params: reviewParams,
      headers: ifMatchHeaders,
      body: reviewMeetingSchema,
      response: { 200: reviewSchema },
    },
    handler: async (request, reply) =>
      sendItem(
        reply,
        await reviews.saveMeeting(
          scopeOf(request),
          request.params.id,
          ifMatchOf(request),
          request.body,
        ),
      ),
  });

  api.post(`${base}/:id/actions/:actionId/confirm`, {
    config: { access: own },
    schema: {
      params: actionParams,
      headers: ifMatchHeaders,
      body: confirmActionSchema,
      response: { 200: reviewSchema },
    },
    handler: async (request, reply) =>
      sendItem(
        reply,
        await reviews.confirm(
          scopeOf(request),
          request.params.id,
          request.params.actionId,
          ifMatchOf(request),
          request.body,
        ),
      ),
  });

  api.post(`${base}/:id/actions/:actionId/decline`, {
    config: { access: own },
    schema: {
      params: actionParams,
      headers: ifMatchHeaders,
      body: z.strictObject({}),
      response: { 200: reviewSchema },
    },
    handler: async (request, reply) =>
      sendItem(
        reply,
        await reviews.decline(
          scopeOf(request),
          request.params.id,
          request.params.actionId,
          ifMatchOf(request),
        ),
      ),
  });
}
