import type { Kysely } from 'kysely';
import type { Database, EmergencyLinkRow } from '../../store/schema.ts';

export function createEmergencyLinkRepo(db: Kysely<Database>) {
  return {
    async insert(row: EmergencyLinkRow): Promise<void> {
      await db.insertInto('emergency_link').values(row).execute();
    },

    list(personId: string): Promise<EmergencyLinkRow[]> {
      return db
        .selectFrom('emergency_link')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('created_at', 'desc')
        .execute();
    },

    find(personId: string, id: string): Promise<EmergencyLinkRow | undefined> {
      return db
        .selectFrom('emergency_link')
        .selectAll()
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    findByTokenHash(tokenHash: string): Promise<EmergencyLinkRow | undefined> {
      return db
        .selectFrom('emergency_link')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .executeTakeFirst();
    },

    /** Revokes the link only if its stored version is still `expected`; undefined otherwise. */
    revoke(
      personId: string,
      id: string,
      expected: number,
      at: string,
    ): Promise<EmergencyLinkRow | undefined> {
      return db
        .updateTable('emergency_link')
        .set({ revoked_at: at, version: expected + 1 })
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .where('version', '=', expected)
        .where('revoked_at', 'is', null)
        .returningAll()
        .executeTakeFirst();
    },

    /** Renames the link only if its stored version is still `expected`; undefined otherwise. */
    rename(
      personId: string,
      id: string,
      expected: number,
      label: string,
    ): Promise<EmergencyLinkRow | undefined> {
      return db
        .updateTable('emergency_link')
        .set({ label, version: expected + 1 })
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .where('version', '=', expected)
        .returningAll()
        .executeTakeFirst();
    },

    async recordView(personId: string, id: string, linkId: string, at: string): Promise<void> {
      await db
        .insertInto('emergency_link_view')
        .values({ person_id: personId, id, link_id: linkId, viewed_at: at })
        .execute();
    },

    async views(personId: string): Promise<{ link_id: string; viewed_at: string }[]> {
      return db
        .selectFrom('emergency_link_view')
        .select(['link_id', 'viewed_at'])
        .where('person_id', '=', personId)
        .orderBy('viewed_at', 'desc')
        .execute();
    },
  };
}

export type EmergencyLinkRepo = ReturnType<typeof createEmergencyLinkRepo>;
