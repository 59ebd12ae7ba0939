// Frozen in time: a person connects to a team (issue 14, decision 0040). A relationship is now
// either with an account (account_id) or with a team (team_id), never both: a team's grants are
// the usual access_grant rows, so one access model decides both. A team has a code people join
// with; only its SHA-256 is kept for the look-up, and the nonce the server derives the code from
// under its key (so staff can be shown it again, and the database alone never reveals it).
import { type Kysely, PostgresAdapter, sql } from 'kysely';

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
const isPostgres = (db: Kysely<any>) => db.getExecutor().adapter instanceof PostgresAdapter;

// biome-ignore lint/suspicious/noExplicitAny: migrations must not depend on the app's current types
export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    await sql`alter table relationship alter column account_id drop not null`.execute(db);
    await sql`alter table relationship add column team_id text references team (id)`.execute(db);
    await sql`alter table relationship add constraint relationship_one_side
      check ((account_id is null) <> (team_id is null))`.execute(db);
  } else {
    // SQLite cannot drop a NOT NULL: the table is made again. Dropping a table that others point
    // at would break their foreign keys (SQLite deletes its rows first), so the grants, the only
    // rows that point at it, are kept aside and put back into the same table made again.
    await db.transaction().execute(async (trx) => {
      await sql`create table relationship_new (
        person_id text not null references account (id),
        id text not null,
        account_id text references account (id),
        role text not null,
        known_as text not null,
        created_at text not null,
        ended_at text,
        team_id text references team (id),
        constraint relationship_pk primary key (person_id, id),
        constraint relationship_one_side check ((account_id is null) <> (team_id is null))
      )`.execute(trx);
      await sql`insert into relationship_new
        (person_id, id, account_id, role, known_as, created_at, ended_at, team_id)
        select person_id, id, account_id, role, known_as, created_at, ended_at, null
          from relationship`.execute(trx);
      await sql`create table access_grant_kept as select * from access_grant`.execute(trx);
      await sql`drop table access_grant`.execute(trx);
      await sql`drop table relationship`.execute(trx);
      await sql`alter table relationship_new rename to relationship`.execute(trx);
      await sql`create index relationship_account on relationship (account_id, person_id)`.execute(
        trx,
      );
      await sql`create unique index relationship_current on relationship (person_id, account_id) where ended_at is null`.execute(
        trx,
      );
      // As migration 0011 made it.
      await trx.schema
        .createTable('access_grant')
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('relationship_id', 'text', (c) => c.notNull())
        .addColumn('section', 'text', (c) => c.notNull())
        .addColumn('level', 'text', (c) => c.notNull())
        .addColumn('ends_at', 'text')
        .addColumn('advance_choice', 'integer', (c) => c.notNull().defaultTo(0))
        .addPrimaryKeyConstraint('access_grant_pk', ['person_id', 'relationship_id', 'section'])
        .addForeignKeyConstraint(
          'access_grant_relationship',
          ['person_id', 'relationship_id'],
          'relationship',
          ['person_id', 'id'],
        )
        .execute();
      await sql`insert into access_grant
        (person_id, relationship_id, section, level, ends_at, advance_choice)
        select person_id, relationship_id, section, level, ends_at, advance_choice
          from access_grant_kept`.execute(trx);
      await sql`drop table access_grant_kept`.execute(trx);
    });
  }
  // At most one current connection between a person and a team; and the team's side: who is
  // connected to the teams an account is in.
  await sql`create unique index relationship_team_current on relationship (person_id, team_id) where ended_at is null and team_id is not null`.execute(
    db,
  );
  await db.schema
    .createIndex('relationship_team')
    .on('relationship')
    .columns(['team_id', 'person_id'])
    .execute();

  await db.schema.alterTable('team').addColumn('code_hash', 'text').execute();
  await db.schema.alterTable('team').addColumn('code_nonce', 'text').execute();
  await db.schema.alterTable('team').addColumn('code_key_id', 'text').execute();
  await db.schema.createIndex('team_code').on('team').column('code_hash').unique().execute();
}
