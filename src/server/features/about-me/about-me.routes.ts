// About me: one document per person, in their own words. Before the first save it reads as
// empty at version 0, so the first save sends If-Match: W/"0".
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError } from '../../../domain/errors.ts';
import {
  type AboutMe,
  aboutMeSchema,
  EMPTY_ABOUT_ME,
  restoreRequestSchema,
  revisionSchema,
} from '../../../domain/record/record.schema.ts';
import { etagFor, parseIfMatch } from '../../../domain/record/versioning.ts';
import { z } from '../../../domain/validation.ts';
import { record, scopeOf } from '../../http/access.ts';
import type { RecordService } from '../record/record.service.ts';

const PATH = '/api/people/:personId/about-me';
const params = z.object({ personId: z.string() });
const headers = z.object({ 'if-match': z.string().optional() });
const response = z.object({ version: z.number().int(), updatedAt: z.string().nullable(), data: aboutMeSchema });

export function registerAboutMeRoutes(app: FastifyInstance, records: RecordService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = record('about_me', 'read');
  const write = record('about_me', 'write');

  api.get(PATH, {
    config: { access: read },
    schema: { params, response: { 200: response } },
    handler: async (request, reply) => {
      const item = await records.getSingleton<AboutMe>(scopeOf(request), 'about_me');
      const body = item
        ? { version: item.version, updatedAt: item.updatedAt, data: item.data }
        : { version: 0, updatedAt: null, data: EMPTY_ABOUT_ME };
      return reply.header('ETag', etagFor(body.version)).send(body);
    },
  });

  api.put(PATH, {
    config: { access: write },
    schema: { params, headers, body: aboutMeSchema, response: { 200: response } },
    handler: async (request, reply) => {
      const ifMatch = parseIfMatch(request.headers['if-match']);
      const item = await records.saveSingleton(scopeOf(request), 'about_me', ifMatch, request.body);
      return reply
        .header('ETag', etagFor(item.version))
        .send({ version: item.version, updatedAt: item.updatedAt, data: item.data });
    },
  });

  api.get(`${PATH}/history`, {
    config: { access: read },
    schema: { params, response: { 200: z.object({ revisions: z.array(revisionSchema(aboutMeSchema)) }) } },
    handler: async (request) => ({
      revisions: await records.singletonHistory<AboutMe>(scopeOf(request), 'about_me'),
    }),
  });

  api.post(`${PATH}/history/restore`, {
    config: { access: write },
    schema: { params, headers, body: restoreRequestSchema, response: { 200: response } },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      const current = await records.getSingleton<AboutMe>(scope, 'about_me');
      if (!current) throw new AppError('WM_NOT_FOUND', { field: 'version' });
      const ifMatch = parseIfMatch(request.headers['if-match']);
      const item = await records.restoreVersion<AboutMe>(scope, 'about_me', current.id, ifMatch, request.body.version);
      return reply
        .header('ETag', etagFor(item.version))
        .send({ version: item.version, updatedAt: item.updatedAt, data: item.data });
    },
  });
}
