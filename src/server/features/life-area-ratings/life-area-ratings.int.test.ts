import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LifeArea } from '../../../domain/record/record.schema.ts';
import {
  create,
  expectError,
  type ItemJson,
  ifMatch,
  list,
  paths,
  recordSnapshot,
} from '../../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { checkinUrls } from '../../test/checkin-fixtures.ts';
import { DIALECTS } from '../../test/dialects.ts';

describe.each(DIALECTS)('Life-area ratings on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let alex: Client;
  let url: ReturnType<typeof checkinUrls>;
  let areas: ItemJson<LifeArea>[];
  let alexArea: string;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    alex = await signUp(t.app);
    url = checkinUrls(sam.personId);
    areas = await list<LifeArea>(sam, paths(sam.personId).lifeAreas);
    alexArea = (await list<LifeArea>(alex, paths(alex.personId).lifeAreas))[0]?.id ?? '';
  });
  afterAll(() => t.close());

  const aSet = (date: string, scores: number[], wantHelp: number[] = []) => ({
    date,
    ratings: scores.map((score, index) => ({
      lifeAreaId: areas[index]?.id,
      score,
      wantHelp: wantHelp.includes(index),
    })),
  });
  const rate = (payload: object) => sam.request({ method: 'POST', url: url.ratings, payload });
  const chart = async (query = '') =>
    (await sam.request({ method: 'GET', url: `${url.ratings}${query}` })).json();

  it('shows nothing before the first rating, with the person’s life areas to rate', async () => {
    const empty = await chart();
    expect(empty).toMatchObject({ first: null, latest: null, sets: [] });
    expect(empty.lifeAreas.map((a: { name: string }) => a.name)).toEqual(
      areas.map((a) => a.data.name),
    );
  });

  it('keeps dated rating sets and answers with the first, the latest and those in a range', async () => {
    const first = await rate(aSet('2026-05-01', [2, 3, 4], [0]));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ kind: 'life_area_rating', version: 1 });
    await rate(aSet('2026-08-01', [3, 4, 4]));
    await rate(aSet('2026-11-20', [5, 5, 6], [2]));

    const all = await chart();
    expect(all.first.data).toEqual(aSet('2026-05-01', [2, 3, 4], [0]));
    expect(all.latest.data.date).toBe('2026-11-20');
    expect(all.sets.map((s: { data: { date: string } }) => s.data.date)).toEqual([
      '2026-05-01',
      '2026-08-01',
      '2026-11-20',
    ]);
    const autumn = await chart('?from=2026-07-01&to=2026-09-30');
    expect(autumn.sets.map((s: { data: { date: string } }) => s.data.date)).toEqual(['2026-08-01']);
    expect(autumn.first.data.date).toBe('2026-05-01');
    expect(autumn.latest.data.date).toBe('2026-11-20');
  });

  it('keeps the name of a life area removed since it was rated', async () => {
    const allotment = await create(sam, paths(sam.personId).lifeAreas, { name: 'Allotment' });
    const rated = await rate({
      date: '2026-11-21',
      ratings: [{ lifeAreaId: allotment.id, score: 6, wantHelp: false }],
    });
    expect(rated.statusCode).toBe(201);
    await sam.request({
      method: 'DELETE',
      url: paths(sam.personId).lifeArea(allotment.id),
      headers: ifMatch(1),
    });
    const after = await chart();
    expect(after.lifeAreas).toContainEqual({ id: allotment.id, name: 'Allotment', deleted: true });
    expect(after.latest.data.ratings[0].lifeAreaId).toBe(allotment.id);
  });

  it.each([
    [
      'someone else’s life area',
      () => ({
        date: '2026-11-01',
        ratings: [{ lifeAreaId: alexArea, score: 4, wantHelp: false }],
      }),
      'ratings.0.lifeAreaId',
    ],
    [
      'a life area twice',
      () => ({
        ...aSet('2026-11-01', [4]),
        ratings: [...aSet('2026-11-01', [4, 5]).ratings, aSet('2026-11-01', [4]).ratings[0]],
      }),
      'ratings.2.lifeAreaId',
    ],
    ['a rating of 8', () => aSet('2026-11-01', [8]), 'ratings.0.score'],
    ['a rating of 0', () => aSet('2026-11-01', [0]), 'ratings.0.score'],
    ['a rating of 3.5', () => aSet('2026-11-01', [3.5]), 'ratings.0.score'],
    ['no ratings at all', () => ({ date: '2026-11-01', ratings: [] }), 'ratings'],
    ['a date in the future', () => aSet('2026-11-27', [4]), 'date'],
    ['a date that does not exist', () => aSet('2026-02-30', [4]), 'date'],
    ['a date before 2000', () => aSet('1999-12-31', [4]), 'date'],
    [
      'no "I want help" answer',
      () => ({ date: '2026-11-01', ratings: [{ lifeAreaId: areas[0]?.id, score: 4 }] }),
      'ratings.0.wantHelp',
    ],
    ['an unknown field', () => ({ ...aSet('2026-11-01', [4]), mood: 3 }), 'mood'],
  ])('refuses %s, naming the field, and changes nothing', async (_, body, field) => {
    const before = await recordSnapshot(t.store, sam.personId);
    expectError(await rate(body()), 400, 'WM_VALIDATION_FAILED', field);
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);
  });

  it('refuses a removed life area', async () => {
    const gone = await create(sam, paths(sam.personId).lifeAreas, { name: 'Old job' });
    await sam.request({
      method: 'DELETE',
      url: paths(sam.personId).lifeArea(gone.id),
      headers: ifMatch(1),
    });
    const before = await recordSnapshot(t.store, sam.personId);
    const response = await rate({
      date: '2026-11-01',
      ratings: [{ lifeAreaId: gone.id, score: 3, wantHelp: true }],
    });
    expectError(response, 400, 'WM_VALIDATION_FAILED', 'ratings.0.lifeAreaId');
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);
  });

  it('changes a rating set with its version, keeping the earlier one in its history', async () => {
    const set = await create(sam, url.ratings, aSet('2026-11-22', [4, 4]));
    const change = aSet('2026-11-22', [4, 6], [1]);
    expectError(
      await sam.request({ method: 'PUT', url: url.rating(set.id), payload: change }),
      428,
      'WM_VERSION_REQUIRED',
    );
    expectError(
      await sam.request({
        method: 'PUT',
        url: url.rating(set.id),
        headers: ifMatch(3),
        payload: change,
      }),
      412,
      'WM_VERSION_CONFLICT',
    );
    const before = await recordSnapshot(t.store, sam.personId);
    expectError(
      await sam.request({
        method: 'PUT',
        url: url.rating(set.id),
        headers: ifMatch(1),
        payload: { ...change, ratings: [{ lifeAreaId: alexArea, score: 2, wantHelp: false }] },
      }),
      400,
      'WM_VALIDATION_FAILED',
      'ratings.0.lifeAreaId',
    );
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);
    const updated = await sam.request({
      method: 'PUT',
      url: url.rating(set.id),
      headers: ifMatch(1),
      payload: change,
    });
    expect(updated.json()).toMatchObject({ version: 2, data: change });
    const history = (
      await sam.request({ method: 'GET', url: `${url.rating(set.id)}/history` })
    ).json();
    expect(
      history.revisions.map(
        (r: { data: { ratings: { score: number }[] } }) => r.data.ratings[1]?.score,
      ),
    ).toEqual([6, 4]);
  });

  it('answers a signed-out visitor with 401 and another person with 404', async () => {
    expectError(await t.app.inject({ method: 'GET', url: url.ratings }), 401, 'WM_AUTH_REQUIRED');
    expectError(await alex.request({ method: 'GET', url: url.ratings }), 404, 'WM_NOT_FOUND');
    const before = await recordSnapshot(t.store, sam.personId);
    expectError(
      await alex.request({ method: 'POST', url: url.ratings, payload: aSet('2026-11-01', [4]) }),
      404,
      'WM_NOT_FOUND',
    );
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);
  });
});
