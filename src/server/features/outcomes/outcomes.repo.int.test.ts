// The report's SQL on both databases (decision 0051), over records written through the real
// routes, so every write path's rollup is what the report reads. The expected pair counts are
// worked out by hand below, person by person: who counts (opted in now, connected to a team of
// the report in the period, once however many teams), and each one's first and latest value.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHECKIN_SETTINGS } from '../../../domain/checkins/checkins.schema.ts';
import { sampleSnapshot } from '../../../domain/fhir/sample-snapshot.ts';
import { toBundle } from '../../../domain/fhir/to-bundle.ts';
import type { OutcomeInput } from '../../../domain/outcomes/report-input.ts';
import type { AccessLogEntryView } from '../../../domain/sharing/access-log.schema.ts';
import { entrySentence } from '../../../domain/sharing/access-log-words.ts';
import { ifMatch } from '../../test/api.ts';
import {
  aServiceAdmin,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { checkinUrls } from '../../test/checkin-fixtures.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal } from '../../test/fixtures.ts';
import { answersTo } from '../../test/measure-fixtures.ts';
import { aTeam, connectToTeam } from '../../test/team-fixtures.ts';
import { rebuildAllOutcomes, rebuildPersonOutcomes } from './outcome-rollup.ts';
import { readOutcomeInput } from './outcomes.repo.ts';

const PERIOD = { fromMonth: '2026-09', toMonth: '2026-11' };

describe.each(DIALECTS)('Outcome report input on %s', (dialect) => {
  let t: TestApp;
  let serviceId: string;
  let teamA: { id: string; code: string };
  let teamB: { id: string; code: string };
  let phq9Series: string;
  let cai: Client;
  let caiLateCheckin: { id: string; version: number };

  const ok = (response: { statusCode: number; body: string }, status: number) => {
    expect(response.statusCode, response.body).toBe(status);
    return JSON.parse(response.body || 'null');
  };
  const checkin = async (person: Client, takenAt: string, scores: object, forMeOnly = false) =>
    ok(
      await person.request({
        method: 'POST',
        url: checkinUrls(person.personId).checkins,
        payload: { takenAt, scores, note: '', forMeOnly },
      }),
      201,
    ) as { id: string; version: number };
  const optIn = async (person: Client, optedIn = true) =>
    ok(
      await person.request({
        method: 'PUT',
        url: `/api/people/${person.personId}/outcome-consent`,
        payload: { optedIn },
      }),
      200,
    );
  const phq9 = async (person: Client, authored: string, scores: number[]) =>
    ok(
      await person.request({
        method: 'POST',
        url: `/api/people/${person.personId}/measure-responses`,
        payload: { measureId: 'phq-9', response: answersTo('phq-9', scores, { authored }) },
      }),
      201,
    );
  const rate = async (person: Client, date: string, lifeAreaId: string, score: number) =>
    ok(
      await person.request({
        method: 'POST',
        url: checkinUrls(person.personId).ratings,
        payload: { date, ratings: [{ lifeAreaId, score, wantHelp: false }] },
      }),
      201,
    );
  const areas = async (person: Client) =>
    ok(
      await person.request({ method: 'GET', url: `/api/people/${person.personId}/life-areas` }),
      200,
    ).items as { id: string; data: { name: string; key?: string } }[];
  /** A person connected to the teams, who opted in unless told otherwise. */
  const aPerson = async (teams: { code: string }[], options: { optIn?: boolean } = {}) => {
    const person = await signUp(t.app);
    for (const team of teams) await connectToTeam(person, team.code, { checkins: 'view' });
    if (options.optIn ?? true) await optIn(person);
    return person;
  };
  const report = (teamIds: string[]) =>
    readOutcomeInput(t.store.db, { serviceId, teamIds }, PERIOD);
  const pairsOf = (input: OutcomeInput, series: string) =>
    input.series.find((s) => s.series === series)?.pairs ?? [];

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const admin = await aServiceAdmin(t);
    serviceId = admin.serviceId;
    teamA = await aTeam(admin, 'Team A');
    teamB = await aTeam(admin, 'Team B');
    const otherService = await aServiceAdmin(t);
    const otherTeam = await aTeam(otherService, 'Elsewhere');

    // Ana (team A): mood 3 → 4 → 6, so (3, 6); "home" rated 3 then 5; her own area not reported;
    // a goal set and achieved; a review held.
    const ana = await aPerson([teamA]);
    await checkin(ana, '2026-09-10T09:00:00Z', { mood: 3 });
    await checkin(ana, '2026-10-05T09:00:00Z', { mood: 4 });
    await checkin(ana, '2026-11-20T09:00:00Z', { mood: 6 });
    const home = (await areas(ana)).find((area) => area.data.key === 'home');
    if (!home) throw new Error('no home area');
    const ownArea = ok(
      await ana.request({
        method: 'POST',
        url: `/api/people/${ana.personId}/life-areas`,
        payload: { name: 'Holidays' },
      }),
      201,
    );
    await rate(ana, '2026-09-10', home.id, 3);
    await rate(ana, '2026-09-10', ownArea.id, 1);
    await rate(ana, '2026-11-20', home.id, 5);
    await rate(ana, '2026-11-21', ownArea.id, 7);
    const goal = ok(
      await ana.request({
        method: 'POST',
        url: `/api/people/${ana.personId}/goals`,
        payload: aGoal({ title: 'Walk every day' }),
      }),
      201,
    );
    ok(
      await ana.request({
        method: 'PUT',
        url: `/api/people/${ana.personId}/goals/${goal.id}`,
        headers: ifMatch(goal.version),
        payload: aGoal({ title: 'Walk every day', status: 'achieved' }),
      }),
      200,
    );
    ok(
      await ana.request({
        method: 'POST',
        url: `/api/people/${ana.personId}/reviews`,
        payload: {},
      }),
      201,
    );

    // Ben (teams A and B): mood 3 → 6; PHQ-9 12 → 5; a goal set then deleted.
    const ben = await aPerson([teamA, teamB]);
    await checkin(ben, '2026-09-15T09:00:00Z', { mood: 3 });
    await checkin(ben, '2026-11-01T09:00:00Z', { mood: 6 });
    await phq9(ben, '2026-09-15T10:00:00Z', [2, 2, 2, 2, 2, 2, 0, 0, 0]);
    await phq9(ben, '2026-11-01T10:00:00Z', [1, 1, 1, 1, 1, 0, 0, 0, 0]);
    const dropped = ok(
      await ben.request({
        method: 'POST',
        url: `/api/people/${ben.personId}/goals`,
        payload: aGoal({ title: 'Dropped' }),
      }),
      201,
    );
    ok(
      await ben.request({
        method: 'DELETE',
        url: `/api/people/${ben.personId}/goals/${dropped.id}`,
        headers: ifMatch(dropped.version),
      }),
      200,
    );
    const observation = await t.store.db
      .selectFrom('observation')
      .select(['measure_id', 'scale_id'])
      .where('person_id', '=', ben.personId)
      .executeTakeFirstOrThrow();
    phq9Series = `measure:${observation.measure_id}:${observation.scale_id}`;

    // Cai (team B): mood 5 → 2; a "for me only" 7 never counts; a custom scale never counts.
    cai = await aPerson([teamB]);
    await checkin(cai, '2026-10-01T09:00:00Z', { mood: 5 });
    caiLateCheckin = await checkin(cai, '2026-10-20T09:00:00Z', { mood: 2 });
    await checkin(cai, '2026-11-10T09:00:00Z', { mood: 7 }, true);

    // Dee (team A) opted in, then stopped: never counts.
    const dee = await aPerson([teamA]);
    await checkin(dee, '2026-09-01T09:00:00Z', { mood: 1 });
    await checkin(dee, '2026-11-01T09:00:00Z', { mood: 7 });
    await optIn(dee, false);

    // Eve (team A): mood 2 → 4 → 5, and the 5 deleted: (2, 4).
    const eve = await aPerson([teamA]);
    await checkin(eve, '2026-09-02T09:00:00Z', { mood: 2 });
    await checkin(eve, '2026-10-02T09:00:00Z', { mood: 4 });
    const late = await checkin(eve, '2026-11-02T09:00:00Z', { mood: 5 });
    ok(
      await eve.request({
        method: 'DELETE',
        url: checkinUrls(eve.personId).checkin(late.id),
        headers: ifMatch(late.version),
      }),
      200,
    );

    // Fin (team A) connected after the period: not counted.
    const fin = await aPerson([teamA]);
    await checkin(fin, '2026-09-05T09:00:00Z', { mood: 1 });
    await checkin(fin, '2026-11-05T09:00:00Z', { mood: 2 });
    await t.store.db
      .updateTable('relationship')
      .set({ created_at: '2026-12-01T00:00:00.000Z' })
      .where('person_id', '=', fin.personId)
      .execute();

    // Gil (team A) left before the period began: not counted.
    const gil = await aPerson([teamA]);
    await checkin(gil, '2026-09-05T09:00:00Z', { mood: 1 });
    await checkin(gil, '2026-11-05T09:00:00Z', { mood: 2 });
    await t.store.db
      .updateTable('relationship')
      .set({ created_at: '2026-06-01T00:00:00.000Z', ended_at: '2026-08-31T23:59:59.000Z' })
      .where('person_id', '=', gil.personId)
      .execute();

    // Hal (the other service's team) opted in: never in this service's report.
    const hal = await aPerson([otherTeam]);
    await checkin(hal, '2026-09-05T09:00:00Z', { mood: 1 });
    await checkin(hal, '2026-11-05T09:00:00Z', { mood: 2 });

    // Ivy (team A) opted in with one value only: counted, but no pair.
    const ivy = await aPerson([teamA]);
    await checkin(ivy, '2026-10-05T09:00:00Z', { mood: 4 });
  });
  afterAll(() => t.close());

  it('counts each opted-in person connected in the period once, with their first and latest values', async () => {
    const service = await report([teamA.id, teamB.id]);
    // Ana, Ben, Cai, Eve, Ivy.
    expect(service.peopleCounted).toBe(5);
    expect(pairsOf(service, 'checkin:mood:1-7')).toEqual([
      { first: 2, latest: 4, people: 1 }, // Eve
      { first: 3, latest: 6, people: 2 }, // Ana, Ben (in two teams, once)
      { first: 5, latest: 2, people: 1 }, // Cai
    ]);
    expect(pairsOf(service, 'life_area:home')).toEqual([{ first: 3, latest: 5, people: 1 }]);
    expect(pairsOf(service, phq9Series)).toEqual([{ first: 12, latest: 5, people: 1 }]);
    // Only built-in scales, standard areas and library measures: nothing else is a series.
    expect(service.series.map((s) => s.series).sort()).toEqual(
      ['checkin:mood:1-7', 'life_area:home', phq9Series].sort(),
    );
    expect([service.goalsSet, service.goalsAchieved, service.reviewsHeld]).toEqual([1, 1, 1]);
  });

  it('reports one team by its own people', async () => {
    const a = await report([teamA.id]);
    expect(a.peopleCounted).toBe(4); // Ana, Ben, Eve, Ivy
    expect(pairsOf(a, 'checkin:mood:1-7')).toEqual([
      { first: 2, latest: 4, people: 1 },
      { first: 3, latest: 6, people: 2 },
    ]);
    const b = await report([teamB.id]);
    expect(b.peopleCounted).toBe(2); // Ben, Cai
    expect(pairsOf(b, 'checkin:mood:1-7')).toEqual([
      { first: 3, latest: 6, people: 1 },
      { first: 5, latest: 2, people: 1 },
    ]);
    expect([b.goalsSet, b.reviewsHeld]).toEqual([0, 0]);
  });

  it('answers nothing for a team of another service, or no team', async () => {
    const otherTeams = await t.store.db
      .selectFrom('team')
      .select('id')
      .where('service_id', '<>', serviceId)
      .execute();
    const elsewhere = await report(otherTeams.map((team) => team.id));
    expect(elsewhere).toEqual({
      peopleCounted: 0,
      series: [],
      goalsSet: 0,
      goalsAchieved: 0,
      reviewsHeld: 0,
    });
    expect((await report([])).peopleCounted).toBe(0);
  });

  it('moves the pair when a check-in is edited, and back when the edit is undone', async () => {
    const moved = ok(
      await cai.request({
        method: 'PUT',
        url: checkinUrls(cai.personId).checkin(caiLateCheckin.id),
        headers: ifMatch(caiLateCheckin.version),
        payload: {
          takenAt: '2026-11-15T09:00:00Z',
          scores: { mood: 1 },
          note: '',
          forMeOnly: false,
        },
      }),
      200,
    );
    const b = await report([teamB.id]);
    expect(pairsOf(b, 'checkin:mood:1-7')).toEqual([
      { first: 3, latest: 6, people: 1 },
      { first: 5, latest: 1, people: 1 },
    ]);
    // The rollup a rebuild from scratch gives is the one the writes kept.
    const kept = await t.store.db.selectFrom('outcome_value').selectAll().execute();
    await rebuildAllOutcomes(t.store.db);
    const rebuilt = await t.store.db.selectFrom('outcome_value').selectAll().execute();
    const order = (rows: typeof kept) =>
      [...rows].sort((x, y) =>
        `${x.person_id}${x.series}${x.month}`.localeCompare(`${y.person_id}${y.series}${y.month}`),
      );
    expect(order(rebuilt)).toEqual(order(kept));
    ok(
      await cai.request({
        method: 'PUT',
        url: checkinUrls(cai.personId).checkin(caiLateCheckin.id),
        headers: ifMatch(moved.version),
        payload: {
          takenAt: '2026-10-20T09:00:00Z',
          scores: { mood: 2 },
          note: '',
          forMeOnly: false,
        },
      }),
      200,
    );
    expect(pairsOf(await report([teamB.id]), 'checkin:mood:1-7')).toContainEqual({
      first: 5,
      latest: 2,
      people: 1,
    });
  });

  it('writes each change of the choice in the person’s access log in their own words', async () => {
    const person = await aPerson([teamA], { optIn: false });
    const read = async () =>
      ok(
        await person.request({
          method: 'GET',
          url: `/api/people/${person.personId}/outcome-consent`,
        }),
        200,
      );
    expect(await read()).toEqual({ optedIn: false, optedInAt: null });
    await optIn(person);
    await optIn(person); // the same choice again: nothing new
    expect((await read()).optedIn).toBe(true);
    await optIn(person, false);
    const log = ok(
      await person.request({ method: 'GET', url: `/api/people/${person.personId}/access-log` }),
      200,
    ) as { items: AccessLogEntryView[] };
    const sentences = log.items
      .filter((entry) => entry.what.startsWith('outcomes_'))
      .map((entry) => entrySentence(entry));
    expect(sentences.sort()).toEqual([
      "You chose to count anonymously in your service's reports",
      "You stopped counting in your service's reports",
    ]);
  });

  it('builds an imported record’s rows in the import’s transaction', async () => {
    const person = await signUp(t.app);
    // The sample record with its files' true fingerprints, as a real export has them.
    const snapshot = sampleSnapshot();
    for (const file of snapshot.attachments) {
      const bytes = Buffer.from(file.content, 'base64');
      file.sha256 = createHash('sha256').update(bytes).digest('hex');
      file.byteSize = bytes.length;
    }
    ok(
      await person.request({
        method: 'POST',
        url: `/api/people/${person.personId}/import`,
        payload: toBundle(snapshot, {
          now: new Date('2026-11-20T09:00:00Z'),
          baseUrl: 'https://a.example',
        }),
      }),
      201,
    );
    const rowsOf = async () => ({
      values: await t.store.db
        .selectFrom('outcome_value')
        .select(['series', 'month', 'first_value', 'last_value'])
        .where('person_id', '=', person.personId)
        .execute(),
      goals: await t.store.db
        .selectFrom('outcome_goal')
        .select(['created_month', 'achieved_month'])
        .where('person_id', '=', person.personId)
        .execute(),
    });
    const imported = await rowsOf();
    // The PHQ-9 score counts; the "for me only" check-in and the imported area's rating (an
    // imported area has no standard key) do not; the goal is there, set in the import's month.
    expect(imported.values).toEqual([
      { series: phq9Series, month: '2026-10', first_value: 12, last_value: 12 },
    ]);
    expect(imported.goals).toEqual([{ created_month: '2026-11', achieved_month: null }]);
    await t.store.db.transaction().execute((trx) => rebuildPersonOutcomes(trx, person.personId));
    expect(await rowsOf()).toEqual(imported);
  });

  it('keeps a scale on 0–10 apart from the same scale on 1–7: a 5 of 10 is not a 5 of 7', async () => {
    const before = pairsOf(await report([teamB.id]), 'checkin:mood:1-7');
    const dee = await aPerson([teamB]);
    const settings = {
      ...DEFAULT_CHECKIN_SETTINGS,
      scales: DEFAULT_CHECKIN_SETTINGS.scales.map((scale) =>
        scale.id === 'mood' ? { ...scale, range: '0-10' } : scale,
      ),
    };
    const url = checkinUrls(dee.personId).settings;
    ok(await dee.request({ method: 'PUT', url, headers: ifMatch(0), payload: settings }), 200);
    await checkin(dee, '2026-09-12T09:00:00Z', { mood: 9 });
    await checkin(dee, '2026-11-12T09:00:00Z', { mood: 4 });
    const b = await report([teamB.id]);
    expect(pairsOf(b, 'checkin:mood:0-10')).toEqual([{ first: 9, latest: 4, people: 1 }]);
    expect(pairsOf(b, 'checkin:mood:1-7')).toEqual(before);
  });

  it('keeps a month’s first and last as a rebuild would when check-ins come in any order or at one time', async () => {
    const fay = await aPerson([teamB]);
    const rowsOf = () =>
      t.store.db
        .selectFrom('outcome_value')
        .select(['series', 'month', 'first_at', 'first_value', 'last_at', 'last_value'])
        .where('person_id', '=', fay.personId)
        .orderBy('series')
        .orderBy('month')
        .execute();
    const steps: Array<[string, number]> = [
      ['2026-10-10T09:00:00Z', 3], // the month's only value
      ['2026-10-20T09:00:00Z', 5], // a later last
      ['2026-10-05T09:00:00Z', 2], // an earlier first
      ['2026-10-05T09:00:00Z', 6], // the same time as the first: ordered by id
      ['2026-10-20T09:00:00Z', 1], // the same time as the last
      ['2026-10-12T09:00:00Z', 7], // in between: neither end moves
    ];
    for (const [at, mood] of steps) {
      await checkin(fay, at, { mood, hope: mood });
      const kept = await rowsOf();
      await t.store.db.transaction().execute((trx) => rebuildPersonOutcomes(trx, fay.personId));
      expect(await rowsOf()).toEqual(kept);
    }
  });
});
