// Files the person keeps with their plans. Checked by content, size-limited, within the person's
// storage quota, stored privately in the database (never in a public folder), and only ever
// served to someone the policy allows. Deleted files can be brought back for the undo window;
// after it, the bytes of those no plan can still bring back are purged, freeing their space.
import { createHash, randomUUID } from 'node:crypto';
import {
  ATTACHMENT_PURPOSES,
  type AttachmentPurpose,
  cleanFileName,
  detectMediaType,
  isAllowedFor,
  MAX_UPLOAD_BYTES,
  type MediaType,
  safeFileName,
} from '../../../domain/attachments/file-type.ts';
import { AppError, notFound } from '../../../domain/errors.ts';
import { t } from '../../../domain/i18n/translate.ts';
import type { IfMatch } from '../../../domain/record/versioning.ts';
import type { RecordScope } from '../../http/access.ts';
import type { AttachmentRow } from '../../store/schema.ts';
import { type Clock, UNDO_WINDOW_DAYS, undoWindowStart } from '../record/record.service.ts';
import { saveIfVersion } from '../record/versioned-write.ts';
import type { AttachmentRepo } from './attachments.repo.ts';

export type AttachmentMeta = {
  id: string;
  version: number;
  mediaType: MediaType;
  fileName: string;
  byteSize: number;
  sha256: string;
  createdAt: string;
  deletedAt: string | null;
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

const toMeta = (
  row: Pick<
    AttachmentRow,
    | 'id'
    | 'version'
    | 'media_type'
    | 'file_name'
    | 'byte_size'
    | 'sha256'
    | 'created_at'
    | 'deleted_at'
  >,
): AttachmentMeta => ({
  id: row.id,
  version: Number(row.version),
  mediaType: row.media_type as MediaType,
  // Cleaned again: names stored before the current rules are shown safely too.
  fileName: safeFileName(row.file_name, row.media_type as MediaType),
  byteSize: Number(row.byte_size),
  sha256: row.sha256,
  createdAt: row.created_at,
  deletedAt: row.deleted_at,
});

/** Megabytes to one decimal place, rounded down so the space left is never overstated. */
const megabytes = (bytes: number) => Math.floor((bytes / 1024 / 1024) * 10) / 10;

export function createAttachmentService(
  repo: AttachmentRepo,
  clock: Clock,
  limits: { quotaBytes: number },
) {
  /**
   * Removes the bytes of files deleted before the undo window began, unless a plan could still
   * bring them back: the plan as it stands now, or any plan revision saved within the undo
   * window, names the file (its id anywhere in the stored JSON). Older revisions keep their
   * words; restoring one that named a purged file names a file that is no longer kept.
   * Returns how many files were purged.
   */
  async function purgeExpired(personId?: string): Promise<number> {
    const now = clock();
    const windowStart = undoWindowStart(now);
    const candidates = await repo.deletedBefore(windowStart, personId);
    const byPerson = Map.groupBy(candidates, (file) => file.person_id);
    let purged = 0;
    for (const [owner, files] of byPerson) {
      const plans = await repo.planTextsSince(owner, windowStart);
      for (const file of files) {
        if (plans.some((text) => text.includes(file.id))) continue;
        await repo.purge(owner, file.id, windowStart, now.toISOString());
        purged += 1;
      }
    }
    return purged;
  }

  return {
    purgeExpired,

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
      // Space whose undo window has passed is freed before the quota is judged.
      await purgeExpired(scope.personId);
      const row: AttachmentRow = {
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
        version: 1,
        purged_at: null,
      };
      const saved = await repo.insertWithinQuota(row, limits.quotaBytes);
      if (!saved.stored) {
        throw new AppError('WM_STORAGE_QUOTA_EXCEEDED', {
          params: {
            left: megabytes(Math.max(0, limits.quotaBytes - saved.usedBytes)),
            quota: megabytes(limits.quotaBytes),
            days: UNDO_WINDOW_DAYS,
          },
        });
      }
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
      if (!row || row.deleted_at || row.purged_at) throw notFound();
      return { meta: toMeta(row), bytes: Buffer.from(row.content, 'base64') };
    },

    /**
     * Deleting hides the file; undelete brings it back until its bytes are purged. Like every
     * other write it names the version it read: 428 without one, 412 with the file as it is
     * now when that changed. As for record items, only a live file can be deleted and only a
     * deleted one brought back (404 otherwise).
     */
    async setDeleted(
      scope: RecordScope,
      purpose: AttachmentPurpose,
      id: string,
      ifMatch: IfMatch,
      deleted: boolean,
    ): Promise<AttachmentMeta> {
      requireScope(scope, purpose, 'write');
      const current = await repo.find(scope.personId, purpose, id);
      if (!current || current.purged_at || Boolean(current.deleted_at) === deleted)
        throw notFound();
      const updated = await saveIfVersion(ifMatch, current, {
        save: (expected) =>
          repo.setDeleted(scope.personId, id, expected, deleted ? clock().toISOString() : null),
        reread: () => repo.find(scope.personId, purpose, id),
        present: toMeta,
      });
      return toMeta(updated);
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
