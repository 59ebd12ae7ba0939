// Frozen in time: services (issue 14). A service is an organisation that runs Waymark for the
// people it supports; its staff are accounts (a service admin, later practitioners) tied to one
// service each. A service admin's account starts with no usable password: the operator's
// command gives a one-time set-up link, kept here only as the SHA-256 of its token.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('service')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .execute();

  await db.schema
    .createTable('staff_member')
    .addColumn('account_id', 'text', (c) => c.primaryKey().references('account.id'))
    .addColumn('service_id', 'text', (c) => c.notNull().references('service.id'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('disabled_at', 'text')
    .execute();
  await db.schema
    .createIndex('staff_member_service')
    .on('staff_member')
    .columns(['service_id', 'role'])
    .execute();

  await db.schema
    .createTable('set_up_link')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .execute();
  await db.schema
    .createIndex('set_up_link_account')
    .on('set_up_link')
    .column('account_id')
    .execute();
}
