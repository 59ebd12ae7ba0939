// The person's support network: people, groups and services, how each helps, how to reach
// them, and whether they are someone to contact in a crisis.
import type { FastifyInstance } from 'fastify';
import { supportContactSchema } from '../../../domain/record/plans.schema.ts';
import { registerItemRoutes } from '../record/item.routes.ts';
import type { RecordService } from '../record/record.service.ts';

export const SUPPORT_NETWORK_PATH = '/api/people/:personId/support-network';

export function registerSupportNetworkRoutes(app: FastifyInstance, records: RecordService): void {
  registerItemRoutes(app, records, {
    path: SUPPORT_NETWORK_PATH,
    kind: 'support_contact',
    section: 'support_network',
    schema: supportContactSchema,
  });
}
