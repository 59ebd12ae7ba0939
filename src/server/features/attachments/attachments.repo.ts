import type { Kysely } from 'kysely';
import type { AttachmentRow, Database } from '../../store/schema.ts';

const META = [
  'id',
  'purpose',
  'media_type',
  'file_name',
  'byte_size',
  'sha256',
  'created_at',
  'deleted_at',
] as const;

export function createAttachmentRepo(db: Kysely<Database>) {
  return {
    async insert(row: AttachmentRow): Promise<void> {
      await db.insertInto('attachment').values(row).execute();
    },

    list(personId: string, purpose: string) {
      return db
        .selectFrom('attachment')
        .select(META)
        .where('person_id', '=', personId)
        .where('purpose', '=', purpose)
        .where('deleted_at', 'is', null)
        .orderBy('created_at')
        .execute();
    },

    find(personId: string, purpose: string, id: string): Promise<AttachmentRow | undefined> {
      return db
        .selectFrom('attachment')
        .selectAll()
        .where('person_id', '=', personId)
        .where('purpose', '=', purpose)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async setDeleted(personId: string, id: string, deletedAt: string | null): Promise<void> {
      await db
        .updateTable('attachment')
        .set({ deleted_at: deletedAt })
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .execute();
    },
  };
}

export type AttachmentRepo = ReturnType<typeof createAttachmentRepo>;
