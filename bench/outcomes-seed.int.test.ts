// The national data set's generator at a small size, on both databases: what it writes is what
// the write paths would have left (each month's first and last check-in, "for me only" left
// out), and the report SQL that docs/scaling.md says works on Citus runs on plain PostgreSQL
// (and SQLite) with the answer worked out here from the rows one by one, without ROLLUP,
// GROUPING SETS or CUBE.
import { type Kysely, type KyselyPlugin, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkinSeries, nextMonth } from '../src/domain/outcomes/outcome-values.ts';
import type {
  OutcomeInput,
  OutcomePeriod,
  OutcomeScope,
} from '../src/domain/outcomes/report-input.ts';
import { readOutcomeInput } from '../src/server/features/outcomes/outcomes.repo.ts';
import type { Store } from '../src/server/store/db.ts';
import type { Database } from '../src/server/store/schema.ts';
import { DIALECTS, type Dialect, openTestStore } from '../src/server/test/dialects.ts';
import { postgresSql, seed, serviceId, shapeFor, sqliteSql, teamId } from './outcomes-seed.ts';

const PEOPLE = 300;

/** The report worked out from the rows one at a time, as the design note words it. */
async function expectedInput(
  db: Kysely<Database>,
  scope: OutcomeScope,
  period: OutcomePeriod,
): Promise<OutcomeInput> {
  const consent = new Set(
    (await db.selectFrom('outcome_consent').select('person_id').execute()).map((r) => r.person_id),
  );
  const links = await db.selectFrom('relationship').selectAll().execute();
  const counted = new Set(
    links
      .filter(
        (link) =>
          link.team_id !== null &&
          scope.teamIds.includes(link.team_id) &&
          consent.has(link.person_id) &&
          link.created_at < nextMonth(period.toMonth) &&
          (link.ended_at === null || link.ended_at >= period.fromMonth),
      )
      .map((link) => link.person_id),
  );
  const values = (await db.selectFrom('outcome_value').selectAll().execute()).filter(
    (v) => counted.has(v.person_id) && v.month >= period.fromMonth && v.month <= period.toMonth,
  );
  const spans = new Map<
    string,
    { first: (typeof values)[number]; last: (typeof values)[number] }
  >();
  for (const v of values) {
    const key = `${v.person_id}|${v.series}`;
    const span = spans.get(key);
    if (!span) spans.set(key, { first: v, last: v });
    else {
      if (v.month < span.first.month) span.first = v;
      if (v.month > span.last.month) span.last = v;
    }
  }
  const pairs = new Map<string, Map<string, number>>();
  for (const { first, last } of spans.values()) {
    if (first.first_at === last.last_at) continue;
    const series = pairs.get(first.series) ?? new Map<string, number>();
    const key = `${first.first_value}|${last.last_value}`;
    series.set(key, (series.get(key) ?? 0) + 1);
    pairs.set(first.series, series);
  }
  const goals = (await db.selectFrom('outcome_goal').selectAll().execute()).filter((g) =>
    counted.has(g.person_id),
  );
  const inPeriod = (month: string | null) =>
    month !== null && month >= period.fromMonth && month <= period.toMonth;
  return {
    peopleCounted: counted.size,
    series: [...pairs.entries()]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([series, counts]) => ({
        series,
        pairs: [...counts.entries()]
          .map(([key, people]) => {
            const [first, latest] = key.split('|').map(Number);
            return { first: first ?? 0, latest: latest ?? 0, people };
          })
          .sort((a, b) => a.first - b.first || a.latest - b.latest),
      })),
    goalsSet: goals.filter((g) => inPeriod(g.created_month)).length,
    goalsAchieved: goals.filter((g) => inPeriod(g.achieved_month)).length,
    reviewsHeld: 0,
  };
}

/** The SQL a query sent, compiled as the database received it. */
function recordingSql(db: Kysely<Database>): { db: Kysely<Database>; sent: string[] } {
  const sent: string[] = [];
  const plugin: KyselyPlugin = {
    transformQuery: (args) => {
      sent.push(db.getExecutor().compileQuery(args.node, args.queryId).sql);
      return args.node;
    },
    transformResult: async (args) => args.result,
  };
  return { db: db.withPlugin(plugin), sent };
}

describe.each(DIALECTS)('The national data set, small, on %s', (dialect: Dialect) => {
  let store: Store;

  beforeAll(async () => {
    store = await openTestStore(dialect);
    const shape = { ...shapeFor(PEOPLE), chunk: 120 };
    await seed(
      { run: async (text) => void (await sql.raw(text).execute(store.db)), close: async () => {} },
      dialect === 'postgres' ? postgresSql : sqliteSql,
      shape,
      () => {},
    );
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  it('writes two years of weekly check-ins, and each month of them as the write path keeps it', async () => {
    const checkins = await store.db.selectFrom('checkin').selectAll().execute();
    expect(checkins).toHaveLength(PEOPLE * 104);
    const months = await store.db
      .selectFrom('outcome_value')
      .selectAll()
      // Seeded people keep the starting settings: mood on 1–7.
      .where('series', '=', checkinSeries('mood', '1-7'))
      .execute();
    // From the source rows: the first and last counted check-in of each person's month.
    const expected = new Map<
      string,
      { firstAt: string; first: number; lastAt: string; last: number }
    >();
    for (const c of checkins) {
      if (c.for_me_only === 1 || c.deleted_at !== null) continue;
      const mood = (JSON.parse(c.scores) as { mood: number }).mood;
      const key = `${c.person_id}|${c.taken_at.slice(0, 7)}`;
      const seen = expected.get(key);
      if (!seen)
        expected.set(key, { firstAt: c.taken_at, first: mood, lastAt: c.taken_at, last: mood });
      else {
        if (c.taken_at < seen.firstAt) Object.assign(seen, { firstAt: c.taken_at, first: mood });
        if (c.taken_at > seen.lastAt) Object.assign(seen, { lastAt: c.taken_at, last: mood });
      }
    }
    expect(
      new Map(
        months.map((m) => [
          `${m.person_id}|${m.month}`,
          { firstAt: m.first_at, first: m.first_value, lastAt: m.last_at, last: m.last_value },
        ]),
      ),
    ).toEqual(expected);
    expect(checkins.some((c) => c.for_me_only === 1)).toBe(true);
  });

  it('answers a service year, a team and a short period as the rows one by one do, without ROLLUP or GROUPING SETS', async () => {
    const service = 3;
    const teams = Array.from({ length: 40 }, (_, i) => teamId(service + i * 50));
    const cases: [OutcomeScope, OutcomePeriod][] = [
      [
        { serviceId: serviceId(service), teamIds: teams },
        { fromMonth: '2025-12', toMonth: '2026-11' },
      ],
      [
        { serviceId: serviceId(service), teamIds: [teamId(53)] },
        { fromMonth: '2024-12', toMonth: '2026-11' },
      ],
      [
        { serviceId: serviceId(service), teamIds: teams },
        { fromMonth: '2025-11', toMonth: '2025-12' },
      ],
    ];
    for (const [scope, period] of cases) {
      const recording = recordingSql(store.db);
      const input = await readOutcomeInput(recording.db, scope, period);
      expect(input.peopleCounted).toBeGreaterThan(0);
      expect(input).toEqual(await expectedInput(store.db, scope, period));
      expect(recording.sent.length).toBeGreaterThan(0);
      for (const text of recording.sent)
        expect(text).not.toMatch(/\b(rollup|grouping sets|cube)\b/i);
    }
  });
});

// The people at the far end of a national data set (a million), alone: every number the
// statements work out from a person's number must fit the database's integers there too.
describe.each(DIALECTS)("The national data set's last people, on %s", (dialect: Dialect) => {
  let store: Store;
  const LAST = 40;
  beforeAll(async () => {
    store = await openTestStore(dialect);
    await seed(
      { run: async (text) => void (await sql.raw(text).execute(store.db)), close: async () => {} },
      dialect === 'postgres' ? postgresSql : sqliteSql,
      { ...shapeFor(LAST), firstPerson: 1_000_000 - LAST },
      () => {},
    );
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  it('writes their two years of check-ins, every value on its scale', async () => {
    const checkins = await store.db.selectFrom('checkin').select(['person_id', 'scores']).execute();
    expect(checkins).toHaveLength(LAST * 104);
    expect(new Set(checkins.map((row) => row.person_id))).toEqual(
      new Set(Array.from({ length: LAST }, (_, i) => `person-0${999_960 + i}`)),
    );
    const values = checkins.flatMap((row) => Object.values(JSON.parse(row.scores) as object));
    expect(values.every((value) => Number.isInteger(value) && value >= 1 && value <= 7)).toBe(true);
  });
});
