// Early-warning alerts on both databases: the person chooses people they share with; a check-in
// naming one of their early warning signs puts "Sam would like you to check in with them" in
// the chosen supporter's list and in nobody else's, and never any of the record. Choosing
// someone without access is a clear 400 that changes nothing; turning alerts off stops them;
// each supporter is told at most once in 12 hours about the person.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_STAYING_WELL } from '../../../domain/record/plans.schema.ts';
import { expectError, ifMatch } from '../../test/api.ts';
import {
  aSupporterOf,
  type Client,
  signUp,
  signUpAs,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { aCheckin, checkinUrls } from '../../test/checkin-fixtures.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';

const SIGN = 'Sleeping past noon';
const WHAT_TO_DO = 'Set two alarms and text Ade';
const NOTE = 'Could not face the shop today';

describe.each(DIALECTS)('Early-warning alerts on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let jo: Client & { relationshipId: string };
  let priya: Client & { relationshipId: string };
  let revoked: Client & { relationshipId: string };
  const alertsUrl = () => `/api/people/${sam.personId}/staying-well-plan/alerts`;
  const choose = (relationshipIds: string[], by: Client = sam) =>
    by.request({ method: 'PUT', url: alertsUrl(), payload: { relationshipIds } });
  const checkIn = (overrides: Record<string, unknown> = {}) =>
    sam.request({
      method: 'POST',
      url: checkinUrls(sam.personId).checkins,
      payload: aCheckin({ note: NOTE, signsPresent: [SIGN], ...overrides }),
    });
  const alertsOf = async (client: Client) => {
    const response = await client.request({ method: 'GET', url: '/api/notifications' });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().items as { kind: string }[]).filter((n) => n.kind === 'early_warning');
  };

  beforeAll(async () => {
    // Sessions outlive the test clock, which moves on by hours in the quiet-hours test.
    t = await startTestApp(dialect, {
      SESSION_IDLE_MINUTES: '1440',
      SESSION_ABSOLUTE_HOURS: '168',
    });
    sam = await signUp(t.app, aSignUp({ displayName: 'Sam' }));
    const url = checkinUrls(sam.personId);
    const plan = {
      ...EMPTY_STAYING_WELL,
      earlyWarningSigns: [{ sign: SIGN, whatToDo: WHAT_TO_DO }],
    };
    const saved = await sam.request({
      method: 'PUT',
      url: url.stayingWell,
      headers: ifMatch(0),
      payload: plan,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const settings = (await sam.request({ method: 'GET', url: url.settings })).json();
    const prompts = await sam.request({
      method: 'PUT',
      url: url.settings,
      headers: ifMatch(settings.version),
      payload: { ...settings.data, warningSignPrompts: [SIGN] },
    });
    expect(prompts.statusCode, prompts.body).toBe(200);
    const view = { grants: [{ section: 'goals' as const, level: 'view' as const, endsAt: null }] };
    jo = await aSupporterOf(t, sam.personId, { ...view, knownAs: 'Jo' });
    priya = await aSupporterOf(t, sam.personId, { ...view, knownAs: 'Priya' });
    revoked = await aSupporterOf(t, sam.personId, { ...view, knownAs: 'Max' });
    await t.services.sharing.revoke(sam.personId, revoked.relationshipId);
  });
  afterAll(() => t.close());

  it('offers only the people the person shares with now, and none chosen at first', async () => {
    const response = await sam.request({ method: 'GET', url: alertsUrl() });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().relationshipIds).toEqual([]);
    expect(response.json().candidates.map((c: { knownAs: string }) => c.knownAs)).toEqual([
      'Jo',
      'Priya',
    ]);
  });

  it('refuses someone not in the network with access, or a supporter choosing, and changes nothing', async () => {
    await choose([jo.relationshipId]);
    const stranger = crypto.randomUUID();
    for (const ids of [[revoked.relationshipId], [stranger], [jo.relationshipId, stranger]]) {
      const response = await choose(ids);
      expectError(response, 400, 'WM_VALIDATION_FAILED');
      expect(response.json().error.fields[0].message).toContain('do not share your record');
    }
    expectError(await choose([jo.relationshipId, jo.relationshipId]), 400, 'WM_VALIDATION_FAILED');
    // Only the person chooses: Jo gets the same 404 as a record that is not there.
    expect((await choose([jo.relationshipId], jo)).statusCode).toBe(404);
    expect((await jo.request({ method: 'GET', url: alertsUrl() })).statusCode).toBe(404);
    const now = await sam.request({ method: 'GET', url: alertsUrl() });
    expect(now.json().relationshipIds).toEqual([jo.relationshipId]);
  });

  it('puts an alert in the chosen supporter’s list and nobody else’s, with no record content', async () => {
    await choose([jo.relationshipId]);
    const response = await checkIn();
    expect(response.statusCode, response.body).toBe(201);
    // The person still gets back what they planned to do.
    expect(response.json().plannedActions).toEqual([{ sign: SIGN, whatToDo: WHAT_TO_DO }]);

    const alerts = await alertsOf(jo);
    expect(alerts).toEqual([
      expect.objectContaining({
        kind: 'early_warning',
        actorName: 'Sam',
        aboutPersonId: sam.personId,
        link: `/people/${sam.personId}`,
      }),
    ]);
    const everything = JSON.stringify(alerts);
    for (const content of [SIGN, WHAT_TO_DO, NOTE, 'noon', 'mood']) {
      expect(everything).not.toContain(content);
    }
    expect(await alertsOf(priya)).toEqual([]);
    expect(await alertsOf(revoked)).toEqual([]);
    expect(await alertsOf(sam)).toEqual([]);
    const outsider = await signUpAs(t, 'supporter');
    expect(await alertsOf(outsider)).toEqual([]);
  });

  it('tells nobody for a check-in without a sign, or one kept “for me only”', async () => {
    const before = (await alertsOf(jo)).length;
    expect((await checkIn({ signsPresent: [] })).statusCode).toBe(201);
    expect((await checkIn({ forMeOnly: true })).statusCode).toBe(201);
    expect((await alertsOf(jo)).length).toBe(before);
  });

  it('stops when the person turns it off, or stops sharing with the supporter', async () => {
    const before = (await alertsOf(jo)).length;
    const off = await choose([]);
    expect(off.statusCode, off.body).toBe(200);
    expect(off.json().relationshipIds).toEqual([]);
    expect((await checkIn()).statusCode).toBe(201);
    expect((await alertsOf(jo)).length).toBe(before);

    await choose([priya.relationshipId]);
    await t.services.sharing.pause(sam.personId, { emergencyLinks: false });
    expect((await checkIn()).statusCode).toBe(201);
    expect(await alertsOf(priya)).toEqual([]);
    await t.services.sharing.resume(sam.personId);
    expect((await checkIn()).statusCode).toBe(201);
    expect(await alertsOf(priya)).toHaveLength(1);
  });

  it('tells each supporter at most once in 12 hours about the person, in the list or by email', async () => {
    // Priya chose email only: her alerts are in the outbox, not in her list.
    const emailOnly = await priya.request({
      method: 'PUT',
      url: '/api/notifications/settings',
      payload: {
        suggestion_made: { inApp: true, email: false },
        suggestion_decided: { inApp: true, email: false },
        invitation_accepted: { inApp: true, email: false },
        early_warning: { inApp: false, email: true },
      },
    });
    expect(emailOnly.statusCode, emailOnly.body).toBe(200);
    const emailsTo = async (client: Client) =>
      (
        await t.store.db
          .selectFrom('email_outbox')
          .select('id')
          .where('account_id', '=', client.personId)
          .execute()
      ).length;
    await choose([jo.relationshipId, priya.relationshipId]);
    t.clock.advanceSeconds(12 * 3600 + 1); // clear of the alerts above
    const jos = (await alertsOf(jo)).length;
    const priyas = (await alertsOf(priya)).length;
    const emails = await emailsTo(priya);

    // Three check-ins naming a sign within 11 hours: each is told once.
    expect((await checkIn()).statusCode).toBe(201);
    t.clock.advanceSeconds(3600);
    expect((await checkIn()).statusCode).toBe(201);
    t.clock.advanceSeconds(10 * 3600);
    const third = await checkIn();
    expect(third.statusCode).toBe(201);
    // The person still gets back what they planned to do, every time.
    expect(third.json().plannedActions).toEqual([{ sign: SIGN, whatToDo: WHAT_TO_DO }]);
    expect((await alertsOf(jo)).length).toBe(jos + 1);
    expect(await emailsTo(priya)).toBe(emails + 1);
    expect((await alertsOf(priya)).length).toBe(priyas);

    // Twelve hours after the first, the next check-in with a sign tells them again.
    t.clock.advanceSeconds(3600 + 1);
    expect((await checkIn()).statusCode).toBe(201);
    expect((await alertsOf(jo)).length).toBe(jos + 2);
    expect(await emailsTo(priya)).toBe(emails + 2);
  });
});
