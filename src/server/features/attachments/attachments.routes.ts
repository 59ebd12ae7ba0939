// Upload, list, download, delete and undelete files kept with a plan. Uploads are the raw file
// as the request body; only these routes accept non-JSON bodies.
import type { FastifyInstance } from 'fastify';
import {
  ATTACHMENT_PURPOSES,
  type AttachmentPurpose,
  MAX_UPLOAD_BYTES,
} from '../../../domain/attachments/file-type.ts';
import { storageUsageSchema } from '../../../domain/attachments/storage.ts';
import { id, z } from '../../../domain/validation.ts';
import { record, scopeOf } from '../../http/access.ts';
import { sendItem } from '../record/item.routes.ts';
import { ifMatchHeaders, ifMatchOf } from '../record/versioned-write.ts';
import type { AttachmentService } from './attachments.service.ts';
import { contentDisposition, DOWNLOAD_HEADERS } from './download.ts';

const meta = z.object({
  id: z.string(),
  version: z.number().int(),
  mediaType: z.string(),
  fileName: z.string(),
  byteSize: z.number(),
  sha256: z.string(),
  createdAt: z.string(),
  deletedAt: z.string().nullable(),
});
const listParams = z.object({ personId: z.string() });
const itemParams = listParams.extend({ id: id() });

// What browsers send for PDFs and photos; the file's own bytes still decide what it is.
const UPLOAD_CONTENT_TYPES = [
  'application/pdf',
  'application/octet-stream',
  'image/png',
  'image/jpeg',
  'image/webp',
  'image/gif',
  'image/heic',
  'image/heif',
];

const PATHS: Record<AttachmentPurpose, string> = {
  advance_choice: '/api/people/:personId/crisis-plan/documents',
  reason_photo: '/api/people/:personId/safety-plan/photos',
};

export function registerAttachmentRoutes(
  app: FastifyInstance,
  attachments: AttachmentService,
): void {
  app.register(async (scoped) => {
    // Any declared type is read as bytes; the service decides by the content what the file is.
    scoped.addContentTypeParser(
      UPLOAD_CONTENT_TYPES,
      { parseAs: 'buffer', bodyLimit: MAX_UPLOAD_BYTES + 1024 * 1024 },
      (_request, body, done) => done(null, body),
    );
    for (const [purpose, path] of Object.entries(PATHS) as [AttachmentPurpose, string][]) {
      const section = ATTACHMENT_PURPOSES[purpose].section;

      scoped.post(path, {
        config: { access: record(section, 'write') },
        bodyLimit: MAX_UPLOAD_BYTES + 1024 * 1024,
        schema: { params: listParams, response: { 201: meta } },
        handler: async (request, reply) => {
          const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
          const name = request.headers['x-file-name'];
          const saved = await attachments.upload(
            scopeOf(request),
            purpose,
            body,
            typeof name === 'string' ? name : undefined,
          );
          return sendItem(reply, saved, 201);
        },
      });

      scoped.get(path, {
        config: { access: record(section, 'read') },
        schema: { params: listParams, response: { 200: z.object({ items: z.array(meta) }) } },
        handler: async (request) => ({ items: await attachments.list(scopeOf(request), purpose) }),
      });

      // The person's whole storage, shown beside the upload field: for those who may upload.
      scoped.get(`${path}/storage`, {
        config: { access: record(section, 'write') },
        schema: { params: listParams, response: { 200: storageUsageSchema } },
        handler: async (request) => attachments.usage(scopeOf(request), purpose),
      });

      scoped.get(`${path}/:id`, {
        config: { access: record(section, 'read') },
        schema: { params: itemParams },
        handler: async (request, reply) => {
          const { meta: file, bytes } = await attachments.read(
            scopeOf(request),
            purpose,
            (request.params as { id: string }).id,
          );
          // Photos show in the plan's page; documents are saved, never opened as our page.
          const disposition = file.mediaType === 'application/pdf' ? 'attachment' : 'inline';
          return reply
            .type(file.mediaType)
            .headers(DOWNLOAD_HEADERS)
            .header('Content-Disposition', contentDisposition(disposition, file.fileName))
            .send(bytes);
        },
      });

      for (const [suffix, method, deleted] of [
        ['', 'DELETE', true],
        ['/undelete', 'POST', false],
      ] as const) {
        scoped.route({
          method,
          url: `${path}/:id${suffix}`,
          config: { access: record(section, 'write') },
          schema: { params: itemParams, headers: ifMatchHeaders, response: { 200: meta } },
          handler: async (request, reply) =>
            sendItem(
              reply,
              await attachments.setDeleted(
                scopeOf(request),
                purpose,
                (request.params as { id: string }).id,
                ifMatchOf(request),
                deleted,
              ),
            ),
        });
      }
    }
  });
}
