// A supporter's own space: what they need, what helps them cope and their plan for looking after
// themselves, as one document on the same revision mechanism as every record (versions,
// If-Match and 412, history, restore). The one access model gives a supporter account this
// section of its own record and nothing else, and gives it to nobody else (decision 0031).
import type { FastifyInstance } from 'fastify';
import {
  EMPTY_SUPPORTER_SPACE,
  supporterSpaceSchema,
} from '../../../domain/record/supporter-space.schema.ts';
import { registerDocumentRoutes } from '../record/document.routes.ts';
import type { RecordService } from '../record/record.service.ts';

export function registerSupporterSpaceRoutes(app: FastifyInstance, records: RecordService): void {
  registerDocumentRoutes(app, records, {
    path: '/api/people/:personId/supporter-space',
    kind: 'supporter_space',
    section: 'supporter_space',
    schema: supporterSpaceSchema,
    empty: EMPTY_SUPPORTER_SPACE,
  });
}
