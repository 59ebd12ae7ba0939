// Frozen in time: the measure library (installation-wide), a person's answers to measures with
// their scores, the history of what the person changed on them (note, "for me only"), and each
// score again as a FHIR-style Observation so a chart or a report reads one indexed series
// instead of opening every response (see docs/decisions/0012-observations-beside-responses.md).
import type { Kysely } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  // Not person-owned: the measures every person of this installation can answer.
  await db.schema
    .createTable('measure')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('questionnaire', 'text', (c) => c.notNull())
    // The skeleton as shipped, kept once wording is loaded so corrected wording can be reloaded.
    .addColumn('skeleton', 'text')
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('measure_url_version', ['url', 'version'])
    .execute();

  // measure_id has no foreign key: goal ratings are built per person and are not in the library.
  await db.schema
    .createTable('measure_response')
    .addColumn('person_id', 'text', (c) => c.notNull().references('account.id'))
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('measure_id', 'text', (c) => c.notNull())
    .addColumn('questionnaire', 'text', (c) => c.notNull())
    .addColumn('response', 'text', (c) => c.notNull())
    .addColumn('scores', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('for_me_only', 'integer', (c) => c.notNull())
    .addColumn('authored', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('measure_response_pk', ['person_id', 'id'])
    .execute();
  await db.schema
    .createIndex('measure_response_time')
    .on('measure_response')
    .columns(['person_id', 'measure_id', 'authored'])
    .execute();

  // Answers never change once given; only the person's note and "for me only" do.
  await db.schema
    .createTable('measure_response_revision')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('response_id', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('note', 'text', (c) => c.notNull())
    .addColumn('for_me_only', 'integer', (c) => c.notNull())
    .addColumn('authored_by', 'text', (c) => c.notNull())
    .addColumn('authored_role', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('measure_response_revision_pk', [
      'person_id',
      'response_id',
      'version',
    ])
    .addForeignKeyConstraint(
      'measure_response_revision_response',
      ['person_id', 'response_id'],
      'measure_response',
      ['person_id', 'id'],
    )
    .execute();

  // value is text: scores may be decimals, and decision 0004 keeps to text and integer columns.
  await db.schema
    .createTable('observation')
    .addColumn('person_id', 'text', (c) => c.notNull())
    .addColumn('id', 'text', (c) => c.notNull())
    .addColumn('response_id', 'text', (c) => c.notNull())
    .addColumn('measure_id', 'text', (c) => c.notNull())
    .addColumn('scale_id', 'text', (c) => c.notNull())
    .addColumn('code_system', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('display', 'text')
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('effective_at', 'text', (c) => c.notNull())
    .addColumn('for_me_only', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('observation_pk', ['person_id', 'id'])
    .addForeignKeyConstraint(
      'observation_response',
      ['person_id', 'response_id'],
      'measure_response',
      ['person_id', 'id'],
    )
    .execute();
  await db.schema
    .createIndex('observation_series')
    .on('observation')
    .columns(['person_id', 'code', 'effective_at'])
    .execute();
}
