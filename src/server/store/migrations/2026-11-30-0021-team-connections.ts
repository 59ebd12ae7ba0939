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
    // SQLite cannot drop a NOT NULL: the table is made again, as SQLite's own steps say. The
    // grants that point at it are checked at the commit, when it is back under its name.
    await db.transaction().execute(async (trx) => {
      await sql`pragma defer_foreign_keys = on`.execute(trx);
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
      await sql`drop table relationship`.execute(trx);
      await sql`alter table relationship_new rename to relationship`.execute(trx);
      await sql`create index relationship_account on relationship (account_id, person_id)`.execute(
        trx,
      );
      await sql`create unique index relationship_current on relationship (person_id, account_id) where ended_at is null`.execute(
        trx,
      );
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
