import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  appliedFramingSchema,
  applyFramingSchema,
} from '../../../domain/record/life-area-framings.schema.ts';
import { lifeAreaInputSchema, lifeAreaSchema } from '../../../domain/record/record.schema.ts';
import { z } from '../../../domain/validation.ts';
import { record, scopeOf } from '../../http/access.ts';
import { registerItemRoutes } from '../record/item.routes.ts';
import type { RecordService } from '../record/record.service.ts';
import { applyFraming } from './life-areas.service.ts';

const PATH = '/api/people/:personId/life-areas';

export function registerLifeAreaRoutes(app: FastifyInstance, records: RecordService): void {
  registerItemRoutes(app, records, {
    path: PATH,
    kind: 'life_area',
    section: 'goals',
    schema: lifeAreaSchema,
    // The key is the server's to set (decision 0051): the person writes the name.
    input: lifeAreaInputSchema,
  });

  // Adds areas from a framing (domain/record/life-area-framings.ts). No If-Match: it only adds
  // (or, with `instead`, takes away untouched starting areas), deciding inside one transaction
  // from what is saved then, so there is no older version for it to overwrite (decision 0034).
  app.withTypeProvider<ZodTypeProvider>().post(`${PATH}/framings`, {
    config: { access: record('goals', 'write') },
    schema: {
      params: z.object({ personId: z.string() }),
      body: applyFramingSchema,
      response: { 200: appliedFramingSchema },
    },
    handler: async (request) => applyFraming(records, scopeOf(request), request.body),
  });
}
