// The measure library: any signed-in account may see which measures this installation has,
// and whether a skeleton still needs its wording. Thin: call the library, present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../../domain/errors.ts';
import { z } from '../../../domain/validation.ts';
import { SIGNED_IN } from '../../http/access.ts';
import type { MeasureLibrary } from './measure-library.service.ts';
import { measureDetail, measureSummary } from './measures.schema.ts';

export function registerMeasureRoutes(app: FastifyInstance, library: MeasureLibrary): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.get('/api/measures', {
    config: { access: SIGNED_IN },
    schema: { response: { 200: z.object({ items: z.array(measureSummary) }) } },
    handler: async () => ({ items: await library.list() }),
  });

  api.get('/api/measures/:id', {
    config: { access: SIGNED_IN },
    schema: {
      params: z.object({ id: z.string().min(1).max(100) }),
      response: { 200: measureDetail },
    },
    handler: async (request) => {
      const measure = await library.find(request.params.id);
      if (!measure) throw notFound();
      return measure;
    },
  });
}
