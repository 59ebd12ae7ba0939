import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CHECKIN_SETTINGS } from '../../../domain/checkins/checkins.schema.ts';
import { EMPTY_CRISIS_PLAN } from '../../../domain/record/plans.schema.ts';
import { expectError, ifMatch } from '../../test/api.ts';
import { type Client, signIn, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { aCheckin, checkinUrls } from '../../test/checkin-fixtures.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';

const DAY = 24 * 60;

describe.each(DIALECTS)('What is due today on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let url: ReturnType<typeof checkinUrls>;
  const account = aSignUp();
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app, account);
    url = checkinUrls(sam.personId);
  });
  afterAll(() => t.close());

  const due = async (query = '') => {
    const response = await sam.request({ method: 'GET', url: `${url.due}${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  /** Moves the clock on and signs in again (sessions end after 30 idle minutes). */
  const daysLater = async (days: number) => {
    t.clock.advanceMinutes(days * DAY);
    sam = await signIn(t.app, account.email, account.password);
  };

  it('asks for nothing about check-ins until the person chooses reminders, and asks for a first crisis plan review', async () => {
    expect(await due()).toEqual({
      today: '2026-11-25',
      checkin: { due: false, frequency: 'off', lastCheckinOn: null, nextDueOn: null },
      crisisPlanReview: { due: true, lastReviewed: null, reason: 'never_reviewed' },
    });
  });

  it('reminds weekly from the last check-in, on the person’s own date', async () => {
    const saved = await sam.request({
      method: 'PUT',
      url: url.settings,
      headers: ifMatch(0),
      payload: { ...DEFAULT_CHECKIN_SETTINGS, reminder: 'weekly' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await due()).checkin).toMatchObject({ due: true, nextDueOn: '2026-11-25' });

    await sam.request({ method: 'POST', url: url.checkins, payload: aCheckin() });
    expect((await due()).checkin).toEqual({
      due: false,
      frequency: 'weekly',
      lastCheckinOn: '2026-11-25',
      nextDueOn: '2026-12-02',
    });
    await daysLater(6);
    expect((await due()).checkin.due).toBe(false);
    await daysLater(1);
    expect(await due()).toMatchObject({ today: '2026-12-02', checkin: { due: true } });
    // Just after midnight in New Zealand it is already the next day there.
    expect((await due('?today=2026-12-03')).today).toBe('2026-12-03');
  });

  it('stops asking for a crisis plan review when it was reviewed, until six months have passed', async () => {
    const saved = await sam.request({
      method: 'PUT',
      url: url.crisisPlan,
      headers: ifMatch(0),
      payload: { ...EMPTY_CRISIS_PLAN, lastReviewed: '2026-11-30' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await due()).crisisPlanReview).toEqual({
      due: false,
      lastReviewed: '2026-11-30',
      reason: null,
    });
    await daysLater(183);
    expect((await due()).crisisPlanReview).toEqual({
      due: true,
      lastReviewed: '2026-11-30',
      reason: 'over_six_months',
    });
  });

  it.each([
    ['a date that does not exist', '?today=2026-02-30'],
    ['a date far from today', '?today=2020-01-01'],
    ['an unknown parameter', '?when=now'],
  ])('refuses %s, naming the parameter', async (_, query) => {
    const response = await sam.request({ method: 'GET', url: `${url.due}${query}` });
    const body = expectError(response, 400, 'WM_VALIDATION_FAILED');
    expect(body.error.field).toMatch(/^querystring\./);
  });

  it('tells nobody else what is due', async () => {
    const alex = await signUp(t.app);
    expectError(await alex.request({ method: 'GET', url: url.due }), 404, 'WM_NOT_FOUND');
    expectError(await t.app.inject({ method: 'GET', url: url.due }), 401, 'WM_AUTH_REQUIRED');
  });
});
