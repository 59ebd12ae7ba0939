// Frozen in time: comments (encouragement) on the person's goals and steps, and the second
// view beside the person's words grows what it needs to be shown and answered. A comment is
// not part of the record: no revision, and hiding it is the person's own setting. person_id
// leads every key.
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('record_comment')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    // The goal; a step's comment names the step too ('' for the goal itself).
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('step_id', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('author_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    // The person hid it for themselves (null: shown).
    .addColumn('hidden_at', 'text')
    .addColumn('deleted_at', 'text')
    .addPrimaryKeyConstraint('record_comment_pk', ['person_id', 'id'])
    .addForeignKeyConstraint('record_comment_item', ['person_id', 'item_id'], 'record_item', [
      'person_id',
      'id',
    ])
    .execute();
  await db.schema
    .createIndex('record_comment_item_time')
    .on('record_comment')
    .columns(['person_id', 'item_id', 'created_at'])
    .execute();

  // What part of the item a view is about (a plan's field, a rated life area; '' for all of
  // it), the view a reply answers, and when its author took it back.
  await db.schema
    .alterTable('record_annotation')
    .addColumn('part', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  await db.schema.alterTable('record_annotation').addColumn('reply_to', 'text').execute();
  await db.schema.alterTable('record_annotation').addColumn('deleted_at', 'text').execute();
  await db.schema
    .createIndex('record_annotation_item_time')
    .on('record_annotation')
    .columns(['person_id', 'item_id', 'created_at'])
    .execute();
}
