// Frozen in time: bearer tokens a person gives a named app or service to read part of their
// record through the FHIR read API (issue 15, decision 0049). Only the SHA-256 of each token is
// kept; the token itself is shown once. `scopes` is the SMART-style scopes as a JSON array.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('api_token')
    .addColumn('person_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scopes', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('ends_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .addColumn('last_used_at', 'text')
    .addPrimaryKeyConstraint('api_token_pk', ['person_id', 'id'])
    .execute();
}
