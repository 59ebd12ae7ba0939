// Builds the routes every list-like section shares (life areas, goals, notes, and later the
// plans and support network): list, create, read, version-aware update, delete and undo,
// history and restore. Each route declares its access rule; the handlers stay thin.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notFound } from '../../../domain/errors.ts';
import {
  deletedQuery,
  historySchema,
  itemOf,
  restoreRequestSchema,
  unreadableItemSchema,
} from '../../../domain/record/record.schema.ts';
import type { ItemKind, Section } from '../../../domain/record/sections.ts';
import { etagFor } from '../../../domain/record/versioning.ts';
import { id, z } from '../../../domain/validation.ts';
import { type RecordScope, record, scopeOf } from '../../http/access.ts';
import type { Item, RecordService } from './record.service.ts';
import { ifMatchHeaders, ifMatchOf } from './versioned-write.ts';

export type ItemRouteDefinition<S extends z.ZodType> = {
  path: string;
  kind: ItemKind;
  section: Section;
  schema: S;
  /** What a create or an update accepts, when less than the stored shape (server-kept fields). */
  input?: z.ZodType;
  /** A parent item the path names, e.g. the goal whose notes these are. */
  parent?: { param: string; kind: ItemKind };
  /** Rules that need the rest of the record, e.g. "the life area must be one of yours". */
  /** `current` is the saved item when an existing one is being changed. */
  check?: (scope: RecordScope, data: z.output<S>, current?: Item<z.output<S>>) => Promise<void>;
  /** False when the section serves its own list at `path`, e.g. filtered by a date range. */
  list?: boolean;
};

/** Sends a stored item or row with its version as the ETag. */
export function sendItem<T extends { version: number }>(
  reply: FastifyReply,
  item: T,
  status = 200,
) {
  return reply.code(status).header('ETag', etagFor(item.version)).send(item);
}

export function registerItemRoutes<S extends z.ZodType>(
  app: FastifyInstance,
  records: RecordService,
  def: ItemRouteDefinition<S>,
): void {
  const api = app;
  const item = itemOf(def.schema);
  const parentParams = def.parent ? { [def.parent.param]: id() } : {};
  const listParams = z.object({ personId: z.string(), ...parentParams });
  const itemParams = listParams.extend({ id: id() });
  const read = record(def.section, 'read');
  const write = record(def.section, 'write');

  // The route schemas below validate these before a handler runs; the generic section type
  // cannot flow through Fastify's type provider, so handlers read them through these helpers.
  type Params = Record<string, string>;
  const paramsOf = (request: FastifyRequest) => request.params as Params;
  const bodyOf = (request: FastifyRequest) => request.body as z.output<S>;

  const parentIdOf = (params: Params) => (def.parent ? params[def.parent.param] : undefined);

  /** The parent must be a live item of the same person; otherwise the path does not exist. */
  async function checkParent(scope: RecordScope, params: Params): Promise<string | null> {
    if (!def.parent) return null;
    const parentId = parentIdOf(params) ?? '';
    const parent = await records.get(scope, def.parent.kind, parentId);
    if (parent.deletedAt) throw notFound();
    return parent.id;
  }

  async function loadOwn(scope: RecordScope, params: Params) {
    await checkParent(scope, params);
    const found = await records.get(scope, def.kind, params.id ?? '');
    if (def.parent && found.parentId !== parentIdOf(params)) throw notFound();
    return found;
  }

  /** Like loadOwn without reading the words, so an unreadable item can still be restored. */
  async function locateOwn(scope: RecordScope, params: Params) {
    await checkParent(scope, params);
    const found = await records.locate(scope, def.kind, params.id ?? '');
    if (def.parent && found.parentId !== parentIdOf(params)) throw notFound();
    return found;
  }

  if (def.list !== false) {
    api.get(def.path, {
      config: { access: read },
      schema: {
        params: listParams,
        querystring: z.strictObject({ deleted: deletedQuery }),
        response: {
          200: z.object({ items: z.array(item), unreadable: z.array(unreadableItemSchema) }),
        },
      },
      // An item this server cannot read is marked in `unreadable`, not allowed to fail the list.
      handler: async (request) => {
        const scope = scopeOf(request);
        const parentId = await checkParent(scope, paramsOf(request));
        return records.listMarked(scope, def.kind, {
          parentId: parentId ?? undefined,
          deleted: (request.query as { deleted: boolean }).deleted,
        });
      },
    });
  }

  api.post(def.path, {
    config: { access: write },
    schema: { params: listParams, body: def.input ?? def.schema, response: { 201: item } },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      const parentId = await checkParent(scope, paramsOf(request));
      await def.check?.(scope, bodyOf(request));
      const created = await records.create(scope, def.kind, bodyOf(request), parentId);
      // The URL without its query string: it is the collection the new item belongs to.
      reply.header('Location', `${request.url.split('?')[0]}/${created.id}`);
      return sendItem(reply, created, 201);
    },
  });

  api.get(`${def.path}/:id`, {
    config: { access: read },
    schema: { params: itemParams, response: { 200: item } },
    handler: async (request, reply) =>
      sendItem(reply, await loadOwn(scopeOf(request), paramsOf(request))),
  });

  api.put(`${def.path}/:id`, {
    config: { access: write },
    schema: {
      params: itemParams,
      headers: ifMatchHeaders,
      body: def.input ?? def.schema,
      response: { 200: item },
    },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      const current = await loadOwn(scope, paramsOf(request));
      await def.check?.(scope, bodyOf(request), current as Item<z.output<S>>);
      const ifMatch = ifMatchOf(request);
      return sendItem(
        reply,
        await records.update(scope, def.kind, current.id, ifMatch, bodyOf(request)),
      );
    },
  });

  api.delete(`${def.path}/:id`, {
    config: { access: write },
    schema: { params: itemParams, headers: ifMatchHeaders, response: { 200: item } },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      const current = await loadOwn(scope, paramsOf(request));
      const ifMatch = ifMatchOf(request);
      return sendItem(reply, await records.remove(scope, def.kind, current.id, ifMatch));
    },
  });

  api.post(`${def.path}/:id/undelete`, {
    config: { access: write },
    schema: { params: itemParams, headers: ifMatchHeaders, response: { 200: item } },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      const current = await loadOwn(scope, paramsOf(request));
      const ifMatch = ifMatchOf(request);
      return sendItem(reply, await records.undelete(scope, def.kind, current.id, ifMatch));
    },
  });

  api.get(`${def.path}/:id/history`, {
    config: { access: read },
    schema: {
      params: itemParams,
      response: { 200: historySchema(def.schema) },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const current = await locateOwn(scope, paramsOf(request));
      return records.history(scope, def.kind, current.id);
    },
  });

  api.post(`${def.path}/:id/history/restore`, {
    config: { access: write },
    schema: {
      params: itemParams,
      headers: ifMatchHeaders,
      body: restoreRequestSchema,
      response: { 200: item },
    },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      const current = await locateOwn(scope, paramsOf(request));
      const ifMatch = ifMatchOf(request);
      const restored = await records.restoreVersion(
        scope,
        def.kind,
        current.id,
        ifMatch,
        (request.body as { version: number }).version,
      );
      return sendItem(reply, restored);
    },
  });
}
