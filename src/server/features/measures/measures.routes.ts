// The measure library: any signed-in account may see which measures this installation has,
// and whether a skeleton still needs its wording; a person also sees the measures the service
// they are connected to offers its people (decision 0042). Thin: call the library, present.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { isAccountActor } from '../../../domain/access/policy.ts';
import { notFound } from '../../../domain/errors.ts';
import { z } from '../../../domain/validation.ts';
import { SIGNED_IN } from '../../http/access.ts';
import type { MeasureLibrary } from './measure-library.service.ts';
import { measureDetail, measureSummary } from './measures.schema.ts';

/** Whose service's measures to add: the signed-in person's own; nobody's for other roles. */
const personOf = (request: FastifyRequest) =>
  request.actor && isAccountActor(request.actor) && request.actor.role === 'person'
    ? request.actor.accountId
    : undefined;

export function registerMeasureRoutes(app: FastifyInstance, library: MeasureLibrary): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/measures', {
    config: { access: SIGNED_IN },
    schema: { response: { 200: z.object({ items: z.array(measureSummary) }) } },
    handler: async (request) => ({ items: await library.list(personOf(request)) }),
  });

  api.get('/api/measures/:id', {
    config: { access: SIGNED_IN },
    schema: {
      params: z.object({ id: z.string().min(1).max(100) }),
      response: { 200: measureDetail },
    },
    handler: async (request) => {
      const measure = await library.find(request.params.id, personOf(request));
      if (!measure) throw notFound();
      return measure;
    },
  });
}
