// The chart answer of "How I'm doing" for a period: what falls in or out at each period's first
// moment, the refusal of a period it does not offer, the answer's columns, and who may read it
// (a supporter with view on check-ins, logged; nobody else). The test clock stands at
// 2026-11-25T10:00Z, so the last 3 months begin at 2026-08-25T00:00Z and the last year at
// 2025-11-25T00:00Z.
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CheckinChart } from '../../../domain/checkins/chart.schema.ts';
import { pointsOf } from '../../../domain/checkins/chart.ts';
import type { LifeArea } from '../../../domain/record/record.schema.ts';
import { create, expectError, list, paths } from '../../test/api.ts';
import {
  aSupporterOf,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { aCheckin, checkinUrls } from '../../test/checkin-fixtures.ts';
import { DIALECTS } from '../../test/dialects.ts';

/** Check-ins either side of each period's first moment, and one kept for the person only. */
const TAKEN = {
  beforeYear: '2025-11-24T23:59:59.999Z',
  yearStarts: '2025-11-25T00:00:00.000Z',
  beforeQuarter: '2026-08-24T23:59:59.999Z',
  quarterStarts: '2026-08-25T00:00:00.000Z',
  recent: '2026-11-20T08:00:00.000Z',
  forMeOnly: '2026-11-24T08:00:00.000Z',
} as const;

describe.each(DIALECTS)('The chart answer for a period on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let url: ReturnType<typeof checkinUrls>;
  const ids: Record<string, string> = {};

  const chart = async (client: Client, query = '') => {
    const response = await client.request({ method: 'GET', url: `${url.series}${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as CheckinChart;
  };
  const takenIn = (answer: CheckinChart) => answer.checkins.takenAt;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    url = checkinUrls(sam.personId);
    for (const [name, takenAt] of Object.entries(TAKEN)) {
      const response = await sam.request({
        method: 'POST',
        url: url.checkins,
        payload: aCheckin({
          takenAt,
          // The one at the start of the quarter skips hope: its column has a gap there.
          scores: name === 'quarterStarts' ? { mood: 2, sleep: 6 } : { mood: 4, hope: 5, sleep: 3 },
          note: name === 'recent' ? 'A good walk.' : '',
          forMeOnly: name === 'forMeOnly',
        }),
      });
      expect(response.statusCode, response.body).toBe(201);
      ids[name] = response.json().id;
    }
  });
  afterAll(() => t.close());

  it('sends the last 3 months unless asked otherwise, from the first moment of that day', async () => {
    const byDefault = await chart(sam);
    const quarter = await chart(sam, '?period=3m');
    expect(byDefault).toEqual(quarter);
    expect(quarter).toMatchObject({ period: '3m', from: '2026-08-25T00:00:00.000Z', to: null });
    expect(takenIn(quarter)).toEqual([TAKEN.quarterStarts, TAKEN.recent, TAKEN.forMeOnly]);
  });

  it('sends the last year, and everything, each check-in once', async () => {
    const year = await chart(sam, '?period=1y');
    expect(year).toMatchObject({ period: '1y', from: '2025-11-25T00:00:00.000Z', to: null });
    expect(takenIn(year)).toEqual([
      TAKEN.yearStarts,
      TAKEN.beforeQuarter,
      TAKEN.quarterStarts,
      TAKEN.recent,
      TAKEN.forMeOnly,
    ]);
    const all = await chart(sam, '?period=all');
    expect(all).toMatchObject({ period: 'all', from: null, to: null });
    expect(takenIn(all)).toEqual(Object.values(TAKEN));
    expect(all.checkins.ids).toEqual(Object.keys(TAKEN).map((name) => ids[name]));
  });

  it('gives one column per scale beside the check-ins, with a gap where a scale was skipped', async () => {
    const quarter = await chart(sam, '?period=3m');
    expect(quarter.checkins).toEqual({
      ids: [ids.quarterStarts, ids.recent, ids.forMeOnly],
      takenAt: [TAKEN.quarterStarts, TAKEN.recent, TAKEN.forMeOnly],
      forMeOnly: [false, false, true],
      hasNote: [false, true, false],
    });
    expect(quarter.scales.map((scale) => [scale.id, scale.values])).toEqual([
      ['mood', [2, 4, 4]],
      ['hope', [null, 5, 5]],
      ['sleep', [6, 3, 3]],
    ]);
    // Read back as trend lines, hope's line has no point for the check-in that skipped it.
    expect(pointsOf(quarter, 1).map((point) => point.checkinId)).toEqual([
      ids.recent,
      ids.forMeOnly,
    ]);
  });

  it('still takes dates instead of a period', async () => {
    const day = await chart(sam, '?from=2026-11-20&to=2026-11-20');
    expect(day).toMatchObject({
      period: null,
      from: '2026-11-20T00:00:00.000Z',
      to: '2026-11-20T23:59:59.999Z',
    });
    expect(day.checkins.ids).toEqual([ids.recent]);
  });

  it('refuses a period it does not offer, and a period with dates, naming "period"', async () => {
    for (const query of ['period=2y', 'period=', 'period=3M', 'period=all&period=3m']) {
      expectError(
        await sam.request({ method: 'GET', url: `${url.series}?${query}` }),
        400,
        'WM_VALIDATION_FAILED',
      );
    }
    const bad = expectError(
      await sam.request({ method: 'GET', url: `${url.series}?period=5y` }),
      400,
      'WM_VALIDATION_FAILED',
    );
    expect(bad.error.fields?.map((f) => f.field)).toEqual(['querystring.period']);
    const both = expectError(
      await sam.request({ method: 'GET', url: `${url.series}?period=1y&from=2026-01-01` }),
      400,
      'WM_VALIDATION_FAILED',
    );
    expect(both.error.fields).toEqual([
      {
        field: 'querystring.period',
        code: 'validation.periodOrDates',
        message: 'Choose a period or dates, not both',
      },
    ]);
  });

  it('lets a supporter with view on check-ins read it, without what is for Sam only, and logs it', async () => {
    const jo = await aSupporterOf(t, sam.personId, {
      grants: [{ section: 'checkins', level: 'view', endsAt: null }],
    });
    const before = await t.services.accessLog.list(sam.personId);
    const seen = await chart(jo, '?period=all');
    const after = await t.services.accessLog.list(sam.personId);
    expect(takenIn(seen)).not.toContain(TAKEN.forMeOnly);
    expect(seen.checkins.ids).not.toContain(ids.forMeOnly);
    expect(seen.checkins.forMeOnly.every((kept) => !kept)).toBe(true);
    expect(takenIn(seen)).toHaveLength(Object.keys(TAKEN).length - 1);
    expect(after.length - before.length).toBe(1);
    expect(after[0]).toMatchObject({
      what: 'viewed',
      actorId: jo.personId,
      section: 'checkins',
    });
  });

  it('answers anyone else as if Sam did not exist, and a signed-out visitor with 401', async () => {
    const alex = await signUp(t.app);
    const notShared = await aSupporterOf(t, sam.personId, {
      grants: [{ section: 'goals', level: 'view', endsAt: null }],
    });
    const nobody = checkinUrls('00000000-0000-4000-8000-000000000000').series;
    const missing = await alex.request({ method: 'GET', url: `${nobody}?period=all` });
    expectError(missing, 404, 'WM_NOT_FOUND');
    const before = await t.services.accessLog.list(sam.personId);
    for (const client of [alex, notShared]) {
      const refused = await client.request({ method: 'GET', url: `${url.series}?period=all` });
      expect(refused.statusCode).toBe(404);
      expect(refused.body).toBe(missing.body);
    }
    expect(await t.services.accessLog.list(sam.personId)).toHaveLength(before.length);
    const signedOut = await t.app.inject({ method: 'GET', url: `${url.series}?period=all` });
    expectError(signedOut, 401, 'WM_AUTH_REQUIRED');
  });
  it('is sent compressed to a browser that accepts it, saying the same', async () => {
    // Enough check-ins (two years back, outside every other test's periods) to pass 1 KiB.
    for (let day = 1; day <= 20; day += 1) {
      const takenAt = `2024-03-${String(day).padStart(2, '0')}T08:00:00.000Z`;
      await sam.request({ method: 'POST', url: url.checkins, payload: aCheckin({ takenAt }) });
    }
    const plain = await chart(sam, '?period=all');
    const sent = await sam.request({
      method: 'GET',
      url: `${url.series}?period=all`,
      headers: { 'accept-encoding': 'br, gzip' },
    });
    expect(sent.headers['content-encoding']).toBe('br');
    expect(JSON.parse(zlib.brotliDecompressSync(sent.rawPayload).toString('utf8'))).toEqual(plain);
  });
});

describe.each(DIALECTS)('Life-area ratings for a period on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    const [area] = await list<LifeArea>(sam, paths(sam.personId).lifeAreas);
    for (const date of ['2025-06-01', '2026-08-24', '2026-08-25', '2026-11-20']) {
      await create(sam, checkinUrls(sam.personId).ratings, {
        date,
        ratings: [{ lifeAreaId: area?.id ?? '', score: 4, wantHelp: false }],
      });
    }
  });
  afterAll(() => t.close());

  const datesOf = async (query: string) => {
    const response = await sam.request({
      method: 'GET',
      url: `${checkinUrls(sam.personId).ratings}${query}`,
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json() as {
      first: { data: { date: string } };
      latest: { data: { date: string } };
      sets: { data: { date: string } }[];
    };
    return {
      first: body.first.data.date,
      latest: body.latest.data.date,
      sets: body.sets.map((set) => set.data.date),
    };
  };

  it('offers the sets of the period to compare, and always the first and latest', async () => {
    expect(await datesOf('?period=3m')).toEqual({
      first: '2025-06-01',
      latest: '2026-11-20',
      sets: ['2026-08-25', '2026-11-20'],
    });
    expect((await datesOf('?period=1y')).sets).toEqual(['2026-08-24', '2026-08-25', '2026-11-20']);
    // Without a period every set, as before periods existed.
    for (const query of ['', '?period=all']) {
      expect((await datesOf(query)).sets).toEqual([
        '2025-06-01',
        '2026-08-24',
        '2026-08-25',
        '2026-11-20',
      ]);
    }
  });

  it('refuses a period it does not offer', async () => {
    expectError(
      await sam.request({ method: 'GET', url: `${checkinUrls(sam.personId).ratings}?period=week` }),
      400,
      'WM_VALIDATION_FAILED',
    );
  });
});
