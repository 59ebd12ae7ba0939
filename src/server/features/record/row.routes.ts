// The routes a feature's own versioned rows share (check-ins, journal entries): read one with its
// ETag, delete and bring back with If-Match, and its history. The feature keeps its own list,
// create and update routes, whose rules differ.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { ROLES } from '../../../domain/auth/auth.schema.ts';
import type { Section } from '../../../domain/record/sections.ts';
import type { IfMatch } from '../../../domain/record/versioning.ts';
import { id, z } from '../../../domain/validation.ts';
import { type RecordScope, record, scopeOf } from '../../http/access.ts';
import { sendItem } from './item.routes.ts';
import { ifMatchHeaders, ifMatchOf } from './versioned-write.ts';

/** A stored row as the API shows it: its fields, version and times. */
export const rowSchema = <F extends z.ZodRawShape>(fields: F) =>
  z.object({
    id: z.string(),
    version: z.number().int(),
    ...fields,
    createdAt: z.string(),
    updatedAt: z.string(),
    deletedAt: z.string().nullable(),
  });

/** One version of a row: what it held, what happened, and who did it. */
export const rowRevisionSchema = <F extends z.ZodRawShape>(fields: F) =>
  z.object({
    version: z.number().int(),
    action: z.enum(['create', 'update', 'delete', 'restore']),
    ...fields,
    createdAt: z.string(),
    authoredBy: z.string(),
    authoredRole: z.enum(ROLES),
  });

type Row = { version: number };
export type RowService<T extends Row> = {
  get(scope: RecordScope, id: string): Promise<T>;
  remove(scope: RecordScope, id: string, ifMatch: IfMatch): Promise<T>;
  undelete(scope: RecordScope, id: string, ifMatch: IfMatch): Promise<T>;
  history(scope: RecordScope, id: string): Promise<unknown[]>;
};

export function registerRowRoutes<T extends Row>(
  app: FastifyInstance,
  def: {
    /** The collection, e.g. `/api/people/:personId/journal`. */
    path: string;
    section: Section;
    row: z.ZodType;
    revision: z.ZodType;
    service: RowService<T>;
  },
): void {
  const params = z.object({ personId: z.string(), id: id() });
  const read = record(def.section, 'read');
  const write = record(def.section, 'write');
  // Validated by the route schema before the handler runs.
  const idOf = (request: FastifyRequest) => (request.params as { id: string }).id;

  app.get(`${def.path}/:id`, {
    config: { access: read },
    schema: { params, response: { 200: def.row } },
    handler: async (request, reply) =>
      sendItem(reply, await def.service.get(scopeOf(request), idOf(request))),
  });

  app.delete(`${def.path}/:id`, {
    config: { access: write },
    schema: { params, headers: ifMatchHeaders, response: { 200: def.row } },
    handler: async (request, reply) =>
      sendItem(
        reply,
        await def.service.remove(scopeOf(request), idOf(request), ifMatchOf(request)),
      ),
  });

  app.post(`${def.path}/:id/undelete`, {
    config: { access: write },
    schema: { params, headers: ifMatchHeaders, response: { 200: def.row } },
    handler: async (request, reply) =>
      sendItem(
        reply,
        await def.service.undelete(scopeOf(request), idOf(request), ifMatchOf(request)),
      ),
  });

  app.get(`${def.path}/:id/history`, {
    config: { access: read },
    schema: { params, response: { 200: z.object({ revisions: z.array(def.revision) }) } },
    handler: async (request) => ({
      revisions: await def.service.history(scopeOf(request), idOf(request)),
    }),
  });
}
