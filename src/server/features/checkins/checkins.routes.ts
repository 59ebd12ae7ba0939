// Check-in routes: the person's choice of scales and reminders (one document), check-ins with
// revisions, and the chart answer (decision 0022). Thin: parse, call the service, present.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { chartQuerySchema, checkinChartSchema } from '../../../domain/checkins/chart.schema.ts';
import {
  checkinSchema,
  checkinSettingsSchema,
  DEFAULT_CHECKIN_SETTINGS,
  rangeQuerySchema,
} from '../../../domain/checkins/checkins.schema.ts';
import { deletedQuery } from '../../../domain/record/record.schema.ts';
import { id, z } from '../../../domain/validation.ts';
import { record, scopeOf } from '../../http/access.ts';
import { registerDocumentRoutes } from '../record/document.routes.ts';
import { sendItem } from '../record/item.routes.ts';
import type { RecordService } from '../record/record.service.ts';
import { registerRowRoutes, rowRevisionSchema, rowSchema } from '../record/row.routes.ts';
import { ifMatchHeaders, ifMatchOf } from '../record/versioned-write.ts';
import type { CheckinService } from './checkins.service.ts';

const base = '/api/people/:personId';
const params = z.object({ personId: z.string() });
const itemParams = params.extend({ id: id() });
/** `?deleted=true`: the check-ins deleted in the last 30 days, to bring back. */
const listQuery = rangeQuerySchema.extend({ deleted: deletedQuery });

const fields = {
  takenAt: z.string(),
  takenOn: z.string(),
  scores: z.record(z.string(), z.number()),
  note: z.string(),
  forMeOnly: z.boolean(),
  signsPresent: z.array(z.string()),
};
const checkin = rowSchema(fields);
/** After saving: the check-in, and what the person planned for any warning sign they named. */
const saved = checkin.extend({
  plannedActions: z.array(z.object({ sign: z.string(), whatToDo: z.string().nullable() })),
});
const revision = rowRevisionSchema(fields);
export function registerCheckinRoutes(
  app: FastifyInstance,
  records: RecordService,
  checkins: CheckinService,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const read = record('checkins', 'read');
  const write = record('checkins', 'write');

  registerDocumentRoutes(app, records, {
    path: `${base}/checkin-settings`,
    kind: 'checkin_settings',
    section: 'checkins',
    schema: checkinSettingsSchema,
    empty: DEFAULT_CHECKIN_SETTINGS,
    check: checkins.checkSettings,
  });

  api.get(`${base}/checkins`, {
    config: { access: read },
    schema: {
      params,
      querystring: listQuery,
      response: { 200: z.object({ items: z.array(checkin) }) },
    },
    handler: async (request) => ({ items: await checkins.list(scopeOf(request), request.query) }),
  });

  api.get(`${base}/checkins/series`, {
    config: { access: read },
    schema: { params, querystring: chartQuerySchema, response: { 200: checkinChartSchema } },
    handler: async (request) => checkins.series(scopeOf(request), request.query),
  });

  api.post(`${base}/checkins`, {
    config: { access: write },
    schema: { params, body: checkinSchema, response: { 201: saved } },
    handler: async (request, reply) => {
      const { checkin: created, plannedActions } = await checkins.create(
        scopeOf(request),
        request.body,
      );
      reply.header('Location', `${request.url}/${created.id}`);
      return sendItem(reply, { ...created, plannedActions }, 201);
    },
  });

  api.put(`${base}/checkins/:id`, {
    config: { access: write },
    schema: {
      params: itemParams,
      headers: ifMatchHeaders,
      body: checkinSchema,
      response: { 200: saved },
    },
    handler: async (request, reply) => {
      const ifMatch = ifMatchOf(request);
      const result = await checkins.update(
        scopeOf(request),
        request.params.id,
        ifMatch,
        request.body,
      );
      return sendItem(reply, { ...result.checkin, plannedActions: result.plannedActions });
    },
  });

  registerRowRoutes(app, {
    path: `${base}/checkins`,
    section: 'checkins',
    row: checkin,
    revision,
    service: checkins,
  });
}
