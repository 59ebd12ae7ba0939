// Life-area rating sets: read, change, delete, undo, history and restore come from the shared
// item routes; the list is this section's own, filtered by date and shaped for charts.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { chartQuerySchema } from '../../../domain/checkins/chart.schema.ts';
import { lifeAreaRatingSetSchema } from '../../../domain/checkins/checkins.schema.ts';
import { itemOf } from '../../../domain/record/record.schema.ts';
import { z } from '../../../domain/validation.ts';
import { record, scopeOf } from '../../http/access.ts';
import { registerItemRoutes } from '../record/item.routes.ts';
import type { RecordService } from '../record/record.service.ts';
import type { LifeAreaRatingService } from './life-area-ratings.service.ts';

const path = '/api/people/:personId/life-area-ratings';

export function registerLifeAreaRatingRoutes(
  app: FastifyInstance,
  records: RecordService,
  ratings: LifeAreaRatingService,
): void {
  const set = itemOf(lifeAreaRatingSetSchema);
  app.withTypeProvider<ZodTypeProvider>().get(path, {
    config: { access: record('checkins', 'read') },
    schema: {
      params: z.object({ personId: z.string() }),
      querystring: chartQuerySchema,
      response: {
        200: z.object({
          lifeAreas: z.array(z.object({ id: z.string(), name: z.string(), deleted: z.boolean() })),
          first: set.nullable(),
          latest: set.nullable(),
          sets: z.array(set),
        }),
      },
    },
    handler: async (request) => ratings.chart(scopeOf(request), request.query),
  });

  registerItemRoutes(app, records, {
    path,
    kind: 'life_area_rating',
    section: 'checkins',
    schema: lifeAreaRatingSetSchema,
    check: ratings.check,
    list: false,
  });
}
