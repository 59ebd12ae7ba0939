// Files the person keeps with their plans. Checked by content, size-limited, stored privately
// in the database (never in a public folder), and only ever served to someone the policy allows.
import { createHash, randomUUID } from 'node:crypto';
import {
  ATTACHMENT_PURPOSES,
  type AttachmentPurpose,
  cleanFileName,
  detectMediaType,
  isAllowedFor,
  MAX_UPLOAD_BYTES,
} from '../../../domain/attachments/file-type.ts';
import { AppError, notFound } from '../../../domain/errors.ts';
import { t } from '../../../domain/i18n/translate.ts';
import type { RecordScope } from '../../http/access.ts';
import type { Clock } from '../record/record.service.ts';
import type { AttachmentRepo } from './attachments.repo.ts';

export type AttachmentMeta = {
  id: string;
  mediaType: string;
  fileName: string;
  byteSize: number;
  sha256: string;
  createdAt: string;
};

function requireScope(
  scope: RecordScope,
  purpose: AttachmentPurpose,
  action: 'read' | 'write',
): void {
  const section = ATTACHMENT_PURPOSES[purpose].section;
  if (scope.section !== section || (action === 'write' && scope.action !== 'write')) {
    throw new Error(
      `Scope ${scope.section}/${scope.action} does not cover ${action} of ${purpose}`,
    );
  }
}

const toMeta = (row: {
  id: string;
  media_type: string;
  file_name: string;
  byte_size: number;
  sha256: string;
  created_at: string;
}): AttachmentMeta => ({
  id: row.id,
  mediaType: row.media_type,
  fileName: row.file_name,
  byteSize: Number(row.byte_size),
  sha256: row.sha256,
  createdAt: row.created_at,
});

export function createAttachmentService(repo: AttachmentRepo, clock: Clock) {
  return {
    async upload(
      scope: RecordScope,
      purpose: AttachmentPurpose,
      bytes: Buffer,
      rawName: string | undefined,
    ): Promise<AttachmentMeta> {
      requireScope(scope, purpose, 'write');
      if (bytes.length > MAX_UPLOAD_BYTES) {
        throw new AppError('WM_UPLOAD_TOO_LARGE', {
          params: { max: MAX_UPLOAD_BYTES / 1024 / 1024 },
        });
      }
      const type = detectMediaType(bytes);
      if (bytes.length === 0 || !isAllowedFor(purpose, type))
        throw new AppError('WM_UPLOAD_WRONG_TYPE');
      const row = {
        person_id: scope.personId,
        id: randomUUID(),
        purpose,
        media_type: type,
        file_name: cleanFileName(rawName, type),
        byte_size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        content: bytes.toString('base64'),
        created_at: clock().toISOString(),
        deleted_at: null,
      };
      await repo.insert(row);
      return toMeta(row);
    },

    async list(scope: RecordScope, purpose: AttachmentPurpose): Promise<AttachmentMeta[]> {
      requireScope(scope, purpose, 'read');
      return (await repo.list(scope.personId, purpose)).map(toMeta);
    },

    async read(
      scope: RecordScope,
      purpose: AttachmentPurpose,
      id: string,
    ): Promise<{ meta: AttachmentMeta; bytes: Buffer }> {
      requireScope(scope, purpose, 'read');
      const row = await repo.find(scope.personId, purpose, id);
      if (!row || row.deleted_at) throw notFound();
      return { meta: toMeta(row), bytes: Buffer.from(row.content, 'base64') };
    },

    /** Deleting hides the file; it can be brought back with undelete. */
    async setDeleted(
      scope: RecordScope,
      purpose: AttachmentPurpose,
      id: string,
      deleted: boolean,
    ): Promise<AttachmentMeta> {
      requireScope(scope, purpose, 'write');
      const row = await repo.find(scope.personId, purpose, id);
      if (!row || Boolean(row.deleted_at) === deleted) throw notFound();
      await repo.setDeleted(scope.personId, id, deleted ? clock().toISOString() : null);
      return toMeta(row);
    },

    /** A plan may only point at the person's own live file of the right kind. */
    async requireOwn(
      scope: RecordScope,
      purpose: AttachmentPurpose,
      id: string,
      field: string,
    ): Promise<void> {
      const row = await repo.find(scope.personId, purpose, id);
      if (!row || row.deleted_at) {
        throw new AppError('WM_VALIDATION_FAILED', {
          fields: [{ field, message: t('validation.ownDocument') }],
        });
      }
    },
  };
}

export type AttachmentService = ReturnType<typeof createAttachmentService>;
