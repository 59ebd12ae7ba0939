// The person's own access log: one page of it, the same as a spreadsheet, and whether its hash
// chain is whole. Owner only: the route asks for write access, which nobody but the owner ever
// has, so anyone else gets the same 404 as a record that is not there. Reading one's own log
// writes nothing to it (the access step logs only non-owners' reads).
import '../../../domain/i18n/access-log.messages.ts';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { t } from '../../../domain/i18n/translate.ts';
import {
  ACCESS_LOG_PAGE,
  type AccessLogEntryView,
  accessLogCheckSchema,
  accessLogFilterSchema,
  accessLogPageSchema,
} from '../../../domain/sharing/access-log.schema.ts';
import { accessLogFileName, toCsv } from '../../../domain/sharing/access-log-csv.ts';
import {
  entrySentence,
  roleWord,
  sectionWord,
  whatWord,
  whoWords,
} from '../../../domain/sharing/access-log-words.ts';
import { z } from '../../../domain/validation.ts';
import { record, scopeOf } from '../../http/access.ts';
import { type AccessLog, type AccessLogEntry, API_TOKEN_ROLE } from './access-log.ts';

const base = '/api/people/:personId/access-log';
const params = z.object({ personId: z.string() });
/** Only the owner may write any section, so this admits the owner alone and is never logged. */
const OWNER_ONLY = record('about_me', 'write');

const pageQuery = accessLogFilterSchema.extend({
  before: z.coerce.number().int().min(1).optional(),
  limit: z.coerce
    .number()
    .int()
    .min(ACCESS_LOG_PAGE.min)
    .max(ACCESS_LOG_PAGE.max)
    .default(ACCESS_LOG_PAGE.default),
});

/** What the person may see of an entry: never the detail (route names, ids) or the hashes. */
export function entryView(entry: AccessLogEntry): AccessLogEntryView {
  const kind =
    entry.actorRole === 'owner'
      ? 'you'
      : entry.actorRole === API_TOKEN_ROLE
        ? 'app'
        : entry.actorId === null
          ? 'emergency_link'
          : 'someone';
  const team = typeof entry.detail.team === 'string' ? entry.detail.team : undefined;
  return {
    seq: entry.seq,
    at: entry.at,
    who: {
      kind,
      name: kind === 'someone' || kind === 'app' ? entry.actorName : '',
      role: entry.actorRole,
      ...(team !== undefined && kind === 'someone' ? { team } : {}),
    },
    relationshipId: entry.relationshipId,
    what: entry.what,
    section: entry.section,
  };
}

export function registerAccessLogRoutes(app: FastifyInstance, log: AccessLog): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const filterOf = (query: z.infer<typeof accessLogFilterSchema>) => ({
    relationshipId: query.person || undefined,
    section: query.section || undefined,
  });

  api.get(base, {
    config: { access: OWNER_ONLY },
    schema: {
      params,
      querystring: pageQuery,
      response: { 200: accessLogPageSchema },
    },
    handler: async (request) => {
      const { personId } = scopeOf(request);
      const { before, limit } = request.query;
      // One more than asked for tells whether an older page exists.
      const found = await log.list(personId, {
        ...filterOf(request.query),
        before,
        limit: limit + 1,
      });
      const items = found.slice(0, limit).map(entryView);
      const nextBefore = found.length > limit ? (items.at(-1)?.seq ?? null) : null;
      return { items, nextBefore, people: await log.people(personId) };
    },
  });

  api.get(`${base}.csv`, {
    config: { access: OWNER_ONLY },
    schema: { params, querystring: accessLogFilterSchema },
    handler: async (request, reply) => {
      const { personId } = scopeOf(request);
      const entries = (await log.list(personId, filterOf(request.query))).map(entryView);
      const people = await log.people(personId);
      const rows = [
        [
          t('accessLog.csv.when'),
          t('accessLog.csv.who'),
          t('accessLog.csv.role'),
          t('accessLog.csv.what'),
          t('accessLog.csv.section'),
          t('accessLog.csv.sentence'),
        ],
        ...entries.map((entry) => [
          entry.at,
          whoWords(entry),
          roleWord(entry.who.role),
          whatWord(entry.what),
          sectionWord(entry.section),
          entrySentence(entry, people),
        ]),
      ];
      return reply
        .header('Content-Type', 'text/csv; charset=utf-8')
        .header('Content-Disposition', `attachment; filename="${accessLogFileName(new Date())}"`)
        .header('X-Content-Type-Options', 'nosniff')
        .send(toCsv(rows));
    },
  });

  api.get(`${base}/verify`, {
    config: { access: OWNER_ONLY },
    schema: { params, response: { 200: accessLogCheckSchema } },
    handler: async (request) => log.verifyChain(scopeOf(request).personId),
  });
}
