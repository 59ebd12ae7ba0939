// POST /api/people/:personId/import: the person brings in the FHIR Bundle another Waymark gave
// them (decision 0048). Only the owner (the owner rule); a supporter's own space and everyone
// else get the usual 404. This route alone reads bodies up to IMPORT_BODY_LIMIT_BYTES, as JSON
// or FHIR JSON, behind the same depth guard as every body and a parts bound sized for a record.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { isAccountActor } from '../../../domain/access/policy.ts';
import { AppError } from '../../../domain/errors.ts';
import {
  IMPORT_BODY_LIMIT_BYTES,
  importResultSchema,
} from '../../../domain/fhir/import-result.schema.ts';
import { z } from '../../../domain/validation.ts';
import { OWNER } from '../../http/access.ts';
import { JSON_LIMITS, withinJsonLimits } from '../../http/json-body.ts';
import type { ImportService } from './import.service.ts';

/**
 * How deep and how many parts an import body may be. The depth guard is the one every body has;
 * the parts bound is far above a real record (a year of daily check-ins is some tens of
 * thousands) and far below what 20 MiB of small arrays could otherwise hold; fromBundle then
 * applies its own bounds (IMPORT_LIMITS) to what it reads.
 */
export const IMPORT_JSON_LIMITS = { depth: JSON_LIMITS.depth, parts: 1_000_000 } as const;

function ownerAccount(request: FastifyRequest): string {
  const actor = request.actor;
  if (!actor || !isAccountActor(actor)) throw new AppError('WM_AUTH_REQUIRED');
  return actor.accountId;
}

export function registerImportRoutes(app: FastifyInstance, imports: ImportService): void {
  app.register(async (scoped) => {
    const parseSafely = scoped.getDefaultJsonParser('error', 'error');
    scoped.removeContentTypeParser('application/json');
    scoped.addContentTypeParser(
      ['application/json', 'application/fhir+json'],
      { parseAs: 'string', bodyLimit: IMPORT_BODY_LIMIT_BYTES },
      (request, body, done) => {
        if (!withinJsonLimits(body as string, IMPORT_JSON_LIMITS)) {
          done(new AppError('WM_REQUEST_TOO_COMPLEX'), undefined);
          return;
        }
        parseSafely(request, body as string, done);
      },
    );
    scoped.withTypeProvider<ZodTypeProvider>().post('/api/people/:personId/import', {
      config: { access: OWNER },
      bodyLimit: IMPORT_BODY_LIMIT_BYTES,
      schema: {
        params: z.object({ personId: z.string() }),
        body: z.unknown(),
        response: { 201: importResultSchema },
      },
      handler: async (request, reply) => {
        const { personId } = request.params;
        const accountId = ownerAccount(request);
        const result = await imports.importRecord(
          personId,
          { authoredBy: accountId, authoredRole: 'person' },
          request.body,
        );
        return reply.code(201).send(result);
      },
    });
  });
}
