// Frozen in time: a service's teams and who is in them (issue 14). A team belongs to one service;
// its name is unique within the service. A membership is kept when it ends (removed_at), so who
// was in a team stays known.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('team')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service_id', 'text', (c) => c.notNull().references('service.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .execute();
  await db.schema
    .createIndex('team_service_name')
    .on('team')
    .columns(['service_id', 'name'])
    .unique()
    .execute();

  await db.schema
    .createTable('team_member')
    .addColumn('team_id', 'text', (c) => c.notNull().references('team.id'))
    .addColumn('account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('added_at', 'text', (c) => c.notNull())
    .addColumn('removed_at', 'text')
    .addPrimaryKeyConstraint('team_member_pk', ['team_id', 'account_id'])
    .execute();
  await db.schema
    .createIndex('team_member_account')
    .on('team_member')
    .column('account_id')
    .execute();
}
