// Files the person keeps with their plans. Checked by content, size-limited, within the person's
// storage quota, stored privately in the database (never in a public folder), and only ever
// served to someone the policy allows. Deleted files can be brought back for the undo window;
// after it, the bytes of files no plan can still bring back are purged, freeing their space:
// deleted ones, and ones taken off the plan (or uploaded and never saved in it).
import { createHash, randomUUID } from 'node:crypto';
import { type RecordScope, showsAdvanceChoiceDocument } from '../../../domain/access/scope.ts';
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
import { megabytesDown, type StorageUsage } from '../../../domain/attachments/storage.ts';
import { AppError, notFound } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import type { IfMatch } from '../../../domain/record/versioning.ts';
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

/** The advance choice document goes only where the person said. */
const showsPurpose = (scope: RecordScope, purpose: AttachmentPurpose) =>
  purpose !== 'advance_choice' || showsAdvanceChoiceDocument(scope);

export function createAttachmentService(
  repo: AttachmentRepo,
  clock: Clock,
  limits: { quotaBytes: number },
) {
  /**
   * Removes the bytes of every file the person can no longer bring back from a screen: no
   * version of a plan current at any moment of the undo window names it (its id anywhere in
   * the stored JSON), and it left the person's hands before the window began: deleted before
   * it, or never deleted and uploaded before it (so a file just uploaded, not yet saved in
   * the plan, stays). A file taken off the plan is named by the version current until it was
   * taken off, so it stays for the whole window after that save. Older revisions keep their
   * words; restoring one that named a purged file shows the file as removed.
   * Returns how many files were purged.
   */
  async function purgeExpired(personId?: string): Promise<number> {
    const now = clock();
    const windowStart = undoWindowStart(now);
    const candidates = await repo.purgeCandidates(windowStart, personId);
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
            left: megabytesDown(Math.max(0, limits.quotaBytes - saved.usedBytes)),
            quota: megabytesDown(limits.quotaBytes),
            days: UNDO_WINDOW_DAYS,
          },
        });
      }
      return toMeta(row);
    },

    async list(scope: RecordScope, purpose: AttachmentPurpose): Promise<AttachmentMeta[]> {
      requireScope(scope, purpose, 'read');
      if (!showsPurpose(scope, purpose)) return [];
      return (await repo.list(scope.personId, purpose)).map(toMeta);
    },

    async read(
      scope: RecordScope,
      purpose: AttachmentPurpose,
      id: string,
    ): Promise<{ meta: AttachmentMeta; bytes: Buffer }> {
      requireScope(scope, purpose, 'read');
      if (!showsPurpose(scope, purpose)) throw notFound();
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

    /**
     * How much of the person's storage is in use, for someone who may upload to it (they would
     * learn it from a refused upload anyway). Expired files are purged first, as on upload.
     */
    async usage(scope: RecordScope, purpose: AttachmentPurpose): Promise<StorageUsage> {
      requireScope(scope, purpose, 'write');
      await purgeExpired(scope.personId);
      return { usedBytes: await repo.usedBytes(scope.personId), quotaBytes: limits.quotaBytes };
    },

    /** Of the files a plan names, those whose bytes were purged: shown as removed. */
    async removedAmong(
      scope: RecordScope,
      purpose: AttachmentPurpose,
      ids: string[],
    ): Promise<string[]> {
      requireScope(scope, purpose, 'read');
      return repo.purgedAmong(scope.personId, purpose, ids);
    },

    /**
     * A plan may only point at the person's own file of the right kind, and not at one deleted
     * (bring it back first). A purged file may stay named: it can never come back, so a plan
     * restored with it must still save; the plan's read shows it as removed.
     */
    async requireOwn(
      scope: RecordScope,
      purpose: AttachmentPurpose,
      id: string,
      field: string,
    ): Promise<void> {
      const row = await repo.find(scope.personId, purpose, id);
      if (!row || (row.deleted_at && !row.purged_at)) {
        throw new AppError('WM_VALIDATION_FAILED', {
          fields: [{ field, message: say('validation.ownDocument') }],
        });
      }
    },
  };
}

export type AttachmentService = ReturnType<typeof createAttachmentService>;
