// Builds the routes of a one-per-person document (About me, the plans): read, version-aware
// save, history and restore. Before the first save it reads as the empty document at version
// 0, so the first save sends If-Match: W/"0".
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { removedFilesSchema } from '../../../domain/attachments/storage.ts';
import { AppError } from '../../../domain/errors.ts';
import type { Agreement } from '../../../domain/record/record.schema.ts';
import {
  agreementSchema,
  historySchema,
  restoreRequestSchema,
} from '../../../domain/record/record.schema.ts';
import type { ItemKind, Section } from '../../../domain/record/sections.ts';
import { etagFor } from '../../../domain/record/versioning.ts';
import { z } from '../../../domain/validation.ts';
import { type RecordScope, record, scopeOf } from '../../http/access.ts';
import type { Item, RecordService } from './record.service.ts';
import { ifMatchHeaders, ifMatchOf } from './versioned-write.ts';

export type DocumentRouteDefinition<S extends z.ZodType> = {
  path: string;
  kind: ItemKind;
  section: Section;
  schema: S;
  empty: z.output<S>;
  /** Rules that need the rest of the record, e.g. "contacts must be from your network". */
  check?: (scope: RecordScope, data: z.output<S>) => Promise<void>;
  /** The files the document names whose bytes are gone, marked on every answer. */
  removedFiles?: (scope: RecordScope, data: z.output<S>) => Promise<string[]>;
  /**
   * Answers say who wrote the version and who agreed it (`agreed`, decision 0029): the plans
   * and About me, which show and print that line. Only to the owner, whose names for people
   * these are.
   */
  agreed?: boolean;
  /** What this reader may see of the document (fields the decision withholds are cleared). */
  shown?: (scope: RecordScope, data: z.output<S>) => z.output<S>;
};

export function registerDocumentRoutes<S extends z.ZodType>(
  app: FastifyInstance,
  records: RecordService,
  def: DocumentRouteDefinition<S>,
): void {
  const params = z.object({ personId: z.string() });
  const response = z
    .object({
      version: z.number().int(),
      updatedAt: z.string().nullable(),
      data: def.schema,
      /** Who wrote this version and who agreed it (none before the first save). */
      agreed: agreementSchema.nullable().optional(),
    })
    .extend(removedFilesSchema.shape);
  const read = record(def.section, 'read');
  const write = record(def.section, 'write');
  // Validated by the route's schema before the handler runs; the generic type cannot flow
  // through Fastify's type provider.
  const bodyOf = (request: FastifyRequest) => request.body as z.output<S>;

  const send = async (
    request: FastifyRequest,
    reply: FastifyReply,
    item: Item | undefined,
    /** Already read with the item, or to be read here. */
    agreedRead?: Agreement | null,
  ) => {
    // Stored words are upgraded and checked against the schema as they are read.
    const data = item?.data as z.output<S>;
    const body = item
      ? {
          version: item.version,
          updatedAt: item.updatedAt,
          data: def.shown ? def.shown(scopeOf(request), data) : data,
        }
      : { version: 0, updatedAt: null, data: def.empty };
    const removed = item
      ? await def.removedFiles?.(scopeOf(request), body.data as z.output<S>)
      : undefined;
    const scope = scopeOf(request);
    const agreed =
      item && def.agreed && scope.decision.isOwner
        ? agreedRead !== undefined
          ? agreedRead
          : await records.agreement(scope, item)
        : null;
    const withAgreed = agreed ? { ...body, agreed } : body;
    const marked = removed?.length ? { ...withAgreed, removedFileIds: removed } : withAgreed;
    return reply.header('ETag', etagFor(body.version)).send(marked);
  };

  app.get(def.path, {
    config: { access: read },
    schema: { params, response: { 200: response } },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      if (!def.agreed || !scope.decision.isOwner)
        return send(request, reply, await records.getSingleton(scope, def.kind));
      const found = await records.getSingletonAgreed(scope, def.kind);
      return send(request, reply, found?.item, found?.agreement ?? null);
    },
  });

  app.put(def.path, {
    config: { access: write },
    schema: { params, headers: ifMatchHeaders, body: def.schema, response: { 200: response } },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      await def.check?.(scope, bodyOf(request));
      const ifMatch = ifMatchOf(request);
      const saved = await records.saveSingleton(scope, def.kind, ifMatch, bodyOf(request));
      return send(request, reply, saved);
    },
  });

  app.get(`${def.path}/history`, {
    config: { access: read },
    schema: {
      params,
      response: { 200: historySchema(def.schema) },
    },
    handler: async (request) => {
      const scope = scopeOf(request);
      const history = await records.singletonHistory<z.output<S>>(scope, def.kind);
      const shown = def.shown;
      if (!shown) return history;
      const revisions = history.revisions.map((r) => ({ ...r, data: shown(scope, r.data) }));
      return { ...history, revisions };
    },
  });

  app.post(`${def.path}/history/restore`, {
    config: { access: write },
    schema: {
      params,
      headers: ifMatchHeaders,
      body: restoreRequestSchema,
      response: { 200: response },
    },
    handler: async (request, reply) => {
      const scope = scopeOf(request);
      // Located without reading the current words, so unreadable ones can still be replaced.
      const currentId = await records.locateSingleton(scope, def.kind);
      if (!currentId) throw new AppError('WM_NOT_FOUND', { field: 'version' });
      const ifMatch = ifMatchOf(request);
      const { version } = request.body as z.output<typeof restoreRequestSchema>;
      return send(
        request,
        reply,
        await records.restoreVersion(scope, def.kind, currentId, ifMatch, version),
      );
    },
  });
}
