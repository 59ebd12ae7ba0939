// About me: one document per person, in their own words.
import type { FastifyInstance } from 'fastify';
import { aboutMeSchema, EMPTY_ABOUT_ME } from '../../../domain/record/record.schema.ts';
import { registerDocumentRoutes } from '../record/document.routes.ts';
import type { RecordService } from '../record/record.service.ts';

export function registerAboutMeRoutes(app: FastifyInstance, records: RecordService): void {
  registerDocumentRoutes(app, records, {
    path: '/api/people/:personId/about-me',
    kind: 'about_me',
    section: 'about_me',
    schema: aboutMeSchema,
    empty: EMPTY_ABOUT_ME,
    agreed: true,
  });
}
