import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pointsOf } from '../../../domain/checkins/chart.ts';
import { DEFAULT_CHECKIN_SETTINGS } from '../../../domain/checkins/checkins.schema.ts';
import { EMPTY_STAYING_WELL } from '../../../domain/record/plans.schema.ts';
import { expectError, ifMatch, recordSnapshot } from '../../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { aCheckin, checkinSnapshot, checkinUrls } from '../../test/checkin-fixtures.ts';
import { DIALECTS } from '../../test/dialects.ts';

const voices = { id: 'own-voices', name: 'How loud the voices are', range: '0-10', active: true };

describe.each(DIALECTS)('Check-in scales, prompts and charts on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let url: ReturnType<typeof checkinUrls>;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    url = checkinUrls(sam.personId);
  });
  afterAll(() => t.close());

  const settings = async () => (await sam.request({ method: 'GET', url: url.settings })).json();
  const save = (data: object, version: number) =>
    sam.request({ method: 'PUT', url: url.settings, headers: ifMatch(version), payload: data });
  const checkIn = (change: Record<string, unknown> = {}) =>
    sam.request({ method: 'POST', url: url.checkins, payload: aCheckin(change) });

  it('starts with mood, hope and sleep from 1 to 7, and no reminders', async () => {
    expect(await settings()).toEqual({
      version: 0,
      updatedAt: null,
      data: DEFAULT_CHECKIN_SETTINGS,
    });
  });

  it('lets the person add a scale of their own, score it, and see it as a trend line', async () => {
    const saved = await save(
      { ...DEFAULT_CHECKIN_SETTINGS, scales: [...DEFAULT_CHECKIN_SETTINGS.scales, voices] },
      0,
    );
    expect(saved.statusCode, saved.body).toBe(200);
    expectError(
      await checkIn({ scores: { 'own-voices': 11 } }),
      400,
      'WM_VALIDATION_FAILED',
      'scores.own-voices',
    );
    const response = await checkIn({ scores: { mood: 2, 'own-voices': 8 }, forMeOnly: true });
    expect(response.statusCode, response.body).toBe(201);
    await checkIn({ takenAt: '2026-11-24T08:00:00Z', scores: { mood: 3 }, note: '' });

    const series = (await sam.request({ method: 'GET', url: url.series })).json();
    expect(series.scales.map((s: { id: string }) => s.id)).toEqual([
      'mood',
      'hope',
      'sleep',
      'own-voices',
    ]);
    const own = series.scales.findIndex((s: { id: string }) => s.id === 'own-voices');
    expect(series.scales[own]).toMatchObject({
      name: 'How loud the voices are',
      builtIn: false,
      min: 0,
      max: 10,
    });
    expect(pointsOf(series, own)).toEqual([
      expect.objectContaining({
        value: 8,
        forMeOnly: true,
        hasNote: true,
        takenAt: '2026-11-25T08:30:00.000Z',
      }),
    ]);
    const mood = series.scales.findIndex((s: { id: string }) => s.id === 'mood');
    expect(pointsOf(series, mood).map((p) => [p.value, p.hasNote])).toEqual([
      [3, false],
      [2, true],
    ]);
  });

  it('filters the chart by date, and refuses a range that ends before it starts', async () => {
    const day = (
      await sam.request({ method: 'GET', url: `${url.series}?from=2026-11-24&to=2026-11-24` })
    ).json();
    const mood = day.scales.findIndex((s: { id: string }) => s.id === 'mood');
    expect(pointsOf(day, mood)).toHaveLength(1);
    for (const [query, field] of [
      ['from=2026-12-01&to=2026-11-01', 'querystring.from'],
      ['from=yesterday', 'querystring.from'],
      ['to=2026-13-01', 'querystring.to'],
      ['from=1999-01-01', 'querystring.from'],
      ['colour=blue', 'querystring.colour'],
    ]) {
      const response = await sam.request({ method: 'GET', url: `${url.series}?${query}` });
      expectError(response, 400, 'WM_VALIDATION_FAILED', field);
    }
  });

  it('keeps the range of a scale with scores, and keeps the scale, though it can be switched off', async () => {
    const current = await settings();
    const before = await recordSnapshot(t.store, sam.personId);
    const tenPointMood = current.data.scales.map((s: { id: string }) =>
      s.id === 'mood' ? { ...s, range: '0-10' } : s,
    );
    expectError(
      await save({ ...current.data, scales: tenPointMood }, current.version),
      400,
      'WM_VALIDATION_FAILED',
      'scales.0.range',
    );
    const withoutVoices = current.data.scales.filter((s: { id: string }) => s.id !== 'own-voices');
    expectError(
      await save({ ...current.data, scales: withoutVoices }, current.version),
      400,
      'WM_VALIDATION_FAILED',
      'scales',
    );
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);

    const voicesOff = current.data.scales.map((s: { id: string }) =>
      s.id === 'own-voices' ? { ...s, active: false } : s,
    );
    const saved = await save({ ...current.data, scales: voicesOff }, current.version);
    expect(saved.statusCode, saved.body).toBe(200);
    const series = (await sam.request({ method: 'GET', url: url.series })).json();
    expect(series.scales.find((s: { id: string }) => s.id === 'own-voices')).toMatchObject({
      active: false,
    });
  });

  it('lets an unused scale change its range', async () => {
    const current = await settings();
    const tenPointEnergy = current.data.scales.map((s: { id: string }) =>
      s.id === 'energy' ? { ...s, range: '0-10', active: true } : s,
    );
    expect(
      (await save({ ...current.data, scales: tenPointEnergy }, current.version)).statusCode,
    ).toBe(200);
    expect((await checkIn({ scores: { energy: 10 } })).statusCode).toBe(201);
  });

  it.each([
    [
      'six scales of their own in use',
      (data: { scales: object[] }) => ({
        ...data,
        scales: [
          ...data.scales,
          ...[1, 2, 3, 4, 5, 6].map((n) => ({ ...voices, id: `own-${n}`, name: `Mine ${n}` })),
        ],
      }),
      'scales',
    ],
    [
      'a built-in scale renamed',
      (data: { scales: object[] }) => ({
        ...data,
        scales: data.scales.map((s, i) => (i === 1 ? { ...s, name: 'Optimism' } : s)),
      }),
      'scales.1.name',
    ],
    [
      'an own scale with no name',
      (data: { scales: object[] }) => ({
        ...data,
        scales: [...data.scales, { ...voices, id: 'own-x', name: null }],
      }),
      'scales.6.name',
    ],
    [
      'a scale id that is neither built in nor own-',
      (data: { scales: object[] }) => ({
        ...data,
        scales: [...data.scales, { ...voices, id: 'voices' }],
      }),
      'scales.6.id',
    ],
    [
      'a range that is not offered',
      (data: { scales: object[] }) => ({
        ...data,
        scales: data.scales.map((s, i) => (i === 4 ? { ...s, range: '1-5' } : s)),
      }),
      'scales.4.range',
    ],
    ['an unknown reminder rhythm', (data: object) => ({ ...data, reminder: 'hourly' }), 'reminder'],
    [
      'a warning sign that is not in the staying-well plan',
      (data: object) => ({
        ...data,
        warningSignPrompts: ['Not answering the phone'],
      }),
      'warningSignPrompts.0',
    ],
    ['an unknown field', (data: object) => ({ ...data, colour: 'blue' }), 'colour'],
  ])('refuses settings with %s, and changes nothing', async (_, change, field) => {
    const current = await settings();
    const before = await recordSnapshot(t.store, sam.personId);
    expectError(
      await save(change(current.data), current.version),
      400,
      'WM_VALIDATION_FAILED',
      field,
    );
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);
  });

  it('asks for the version of the settings before saving them', async () => {
    const current = await settings();
    expectError(
      await sam.request({ method: 'PUT', url: url.settings, payload: current.data }),
      428,
      'WM_VERSION_REQUIRED',
    );
    expectError(await save(current.data, current.version - 1), 412, 'WM_VERSION_CONFLICT');
  });

  it('turns early warning signs into prompts, and answers a sign with the person’s own plan', async () => {
    const plan = {
      ...EMPTY_STAYING_WELL,
      earlyWarningSigns: [
        { sign: 'Sleeping past noon', whatToDo: 'Set two alarms and text Ade' },
        { sign: 'Skipping meals', whatToDo: 'Batch-cook on Sunday' },
      ],
    };
    const stayingWell = await sam.request({
      method: 'PUT',
      url: url.stayingWell,
      headers: ifMatch(0),
      payload: plan,
    });
    expect(stayingWell.statusCode, stayingWell.body).toBe(200);
    const current = await settings();
    const prompts = ['Sleeping past noon', 'Skipping meals'];
    expect(
      (await save({ ...current.data, warningSignPrompts: prompts }, current.version)).statusCode,
    ).toBe(200);

    const others = await recordSnapshot(t.store, sam.personId);
    const response = await checkIn({ scores: {}, signsPresent: ['Sleeping past noon'] });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      signsPresent: ['Sleeping past noon'],
      plannedActions: [{ sign: 'Sleeping past noon', whatToDo: 'Set two alarms and text Ade' }],
    });
    // Only the check-in is written: no message, no flag, nothing for anyone else.
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(others);

    // A sign taken out of the plan later is still a prompt, but has no planned action now.
    await sam.request({
      method: 'PUT',
      url: url.stayingWell,
      headers: ifMatch(1),
      payload: { ...plan, earlyWarningSigns: plan.earlyWarningSigns.slice(0, 1) },
    });
    const later = await checkIn({ signsPresent: ['Skipping meals', 'Sleeping past noon'] });
    expect(later.json().plannedActions).toEqual([
      { sign: 'Skipping meals', whatToDo: null },
      { sign: 'Sleeping past noon', whatToDo: 'Set two alarms and text Ade' },
    ]);
  });

  it('changes nothing when a check-in names a sign that is not a prompt', async () => {
    const before = await checkinSnapshot(t.store, sam.personId);
    const response = await checkIn({ signsPresent: ['Sleeping past noon', 'Hearing my name'] });
    expectError(response, 400, 'WM_VALIDATION_FAILED', 'signsPresent.1');
    expect(await checkinSnapshot(t.store, sam.personId)).toEqual(before);
  });
});
