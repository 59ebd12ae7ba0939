import type { FastifyInstance } from 'fastify';
import { lifeAreaSchema } from '../../../domain/record/record.schema.ts';
import { registerItemRoutes } from '../record/item.routes.ts';
import type { RecordService } from '../record/record.service.ts';

export function registerLifeAreaRoutes(app: FastifyInstance, records: RecordService): void {
  registerItemRoutes(app, records, {
    path: '/api/people/:personId/life-areas',
    kind: 'life_area',
    section: 'goals',
    schema: lifeAreaSchema,
  });
}
