// "Download my record" (issue 15): the person's whole record as a FHIR R4 Bundle, and the same
// gathering as our own snapshot for the readable copy the web app prints. Only the person who
// owns the record may ask (the OWNER rule: anyone else, a supporter in their own space
// included, gets the usual 404; signed out, 401). Nothing is cached anywhere on the way.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { ownerScope } from '../../../domain/access/scope.ts';
import { z } from '../../../domain/validation.ts';
import { OWNER } from '../../http/access.ts';
import type { ExportService } from './export.service.ts';

const params = z.object({ personId: z.string() });

/** The download's name: the day it was made, in UTC. */
export const exportFileName = (at: Date) => `waymark-record-${at.toISOString().slice(0, 10)}.json`;

export function registerExportRoutes(app: FastifyInstance, exports: ExportService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const base = '/api/people/:personId/export';

  api.get(base, {
    config: { access: OWNER },
    schema: { params },
    handler: async (request, reply) => {
      // The OWNER rule has decided; the gatherer reads as the person.
      const scope = ownerScope(request.params.personId, 'about_me', 'read');
      const { bundle, at } = await exports.bundle(scope);
      return reply
        .type('application/fhir+json; charset=utf-8')
        .header('Cache-Control', 'no-store')
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Disposition', `attachment; filename="${exportFileName(at)}"`)
        .send(JSON.stringify(bundle));
    },
  });

  // The readable copy: the same snapshot the Bundle is written from, less the files' bytes
  // (the copy lists files by name; the Bundle carries them).
  api.get(`${base}/snapshot`, {
    config: { access: OWNER },
    schema: { params },
    handler: async (request, reply) => {
      const scope = ownerScope(request.params.personId, 'about_me', 'read');
      const snapshot = await exports.snapshot(scope);
      const withoutBytes = {
        ...snapshot,
        attachments: snapshot.attachments.map((file) => ({ ...file, content: '' })),
      };
      return reply
        .type('application/json; charset=utf-8')
        .header('Cache-Control', 'no-store')
        .send(JSON.stringify(withoutBytes));
    },
  });
}
