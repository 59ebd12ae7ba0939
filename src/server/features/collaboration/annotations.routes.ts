// Two views side by side (decision 0030): beside each plan and each life-area rating set, the
// views of people with suggest access (the decision's `annotate`) and the person's replies.
// Reading needs read access on the section; replying is the person's alone (write); taking a
// view back is its author's alone.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { RecordScope } from '../../../domain/access/scope.ts';
import type { LifeAreaRatingSet } from '../../../domain/checkins/checkins.schema.ts';
import {
  annotationListSchema,
  annotationSchema,
  newAnnotationSchema,
  newReplySchema,
} from '../../../domain/collaboration/collaboration.schema.ts';
import { notFound } from '../../../domain/errors.ts';
import {
  afterCrisisSchema,
  crisisPlanSchema,
  movingOnSchema,
  safetyPlanSchema,
  stayingWellSchema,
} from '../../../domain/record/plans.schema.ts';
import type { ItemKind, Section } from '../../../domain/record/sections.ts';
import { id, z } from '../../../domain/validation.ts';
import { record, scopeOf } from '../../http/access.ts';
import type { RecordService } from '../record/record.service.ts';
import type { AnnotatedItem, CollaborationService } from './collaboration.service.ts';

const base = '/api/people/:personId';

type Target = {
  path: string;
  kind: ItemKind;
  section: Section;
  /** Whether the path names the item (`:id`) or it is the person's one document of the kind. */
  params: z.ZodObject;
  find: (scope: RecordScope, params: Record<string, string>) => Promise<AnnotatedItem | undefined>;
};

export function registerAnnotationRoutes(
  app: FastifyInstance,
  records: RecordService,
  service: CollaborationService,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const documentParams = z.object({ personId: z.string() });
  const itemParams = documentParams.extend({ id: id() });

  const documentTarget = (
    path: string,
    kind: ItemKind,
    section: Section,
    schema: z.ZodObject,
  ): Target => ({
    path: `${base}/${path}/views`,
    kind,
    section,
    params: documentParams,
    find: async (scope) => {
      const item = await records.getSingleton(scope, kind);
      return item ? { item, parts: Object.keys(schema.shape) } : undefined;
    },
  });

  const targets: Target[] = [
    documentTarget('staying-well-plan', 'staying_well', 'staying_well', stayingWellSchema),
    documentTarget('crisis-plan', 'crisis_plan', 'crisis_plan', crisisPlanSchema),
    documentTarget('safety-plan', 'safety_plan', 'safety_plan', safetyPlanSchema),
    documentTarget('after-crisis', 'after_crisis', 'after_crisis', afterCrisisSchema),
    documentTarget('moving-on-plan', 'moving_on', 'moving_on', movingOnSchema),
    {
      path: `${base}/life-area-ratings/:id/views`,
      kind: 'life_area_rating',
      section: 'checkins',
      params: itemParams,
      find: async (scope, params) => {
        const item = await records.get<LifeAreaRatingSet>(
          scope,
          'life_area_rating',
          params.id ?? '',
        );
        // A deleted rating is not there to be seen differently.
        if (item.deletedAt) throw notFound();
        return { item, parts: item.data.ratings.map((rating) => rating.lifeAreaId) };
      },
    },
  ];

  for (const target of targets) {
    const paramsOf = (request: { params: unknown }) => request.params as Record<string, string>;
    const finder = (params: Record<string, string>) => (scope: RecordScope) =>
      target.find(scope, params);

    api.get(target.path, {
      config: { access: record(target.section, 'read') },
      schema: { params: target.params, response: { 200: annotationListSchema } },
      handler: async (request) => service.annotations(scopeOf(request), finder(paramsOf(request))),
    });

    api.post(target.path, {
      config: { access: record(target.section, 'annotate') },
      schema: {
        params: target.params,
        body: newAnnotationSchema,
        response: { 201: annotationSchema },
      },
      handler: async (request, reply) => {
        const view = await service.annotate(
          scopeOf(request),
          target.kind,
          finder(paramsOf(request)),
          request.body,
        );
        return reply.code(201).send(view);
      },
    });

    // The author takes their view back (annotate: the person never has a view to take back).
    api.delete(`${target.path}/:viewId`, {
      config: { access: record(target.section, 'annotate') },
      schema: { params: target.params.extend({ viewId: id() }) },
      handler: async (request, reply) => {
        const params = paramsOf(request);
        await service.deleteView(scopeOf(request), finder(params), params.viewId ?? '');
        return reply.code(204).send();
      },
    });

    api.post(`${target.path}/replies`, {
      config: { access: record(target.section, 'write') },
      schema: {
        params: target.params,
        body: newReplySchema,
        response: { 201: annotationSchema },
      },
      handler: async (request, reply) => {
        const params = paramsOf(request);
        const answer = await service.reply(
          scopeOf(request),
          finder(params),
          request.body.viewId,
          request.body.text,
        );
        return reply.code(201).send(answer);
      },
    });
  }
}
