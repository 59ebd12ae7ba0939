// A synthetic national data set for service outcome reports (issue 16), written straight into
// the database with set-based SQL (INSERT … SELECT over a numbers table), never through the API:
// a million people through the API would take days. 50 services of 40 teams (2,000 teams); each
// person connected to one team (one in twenty to a second team of the same service, one in
// twenty connection ended a year ago); two years of weekly check-ins on the three built-in scales
// (`checkin`, the source table: about 104 rows a person), monthly ratings of the nine standard
// life areas and a monthly PHQ-9 and GAD-7, and three goals each. The report's own tables are
// filled as the write paths would leave them: `outcome_value` (each person, series and month's
// first and last value, "for me only" check-ins left out), `outcome_goal`, and `outcome_consent`
// for 7 people in 10. Life-area rating sets and measure responses are written only as their
// rollup rows: reports read nothing else of them. Then the kept outcome counts (decision 0055),
// by the refill `waymark outcomes rebuild` runs: each person's part worked out by the code the
// write paths use (features/outcomes/outcome-counts.ts), summed.
//
//   node bench/outcomes-seed.ts                        # PostgreSQL, 1,000,000 people
//   PEOPLE=100000 node bench/outcomes-seed.ts
//   DATABASE=sqlite node bench/outcomes-seed.ts        # SQLite, 20,000 people, in a temporary file
//
// Settings: PEOPLE; DATABASE (postgres, sqlite); BENCH_POSTGRES_URL (the server, as the suite);
// OUTCOMES_DATABASE (the database made there, default waymark_outcomes_<people>; an existing one
// is dropped first); SQLITE_FILE. Prints the time each step took and the tables' sizes.
// bench/outcomes.ts measures reports on the result.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import Sqlite from 'better-sqlite3';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { standardAreaKey } from '../src/domain/record/life-area-framings.ts';
import { DEFAULT_LIFE_AREAS } from '../src/domain/record/life-areas.ts';
import { refillOutcomeCounts } from '../src/server/features/outcomes/outcome-counts-fill.ts';
import { migrate, openPostgres, openSqlite } from '../src/server/store/db.ts';
import type { Database } from '../src/server/store/schema.ts';

export type SeedShape = {
  people: number;
  /** The first person's number: 0, or higher for the far end of a national data set alone. */
  firstPerson: number;
  services: number;
  teamsPerService: number;
  /** Weekly check-ins: 104 weeks, from Monday 2 December 2024. */
  weeks: number;
  /** Monthly ratings and measures: 24 months, December 2024 to November 2026. */
  months: number;
  /** People written per statement: progress shows between them, and memory stays flat. */
  chunk: number;
};

export const FIRST_WEEK = '2024-12-02';
export const FIRST_MONTH = '2024-12-01';
export const CHECKIN_SCALES = ['mood', 'hope', 'sleep'] as const;
/** The nine areas a new record starts with, by their stable keys (decision 0051). */
export const LIFE_AREA_KEYS = DEFAULT_LIFE_AREAS.map(standardAreaKey);
export const MEASURES = [
  { series: 'measure:phq-9:total', max: 27, start: 8, spread: 15, fall: 8 },
  { series: 'measure:gad-7:total', max: 21, start: 6, spread: 13, fall: 6 },
] as const;

export const shapeFor = (people: number): SeedShape => ({
  people,
  firstPerson: 0,
  services: 50,
  teamsPerService: 40,
  weeks: 104,
  months: 24,
  chunk: 20_000,
});

export const personId = (n: number) => `person-${String(n).padStart(7, '0')}`;
export const teamId = (t: number) => `team-${String(t).padStart(4, '0')}`;
export const serviceId = (s: number) => `service-${String(s).padStart(2, '0')}`;

/** What differs between the two databases, as SQL fragments; the statements are shared. */
type SqlDialect = {
  /** Zero-padded text of a whole number. */
  padded(expr: string, width: number): string;
  /** An ISO UTC time `days` and `minutes` after midnight of FIRST_WEEK. */
  isoAt(days: string, minutes: string): string;
  /** The date `months` and `days` after FIRST_MONTH, 'YYYY-MM-DD'. */
  dateAt(months: string, days: string): string;
  clamp(low: number, high: number, expr: string): string;
};

const postgresSql: SqlDialect = {
  padded: (expr, width) => `lpad((${expr})::text, ${width}, '0')`,
  isoAt: (days, minutes) =>
    `to_char(timestamp '${FIRST_WEEK}' + make_interval(days => ${days}, mins => ${minutes}), 'YYYY-MM-DD"T"HH24:MI:SS".000Z"')`,
  dateAt: (months, days) =>
    `to_char(date '${FIRST_MONTH}' + make_interval(months => ${months}, days => ${days}), 'YYYY-MM-DD')`,
  clamp: (low, high, expr) => `greatest(${low}, least(${high}, ${expr}))`,
};

const sqliteSql: SqlDialect = {
  padded: (expr, width) => `substr('${'0'.repeat(width)}' || (${expr}), -${width})`,
  isoAt: (days, minutes) =>
    `strftime('%Y-%m-%dT%H:%M:%S.000Z', '${FIRST_WEEK}', '+' || (${days}) || ' days', '+' || (${minutes}) || ' minutes')`,
  dateAt: (months, days) =>
    `strftime('%Y-%m-%d', '${FIRST_MONTH}', '+' || (${months}) || ' months', '+' || (${days}) || ' days')`,
  clamp: (low, high, expr) => `max(${low}, min(${high}, ${expr}))`,
};

/**
 * The statements, for people `offset` to `offset + count - 1`. `p.i` and `w.i` come from the
 * numbers table; `n` is the person's number. Values follow a person's "direction" (six in ten
 * improve, two stay level, two get worse) with small deterministic noise, so reports have real
 * distributions and the same run always makes the same data.
 */
function statements(d: SqlDialect, shape: SeedShape, offset: number, count: number): string[] {
  const n = `(p.i + ${offset})`;
  const person = `'person-' || ${d.padded(n, 7)}`;
  const teams = shape.services * shape.teamsPerService;
  // A person's number mixed (Knuth's multiplicative hash), so who improves and who opted in
  // is spread within every service and team, not fixed by the number's last digit.
  const mix = `((${n}) * 2654435761 % 4294967296 / 4294968)`; // 0 to 999, from the high bits
  const direction = `(case when ${mix} % 10 < 6 then 1 when ${mix} % 10 < 8 then 0 else -1 end)`;
  const people = `from seed_numbers p where p.i < ${count}`;
  const checkinDays = (w: string) => `${w} * 7 + ${n} % 7`;
  const checkinMinutes = `480 + ${n} % 720`;
  const checkinAt = (w: string) => d.isoAt(checkinDays(w), checkinMinutes);
  const checkinValue = (w: string, s: number | string) =>
    d.clamp(
      1,
      7,
      // n % 3, not n: the same remainder, and PostgreSQL's 32-bit integers overflowed at
      // n * 7919 past person 271,000, well short of a national data set's million.
      `2 + (${n} * 31 + ${s}) % 3 + ${direction} * ${w} * 3 / ${shape.weeks - 1} + (${n} % 3 * 7919 + ${w} * 104729 + ${s} * 13) % 3 - 1`,
    );
  // One check-in in fifty is "for me only": written, never counted.
  const forMeOnly = `(w.i + ${n}) % 50 = 0`;
  const ratingDate = d.dateAt('m.i', `${n} % 28`);
  const lifeAreaValue = (k: number) =>
    d.clamp(
      1,
      10,
      `3 + (${n} * 7 + ${k}) % 4 + ${direction} * m.i * 3 / ${shape.months - 1} + (${n} * 31 + m.i * 17 + ${k}) % 3 - 1`,
    );
  const measureValue = (measure: (typeof MEASURES)[number]) =>
    d.clamp(
      0,
      measure.max,
      `${measure.start} + (${n} * 13) % ${measure.spread} - ${direction} * m.i * ${measure.fall} / ${shape.months - 1} + (${n} * 11 + m.i * 7) % 5 - 2`,
    );
  const months = `seed_numbers m on m.i < ${shape.months}`;
  const monthlyRows = [
    ...LIFE_AREA_KEYS.map((key, k) => ({ series: `life_area:${key}`, value: lifeAreaValue(k) })),
    ...MEASURES.map((measure) => ({ series: measure.series, value: measureValue(measure) })),
  ];
  return [
    `insert into account (id, email, password_hash, display_name, role, created_at, welcomed_at, language, closed_at)
     select ${person}, ${person} || '@people.example', 'not-a-password-hash', 'Person ' || ${n}, 'person',
            '2024-11-01T09:00:00.000Z', null, null, null ${people}`,
    `insert into relationship (person_id, id, account_id, team_id, role, known_as, created_at, ended_at)
     select ${person}, 'team-link-' || ${n}, null, 'team-' || ${d.padded(`${n} % ${teams}`, 4)}, 'practitioner',
            'Team ' || (${n} % ${teams}), '2024-11-01T09:00:00.000Z',
            case when ${n} % 20 = 0 then '2025-11-15T12:00:00.000Z' end ${people}`,
    // One in twenty also with a second team of the same service (team numbers 50 apart share it).
    `insert into relationship (person_id, id, account_id, team_id, role, known_as, created_at, ended_at)
     select ${person}, 'team-link-2-' || ${n}, null,
            'team-' || ${d.padded(`(${n} + ${shape.services}) % ${teams}`, 4)}, 'practitioner',
            'Second team', '2025-03-01T09:00:00.000Z', null ${people} and ${n} % 20 = 1`,
    `insert into outcome_consent (person_id, opted_in_at)
     select ${person}, '2024-11-02T09:00:00.000Z' ${people} and ${mix} / 10 % 10 < 7`,
    `insert into checkin (person_id, id, taken_at, taken_on, scores, note, for_me_only, signs_present, version, created_at, updated_at, deleted_at)
     select ${person}, 'checkin-' || ${n} || '-' || w.i, ${checkinAt('w.i')}, substr(${checkinAt('w.i')}, 1, 10),
            '{"mood":' || ${checkinValue('w.i', 0)} || ',"hope":' || ${checkinValue('w.i', 1)} || ',"sleep":' || ${checkinValue('w.i', 2)} || '}',
            '', case when ${forMeOnly} then 1 else 0 end, '[]', 1, ${checkinAt('w.i')}, ${checkinAt('w.i')}, null
     from seed_numbers p join seed_numbers w on w.i < ${shape.weeks} where p.i < ${count}`,
    // Each month's first and last check-in, as the check-in write path keeps them: the weeks
    // of each person's month found once, the values worked out again from them.
    `insert into outcome_value (person_id, series, month, first_at, first_value, last_at, last_value)
     select ${person}, 'checkin:' || case sc.s ${CHECKIN_SCALES.map((scale, s) => `when ${s} then '${scale}'`).join(' ')} end || ':1-7',
            p.month, ${checkinAt('p.first_week')}, ${checkinValue('p.first_week', 'sc.s')},
            ${checkinAt('p.last_week')}, ${checkinValue('p.last_week', 'sc.s')}
     from (select p.i, substr(${checkinAt('w.i')}, 1, 7) as month, min(w.i) as first_week, max(w.i) as last_week
             from seed_numbers p join seed_numbers w on w.i < ${shape.weeks}
            where p.i < ${count} and not (${forMeOnly})
            group by p.i, substr(${checkinAt('w.i')}, 1, 7)) as p
     cross join (${CHECKIN_SCALES.map((_, s) => `select ${s} as s`).join(' union all ')}) as sc`,
    // One rating set and one PHQ-9 and GAD-7 a month: first and last are the same value.
    ...monthlyRows.map(
      (
        row,
      ) => `insert into outcome_value (person_id, series, month, first_at, first_value, last_at, last_value)
     select ${person}, '${row.series}', substr(${ratingDate}, 1, 7), ${ratingDate}, ${row.value}, ${ratingDate}, ${row.value}
     from seed_numbers p join ${months} where p.i < ${count}`,
    ),
    // Three goals each, set in different months; two in five achieved three months later.
    `insert into outcome_goal (person_id, goal_id, created_month, achieved_month)
     select ${person}, 'goal-' || ${n} || '-' || g.i, substr(${d.dateAt(`(${n} + g.i * 5) % ${shape.months}`, '0')}, 1, 7),
            case when (${n} + g.i) % 5 < 2 and (${n} + g.i * 5) % ${shape.months} + 3 < ${shape.months}
                 then substr(${d.dateAt(`(${n} + g.i * 5) % ${shape.months} + 3`, '0')}, 1, 7) end
     from seed_numbers p join seed_numbers g on g.i < 3 where p.i < ${count}`,
  ];
}

type Runner = { run(sql: string): Promise<void>; close(): Promise<void> };

export type SeedReport = {
  people: number;
  seconds: number;
  tables: { table: string; rows: number; bytes: number | null }[];
};

const TABLES = [
  'account',
  'relationship',
  'checkin',
  'outcome_consent',
  'outcome_value',
  'outcome_goal',
  'outcome_pair_count',
  'outcome_period_count',
  'outcome_member_count',
];

/** The kept counts filled as `waymark outcomes rebuild` fills them; prints how long it took. */
export async function fillCounts(db: Kysely<Database>, log: (line: string) => void) {
  const started = performance.now();
  const people = await refillOutcomeCounts(db);
  log(
    `  kept outcome counts: ${people.toLocaleString('en-GB')} people counted in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

export async function seed(
  runner: Runner,
  dialect: SqlDialect,
  shape: SeedShape,
  log: (line: string) => void,
): Promise<number> {
  const started = performance.now();
  const teams = shape.services * shape.teamsPerService;
  const numbers = Math.max(shape.chunk, shape.weeks, shape.months, teams);
  await runner.run('create table seed_numbers (i integer primary key)');
  await runner.run(
    dialect === postgresSql
      ? `insert into seed_numbers select generate_series(0, ${numbers - 1})`
      : `insert into seed_numbers with recursive s(i) as (select 0 union all select i + 1 from s where i < ${numbers - 1}) select i from s`,
  );
  await runner.run(
    `insert into service (id, name, created_at, disabled_at)
     select 'service-' || ${dialect.padded('p.i', 2)}, 'Service ' || p.i, '2024-10-01T09:00:00.000Z', null
     from seed_numbers p where p.i < ${shape.services}`,
  );
  await runner.run(
    `insert into team (id, service_id, name, created_at, archived_at, code_hash, code_nonce, code_key_id)
     select 'team-' || ${dialect.padded('p.i', 4)}, 'service-' || ${dialect.padded(`p.i % ${shape.services}`, 2)},
            'Team ' || p.i, '2024-10-01T09:00:00.000Z', null, null, null, null
     from seed_numbers p where p.i < ${teams}`,
  );
  const end = shape.firstPerson + shape.people;
  for (let offset = shape.firstPerson; offset < end; offset += shape.chunk) {
    const count = Math.min(shape.chunk, end - offset);
    const at = performance.now();
    const took: number[] = [];
    for (const sql of statements(dialect, shape, offset, count)) {
      const before = performance.now();
      await runner.run(sql);
      took.push(Math.round(performance.now() - before));
    }
    if (process.env.SEED_VERBOSE) log(`  statements (ms): ${took.join(' ')}`);
    const done = offset + count - shape.firstPerson;
    const rate = count / ((performance.now() - at) / 1000);
    log(
      `  ${done.toLocaleString('en-GB')} of ${shape.people.toLocaleString('en-GB')} people (${Math.round(rate).toLocaleString('en-GB')} people/s, ${((performance.now() - started) / 1000).toFixed(0)} s so far)`,
    );
  }
  await runner.run('drop table seed_numbers');
  log(
    dialect === postgresSql
      ? '  vacuum analyze (the visibility map lets reports read the indexes alone)'
      : '  analyze',
  );
  await runner.run(
    dialect === postgresSql
      ? `vacuum analyze ${[...TABLES, 'team', 'service'].join(', ')}`
      : 'analyze',
  );
  return (performance.now() - started) / 1000;
}

async function seedPostgres(url: string, shape: SeedShape, log: (line: string) => void) {
  const db = openPostgres(url);
  await migrate(db);
  await db.destroy();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  // Seeding only: a crash means seeding again, so commits need not wait for the disk.
  await client.query('set synchronous_commit = off');
  // Nor check each row's foreign keys: the data is whole by construction (every person_id is
  // an account written first). A superuser setting, as the bench runs as one.
  await client.query('set session_replication_role = replica');
  const runner: Runner = {
    run: async (sql) => {
      await client.query(sql);
    },
    close: () => client.end(),
  };
  let seconds = await seed(runner, postgresSql, shape, log);
  const counting = performance.now();
  const kysely = openPostgres(url);
  await fillCounts(kysely, log);
  await kysely.destroy();
  await client.query(
    'vacuum analyze outcome_pair_count, outcome_period_count, outcome_member_count',
  );
  seconds += (performance.now() - counting) / 1000;
  const tables: SeedReport['tables'] = [];
  for (const table of TABLES) {
    const { rows } = await client.query<{ rows: string; bytes: string }>(
      `select reltuples::bigint as rows, pg_total_relation_size(oid) as bytes from pg_class where relname = $1 and relkind = 'r'`,
      [table],
    );
    tables.push({
      table,
      rows: Number(rows[0]?.rows ?? 0),
      bytes: Number(rows[0]?.bytes ?? 0),
    });
  }
  const { rows } = await client.query<{ bytes: string }>(
    'select pg_database_size(current_database()) as bytes',
  );
  tables.push({ table: '(whole database)', rows: 0, bytes: Number(rows[0]?.bytes ?? 0) });
  await runner.close();
  return { people: shape.people, seconds, tables } satisfies SeedReport;
}

async function seedSqlite(file: string, shape: SeedShape, log: (line: string) => void) {
  const db = openSqlite(file, { log: () => {} });
  await migrate(db);
  await db.destroy();
  const sqlite = new Sqlite(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = OFF'); // seeding only, as with PostgreSQL
  const runner: Runner = {
    run: async (sql) => {
      sqlite.exec(sql);
    },
    close: async () => {
      sqlite.close();
    },
  };
  let seconds = await seed(runner, sqliteSql, shape, log);
  const counting = performance.now();
  const kysely = openSqlite(file, { log: () => {} });
  await fillCounts(kysely, log);
  await kysely.destroy();
  seconds += (performance.now() - counting) / 1000;
  const tables: SeedReport['tables'] = TABLES.map((table) => ({
    table,
    rows: (sqlite.prepare(`select count(*) as n from ${table}`).get() as { n: number }).n,
    bytes: null,
  }));
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  tables.push({ table: '(whole file)', rows: 0, bytes: fs.statSync(file).size });
  await runner.close();
  return { people: shape.people, seconds, tables } satisfies SeedReport;
}

/** Makes (or remakes) the PostgreSQL database `name` on the server of `adminUrl`; its URL. */
export async function freshPostgresDatabase(adminUrl: string, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`${name} is not a plain database name`);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export function printSeedReport(report: SeedReport, where: string): void {
  const mib = (bytes: number | null) =>
    bytes === null
      ? ''
      : `${(bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 0 })} MiB`;
  console.log(
    `\nSeeded ${report.people.toLocaleString('en-GB')} people in ${report.seconds.toFixed(0)} s (${where})`,
  );
  for (const row of report.tables)
    console.log(
      `  ${row.table.padEnd(18)} ${row.rows ? row.rows.toLocaleString('en-GB').padStart(14) : ''.padStart(14)} rows  ${mib(row.bytes).padStart(12)}`,
    );
}

async function main(): Promise<void> {
  const database = process.env.DATABASE ?? 'postgres';
  const people = Number(process.env.PEOPLE ?? (database === 'sqlite' ? 20_000 : 1_000_000));
  if (!Number.isInteger(people) || people < 1) throw new Error('PEOPLE must be a whole number');
  const shape = shapeFor(people);
  const log = (line: string) => console.log(line);
  if (database === 'sqlite') {
    const file =
      process.env.SQLITE_FILE ??
      path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-outcomes-')), 'waymark.db');
    console.log(`Seeding ${people.toLocaleString('en-GB')} people into ${file}`);
    printSeedReport(await seedSqlite(file, shape, log), `SQLite, ${file}`);
    return;
  }
  const adminUrl = process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const name = process.env.OUTCOMES_DATABASE ?? `waymark_outcomes_${people}`;
  const url = await freshPostgresDatabase(adminUrl, name);
  console.log(`Seeding ${people.toLocaleString('en-GB')} people into ${name}`);
  printSeedReport(await seedPostgres(url, shape, log), `PostgreSQL, ${name}`);
}

export { postgresSql, seedPostgres, seedSqlite, sqliteSql };

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
