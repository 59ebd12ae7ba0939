import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, ifMatch } from '../../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { aCheckin, checkinSnapshot, checkinUrls } from '../../test/checkin-fixtures.ts';
import { DIALECTS } from '../../test/dialects.ts';

describe.each(DIALECTS)('Quick check-ins on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let alex: Client;
  let url: ReturnType<typeof checkinUrls>;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    alex = await signUp(t.app);
    url = checkinUrls(sam.personId);
  });
  afterAll(() => t.close());

  const post = (payload: object) => sam.request({ method: 'POST', url: url.checkins, payload });

  it('records a check-in on the default scales and gives it back with its version', async () => {
    const response = await post(
      aCheckin({ takenAt: '2026-11-25T09:15:00+01:00', forMeOnly: true }),
    );
    expect(response.statusCode, response.body).toBe(201);
    const saved = response.json();
    expect(saved).toMatchObject({
      version: 1,
      takenAt: '2026-11-25T08:15:00.000Z',
      takenOn: '2026-11-25',
      scores: { mood: 4, hope: 5, sleep: 3 },
      note: 'Slept badly but the walk helped.',
      forMeOnly: true,
      signsPresent: [],
      plannedActions: [],
    });
    expect(response.headers.etag).toBe('W/"1"');
    expect(response.headers.location).toBe(url.checkin(saved.id));
    const read = await sam.request({ method: 'GET', url: url.checkin(saved.id) });
    expect(read.json()).toMatchObject({ id: saved.id, forMeOnly: true, version: 1 });
    expect(read.json()).not.toHaveProperty('plannedActions');
  });

  it('keeps the person’s own calendar date when they are ahead of UTC', async () => {
    const response = await post(
      aCheckin({ takenAt: '2026-11-25T00:30:00+13:00', note: undefined }),
    );
    expect(response.json()).toMatchObject({
      takenAt: '2026-11-24T11:30:00.000Z',
      takenOn: '2026-11-25',
      note: '',
    });
  });

  it('lists check-ins newest first, within a date range', async () => {
    await post(aCheckin({ takenAt: '2026-10-01T08:00:00Z' }));
    const all = (await sam.request({ method: 'GET', url: url.checkins })).json().items;
    const times = all.map((c: { takenAt: string }) => c.takenAt);
    expect(times).toEqual([...times].sort().reverse());
    const october = await sam.request({
      method: 'GET',
      url: `${url.checkins}?from=2026-10-01&to=2026-10-31`,
    });
    expect(october.json().items.map((c: { takenAt: string }) => c.takenAt)).toEqual([
      '2026-10-01T08:00:00.000Z',
    ]);
  });

  it('keeps every version when a check-in is changed, and asks for the version first', async () => {
    const created = (await post(aCheckin())).json();
    const change = aCheckin({ scores: { mood: 6 }, note: 'Better after lunch, actually.' });
    const before = await checkinSnapshot(t.store, sam.personId);
    expectError(
      await sam.request({ method: 'PUT', url: url.checkin(created.id), payload: change }),
      428,
      'WM_VERSION_REQUIRED',
    );
    const stale = await sam.request({
      method: 'PUT',
      url: url.checkin(created.id),
      headers: ifMatch(7),
      payload: change,
    });
    expectError(stale, 412, 'WM_VERSION_CONFLICT');
    expect(stale.json().current).toMatchObject({ id: created.id, version: 1 });
    expect(stale.headers.etag).toBe('W/"1"');
    expectError(
      await sam.request({
        method: 'PUT',
        url: url.checkin(created.id),
        headers: { 'if-match': 'yesterday' },
        payload: change,
      }),
      400,
      'WM_VERSION_INVALID',
    );
    expect(await checkinSnapshot(t.store, sam.personId)).toEqual(before);

    const updated = await sam.request({
      method: 'PUT',
      url: url.checkin(created.id),
      headers: ifMatch(1),
      payload: change,
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ version: 2, scores: { mood: 6 } });
    expect(updated.headers.etag).toBe('W/"2"');
    const history = (
      await sam.request({ method: 'GET', url: `${url.checkin(created.id)}/history` })
    ).json();
    expect(
      history.revisions.map((r: { version: number; action: string }) => [r.version, r.action]),
    ).toEqual([
      [2, 'update'],
      [1, 'create'],
    ]);
    expect(history.revisions[1]).toMatchObject({
      scores: { mood: 4, hope: 5, sleep: 3 },
      authoredBy: sam.personId,
      authoredRole: 'person',
    });
  });

  it('deletes a check-in from lists and charts, keeping its history', async () => {
    const created = (
      await post(aCheckin({ takenAt: '2026-11-20T08:00:00Z', scores: { mood: 1 } }))
    ).json();
    expectError(
      await sam.request({ method: 'DELETE', url: url.checkin(created.id) }),
      428,
      'WM_VERSION_REQUIRED',
    );
    const removed = await sam.request({
      method: 'DELETE',
      url: url.checkin(created.id),
      headers: ifMatch(1),
    });
    expect(removed.json()).toMatchObject({ version: 2 });
    expect(removed.json().deletedAt).not.toBeNull();
    const listed = (await sam.request({ method: 'GET', url: url.checkins })).json().items;
    expect(listed.map((c: { id: string }) => c.id)).not.toContain(created.id);
    const series = (await sam.request({ method: 'GET', url: url.series })).json();
    expect(series.checkins.ids).not.toContain(created.id);
    const history = (
      await sam.request({ method: 'GET', url: `${url.checkin(created.id)}/history` })
    ).json();
    expect(history.revisions.map((r: { action: string }) => r.action)).toEqual([
      'delete',
      'create',
    ]);
    // Changing a deleted check-in is a conflict: 412 with it as it is, showing it deleted.
    const change = expectError(
      await sam.request({
        method: 'PUT',
        url: url.checkin(created.id),
        headers: ifMatch(2),
        payload: aCheckin(),
      }),
      412,
      'WM_VERSION_CONFLICT',
    ) as { current?: unknown };
    expect(change.current).toMatchObject({ version: 2, deletedAt: expect.any(String) });
  });

  it.each([
    ['a score above the range', { scores: { mood: 8 } }, 'scores.mood'],
    ['a score below the range', { scores: { hope: 0 } }, 'scores.hope'],
    ['a score that is not whole', { scores: { mood: 4.5 } }, 'scores.mood'],
    ['a score that is not a number', { scores: { mood: 'good' } }, 'scores.mood'],
    ['a scale the person does not have', { scores: { happiness: 4 } }, 'scores.happiness'],
    ['a built-in scale not in their list', { scores: { 'own-voices': 4 } }, 'scores.own-voices'],
    ['no scores and no warning signs', { scores: {} }, 'scores'],
    ['a time in the future', { takenAt: '2026-11-25T10:30:00Z' }, 'takenAt'],
    ['a time before 2000', { takenAt: '1999-12-31T23:59:59Z' }, 'takenAt'],
    ['a date that does not exist', { takenAt: '2026-02-30T09:00:00Z' }, 'takenAt'],
    ['a date without a time', { takenAt: '2026-11-25' }, 'takenAt'],
    ['a time without an offset', { takenAt: '2026-11-25T09:00:00' }, 'takenAt'],
    ['a note of 2,001 characters', { note: 'x'.repeat(2_001) }, 'note'],
    ['a "for me only" that is not true or false', { forMeOnly: 'yes' }, 'forMeOnly'],
    ['no "for me only"', { forMeOnly: undefined }, 'forMeOnly'],
    ['an unknown field', { mood: 4 }, 'mood'],
    [
      'a warning sign that is not one of their prompts',
      { signsPresent: ['Not eating'] },
      'signsPresent.0',
    ],
  ])('refuses %s, naming the field, and changes nothing', async (_, change, field) => {
    const before = await checkinSnapshot(t.store, sam.personId);
    const response = await post(aCheckin(change));
    const body = expectError(response, 400, 'WM_VALIDATION_FAILED');
    expect(body.error.fields?.map((f) => f.field)).toContain(field);
    expect(await checkinSnapshot(t.store, sam.personId)).toEqual(before);
  });

  it('refuses a bad change to an existing check-in the same way, keeping the stored version', async () => {
    const created = (await post(aCheckin())).json();
    const before = await checkinSnapshot(t.store, sam.personId);
    for (const [change, field] of [
      [{ scores: { mood: 9 } }, 'scores.mood'],
      [{ takenAt: '2027-01-01T00:00:00Z' }, 'takenAt'],
      [{ note: 'x'.repeat(2_001) }, 'note'],
    ] as const) {
      const response = await sam.request({
        method: 'PUT',
        url: url.checkin(created.id),
        headers: ifMatch(1),
        payload: aCheckin(change),
      });
      expectError(response, 400, 'WM_VALIDATION_FAILED', field);
    }
    expect(await checkinSnapshot(t.store, sam.personId)).toEqual(before);
  });

  it('accepts a device clock a few minutes ahead of ours', async () => {
    expect((await post(aCheckin({ takenAt: '2026-11-25T10:04:00Z' }))).statusCode).toBe(201);
  });

  it('answers a signed-out visitor with 401 and another person with 404, changing nothing', async () => {
    const mine = (await post(aCheckin())).json();
    const before = await checkinSnapshot(t.store, sam.personId);
    const signedOut = await t.app.inject({ method: 'GET', url: url.checkins });
    expectError(signedOut, 401, 'WM_AUTH_REQUIRED');
    for (const request of [
      { method: 'GET' as const, url: url.checkins },
      { method: 'GET' as const, url: url.checkin(mine.id) },
      { method: 'GET' as const, url: url.series },
      { method: 'POST' as const, url: url.checkins, payload: aCheckin() },
      {
        method: 'PUT' as const,
        url: url.checkin(mine.id),
        headers: ifMatch(1),
        payload: aCheckin(),
      },
      { method: 'DELETE' as const, url: url.checkin(mine.id), headers: ifMatch(1) },
    ]) {
      expectError(await alex.request(request), 404, 'WM_NOT_FOUND');
    }
    expect(await checkinSnapshot(t.store, sam.personId)).toEqual(before);
    // Alex's own check-in id cannot be reached through Sam's record either.
    const theirs = (
      await alex.request({
        method: 'POST',
        url: checkinUrls(alex.personId).checkins,
        payload: aCheckin(),
      })
    ).json();
    expectError(
      await sam.request({ method: 'GET', url: url.checkin(theirs.id) }),
      404,
      'WM_NOT_FOUND',
    );
  });
});
