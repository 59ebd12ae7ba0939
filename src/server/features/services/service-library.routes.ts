// A service admin's measure library and "my care" items over HTTP (issue 14, decision 0042).
// Signed in is the route's rule; the use cases then answer only an enabled admin of an enabled
// service, about that service, and give anyone else the 404 of a page that is not there.
// Nothing here reads any person's record.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { notFound } from '../../../domain/errors.ts';
import { etagFor } from '../../../domain/record/versioning.ts';
import {
  libraryListSchema,
  libraryMeasureSchema,
  MAX_UPLOAD_BYTES,
  offeredSchema,
  uploadCheckSchema,
  uploadSchema,
} from '../../../domain/services/library.schema.ts';
import {
  type MyCareList,
  myCareLabelSchema,
  myCareListSchema,
  myCareMoveSchema,
} from '../../../domain/services/my-care-items.ts';
import { z } from '../../../domain/validation.ts';
import { SIGNED_IN } from '../../http/access.ts';
import { ifMatchHeaders, ifMatchOf } from '../record/versioned-write.ts';
import type { MyCareItems } from './my-care-items.service.ts';
import type { ServiceLibrary } from './service-library.service.ts';

const measureParams = z.object({ measureId: z.string().max(100) });
const itemParams = z.object({ itemId: z.string().max(100) });

const callerOf = (request: FastifyRequest) => {
  if (!request.session) throw notFound();
  return request.session.account.id;
};

/** The list with its version as the ETag, for the next edit's If-Match. */
const sendList = (reply: FastifyReply, list: MyCareList, status = 200) =>
  reply.code(status).header('ETag', etagFor(list.version)).send(list);

export function registerServiceLibraryRoutes(
  app: FastifyInstance,
  library: ServiceLibrary,
  myCare: MyCareItems,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();
  const access = { access: SIGNED_IN };
  // A Questionnaire with its scoring rules; far more than any real one needs (PHQ-9 is ~10 KB).
  const upload = { bodyLimit: MAX_UPLOAD_BYTES + 1024 };

  api.get('/api/service/measures', {
    config: access,
    schema: { response: { 200: libraryListSchema } },
    handler: async (request) => ({ measures: await library.list(callerOf(request)) }),
  });

  api.post('/api/service/measures/check', {
    config: access,
    ...upload,
    schema: { body: uploadSchema, response: { 200: uploadCheckSchema } },
    handler: async (request) => library.check(callerOf(request), request.body.questionnaire),
  });

  api.post('/api/service/measures', {
    config: access,
    ...upload,
    schema: { body: uploadSchema, response: { 201: libraryMeasureSchema } },
    handler: async (request, reply) => {
      const added = await library.add(callerOf(request), request.body.questionnaire);
      return reply.code(201).send(added);
    },
  });

  api.put('/api/service/measures/:measureId/offered', {
    config: access,
    schema: { params: measureParams, body: offeredSchema, response: { 200: libraryMeasureSchema } },
    handler: async (request) =>
      library.setOffered(callerOf(request), request.params.measureId, request.body.offered),
  });

  api.get('/api/service/my-care-items', {
    config: access,
    schema: { response: { 200: myCareListSchema } },
    handler: async (request, reply) => sendList(reply, await myCare.list(callerOf(request))),
  });

  api.post('/api/service/my-care-items', {
    config: access,
    schema: {
      headers: ifMatchHeaders,
      body: myCareLabelSchema,
      response: { 201: myCareListSchema },
    },
    handler: async (request, reply) =>
      sendList(reply, await myCare.add(callerOf(request), ifMatchOf(request), request.body), 201),
  });

  api.put('/api/service/my-care-items/:itemId', {
    config: access,
    schema: {
      params: itemParams,
      headers: ifMatchHeaders,
      body: myCareLabelSchema,
      response: { 200: myCareListSchema },
    },
    handler: async (request, reply) =>
      sendList(
        reply,
        await myCare.rename(
          callerOf(request),
          ifMatchOf(request),
          request.params.itemId,
          request.body,
        ),
      ),
  });

  api.post('/api/service/my-care-items/:itemId/move', {
    config: access,
    schema: {
      params: itemParams,
      headers: ifMatchHeaders,
      body: myCareMoveSchema,
      response: { 200: myCareListSchema },
    },
    handler: async (request, reply) =>
      sendList(
        reply,
        await myCare.move(
          callerOf(request),
          ifMatchOf(request),
          request.params.itemId,
          request.body,
        ),
      ),
  });

  api.post('/api/service/my-care-items/:itemId/archive', {
    config: access,
    schema: { params: itemParams, headers: ifMatchHeaders, response: { 200: myCareListSchema } },
    handler: async (request, reply) =>
      sendList(
        reply,
        await myCare.archive(callerOf(request), ifMatchOf(request), request.params.itemId),
      ),
  });
}
