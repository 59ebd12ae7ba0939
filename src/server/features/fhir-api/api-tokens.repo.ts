// API tokens (decision 0049): Kysely only. `person_id` leads every lookup but the one by the
// token's hash, which is how a request finds its token (the hash is unique).
import type { Kysely } from 'kysely';
import { compiledRead } from '../../store/compiled-query.ts';
import type { ApiTokenTable, Database } from '../../store/schema.ts';

export function createApiTokenRepo(db: Kysely<Database>) {
  // Run on every FHIR request: compiled once.
  const byHash = compiledRead(db, ['hash'], (p) =>
    db.selectFrom('api_token').select(['person_id', 'id']).where('token_hash', '=', p.hash),
  );
  return {
    insert: (row: ApiTokenTable) => db.insertInto('api_token').values(row).execute(),
    list: (personId: string, limit: number) =>
      db
        .selectFrom('api_token')
        .selectAll()
        .where('person_id', '=', personId)
        .orderBy('created_at', 'desc')
        .orderBy('id')
        .limit(limit)
        .execute(),
    count: async (personId: string) =>
      Number(
        (
          await db
            .selectFrom('api_token')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('person_id', '=', personId)
            .executeTakeFirstOrThrow()
        ).n,
      ),
    find: (personId: string, id: string) =>
      db
        .selectFrom('api_token')
        .selectAll()
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .executeTakeFirst(),
    /** Ends it now; a token already revoked keeps its first time. */
    revoke: (personId: string, id: string, at: string) =>
      db
        .updateTable('api_token')
        .set({ revoked_at: at })
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .execute(),
    findByHash: async (hash: string) => (await byHash({ hash }))[0],
    touch: (personId: string, id: string, at: string) =>
      db
        .updateTable('api_token')
        .set({ last_used_at: at })
        .where('person_id', '=', personId)
        .where('id', '=', id)
        .execute(),
  };
}

export type ApiTokenRepo = ReturnType<typeof createApiTokenRepo>;
