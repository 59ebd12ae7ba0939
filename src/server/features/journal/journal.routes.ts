// Journal routes: the person's own entries, search within them, history. Private by default:
// the journal section is the person's alone until sharing single entries arrives.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { rangeQuerySchema } from '../../../domain/checkins/checkins.schema.ts';
import {
  journalEntrySchema,
  journalEntryShownFields,
  journalSearchSchema,
} from '../../../domain/journal/journal.schema.ts';
import { deletedQuery } from '../../../domain/record/record.schema.ts';
import { id, z } from '../../../domain/validation.ts';
import { record, scopeOf } from '../../http/access.ts';
import { sendItem } from '../record/item.routes.ts';
import { registerRowRoutes, rowRevisionSchema, rowSchema } from '../record/row.routes.ts';
import { ifMatchHeaders, ifMatchOf } from '../record/versioned-write.ts';
import type { JournalService } from './journal.service.ts';

const base = '/api/people/:personId/journal';
const params = z.object({ personId: z.string() });
const itemParams = params.extend({ id: id() });

const entry = rowSchema(journalEntryShownFields);
const revision = rowRevisionSchema(journalEntryShownFields);
const listQuery = rangeQuerySchema.extend({
  limit: z.coerce.number().int().min(1).max(500).optional(),
  /** `?deleted=true`: the entries deleted in the last 30 days, to bring back. */
  deleted: deletedQuery,
});

export function registerJournalRoutes(app: FastifyInstance, journal: JournalService): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = record('journal', 'read');
  const write = record('journal', 'write');

  api.get(base, {
    config: { access: read },
    schema: {
      params,
      querystring: listQuery,
      response: { 200: z.object({ items: z.array(entry) }) },
    },
    handler: async (request) => ({ items: await journal.list(scopeOf(request), request.query) }),
  });

  api.get(`${base}/search`, {
    config: { access: read },
    schema: {
      params,
      querystring: journalSearchSchema,
      response: {
        200: z.object({
          items: z.array(entry),
          searched: z.number().int(),
          unreadable: z.number().int(),
          olderNotSearched: z.boolean(),
        }),
      },
    },
    handler: async (request) => journal.search(scopeOf(request), request.query.q),
  });

  api.post(base, {
    config: { access: write },
    schema: { params, body: journalEntrySchema, response: { 201: entry } },
    handler: async (request, reply) => {
      const created = await journal.create(scopeOf(request), request.body);
      reply.header('Location', `${request.url}/${created.id}`);
      return sendItem(reply, created, 201);
    },
  });

  api.put(`${base}/:id`, {
    config: { access: write },
    schema: {
      params: itemParams,
      headers: ifMatchHeaders,
      body: journalEntrySchema,
      response: { 200: entry },
    },
    handler: async (request, reply) => {
      const ifMatch = ifMatchOf(request);
      const updated = await journal.update(
        scopeOf(request),
        request.params.id,
        ifMatch,
        request.body,
      );
      return sendItem(reply, updated);
    },
  });

  registerRowRoutes(app, {
    path: base,
    section: 'journal',
    row: entry,
    revision,
    service: journal,
  });
}
