// A person's answers to measures, their goal ratings and their scores over time. Owner only,
// through the policy (section "measures"); anyone else gets the same 404 as for nothing there.
// Thin: parse, call the service, present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  goalRatingsInputSchema,
  measureResponseChangeSchema,
  measureResponseInputSchema,
  observationQuerySchema,
  responseListQuerySchema,
} from '../../../domain/measures/measure-api.schema.ts';
import { id, z } from '../../../domain/validation.ts';
import { record, scopeOf } from '../../http/access.ts';
import { sendItem } from '../record/item.routes.ts';
import { ifMatchHeaders, ifMatchOf } from '../record/versioned-write.ts';
import type { MeasureAnswers } from './measure-answers.service.ts';
import type { MeasureResponseService } from './measure-responses.service.ts';
import { measureResponse, observationSeries, responseRevision } from './measures.schema.ts';

const base = '/api/people/:personId';
const params = z.object({ personId: z.string() });
const itemParams = params.extend({ id: id() });

export function registerMeasureResponseRoutes(
  app: FastifyInstance,
  answers: MeasureAnswers,
  responses: MeasureResponseService,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = record('measures', 'read');
  const write = record('measures', 'write');

  api.post(`${base}/measure-responses`, {
    config: { access: write },
    schema: { params, body: measureResponseInputSchema, response: { 201: measureResponse } },
    handler: async (request, reply) => {
      const saved = await answers.answer(scopeOf(request), request.body);
      reply.header('Location', `${request.url}/${saved.id}`);
      return sendItem(reply, saved, 201);
    },
  });

  api.post(`${base}/goal-ratings`, {
    config: { access: write },
    schema: { params, body: goalRatingsInputSchema, response: { 201: measureResponse } },
    handler: async (request, reply) => {
      const saved = await answers.rateGoals(scopeOf(request), request.body);
      const location = request.url.replace(/goal-ratings$/, `measure-responses/${saved.id}`);
      reply.header('Location', location);
      return sendItem(reply, saved, 201);
    },
  });

  api.get(`${base}/measure-responses`, {
    config: { access: read },
    schema: {
      params,
      querystring: responseListQuerySchema,
      response: { 200: z.object({ items: z.array(measureResponse) }) },
    },
    handler: async (request) => ({
      items: await responses.list(scopeOf(request), request.query.measure),
    }),
  });

  api.get(`${base}/measure-responses/:id`, {
    config: { access: read },
    schema: { params: itemParams, response: { 200: measureResponse } },
    handler: async (request, reply) => {
      const found = await responses.get(scopeOf(request), request.params.id);
      return sendItem(reply, found);
    },
  });

  api.patch(`${base}/measure-responses/:id`, {
    config: { access: write },
    schema: {
      params: itemParams,
      headers: ifMatchHeaders,
      body: measureResponseChangeSchema,
      response: { 200: measureResponse },
    },
    handler: async (request, reply) => {
      const ifMatch = ifMatchOf(request);
      const changed = await responses.change(
        scopeOf(request),
        request.params.id,
        ifMatch,
        request.body,
      );
      return sendItem(reply, changed);
    },
  });

  api.get(`${base}/measure-responses/:id/history`, {
    config: { access: read },
    schema: {
      params: itemParams,
      response: { 200: z.object({ revisions: z.array(responseRevision) }) },
    },
    handler: async (request) => ({
      revisions: await responses.history(scopeOf(request), request.params.id),
    }),
  });

  api.get(`${base}/observations`, {
    config: { access: read },
    schema: { params, querystring: observationQuerySchema, response: { 200: observationSeries } },
    handler: async (request) => ({
      code: request.query.code ?? null,
      system: request.query.system ?? null,
      points: await answers.scoresOverTime(scopeOf(request), request.query),
    }),
  });
}
