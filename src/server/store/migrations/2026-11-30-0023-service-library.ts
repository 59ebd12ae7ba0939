// Frozen in time: a service's measure library and its "my care" review items (issue 14,
// decision 0042). Nothing here is person-owned. A service's own uploaded Questionnaires live in a
// table of their own, keyed by the service, so no other service's library (and no person's list
// of installation-wide measures) can show them; the installation's measures are switched off for
// a service by a row here, and on again by removing it. "My care" items are never deleted: an
// item past reviews name is archived, and the list carries one version for If-Match.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('service_measure')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service_id', 'text', (c) => c.notNull().references('service.id'))
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('questionnaire', 'text', (c) => c.notNull())
    .addColumn('added_by', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('service_measure_url_version', ['service_id', 'url', 'version'])
    .execute();

  // Installation-wide measures a service has switched off (and, later, its own too).
  await db.schema
    .createTable('service_measure_off')
    .addColumn('service_id', 'text', (c) => c.notNull().references('service.id'))
    .addColumn('measure_id', 'text', (c) => c.notNull())
    .addColumn('switched_off_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('service_measure_off_pk', ['service_id', 'measure_id'])
    .execute();

  // One row once a service's list exists (made with the defaults); `version` is the list's.
  await db.schema
    .createTable('service_my_care')
    .addColumn('service_id', 'text', (c) => c.primaryKey().references('service.id'))
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('my_care_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('service_id', 'text', (c) => c.notNull().references('service.id'))
    // One of the evidence-based defaults (their words come from the catalogue), or null.
    .addColumn('default_key', 'text')
    // The service's own words; null for a default it has not renamed.
    .addColumn('label', 'text')
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('archived_at', 'text')
    .execute();
  await db.schema
    .createIndex('my_care_item_service')
    .on('my_care_item')
    .columns(['service_id', 'position'])
    .execute();
}
