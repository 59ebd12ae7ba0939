// Staff must set up a second factor before they see anything of a person (issue 14, decision
// 0039): a practitioner the person shares with gets nothing until two-step sign-in is on.
// Record routes refuse them with the 404 of nobody's record (the authorisation matrix tries
// every route); routes outside a record answer WM_SECOND_FACTOR_REQUIRED; their own account's
// settings still work, so they can set it up. People and supporters are not asked for one.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CRISIS_PLAN } from '../../../domain/record/plans.schema.ts';
import { comparable, create, expectError, paths, saveFirstCrisisPlan } from '../../test/api.ts';
import {
  type Client,
  signIn,
  signUp,
  signUpAs,
  startTestApp,
  type TestApp,
  turnOnSecondFactor,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal, aSignUp } from '../../test/fixtures.ts';

const PLAN = { ...EMPTY_CRISIS_PLAN, whatHelps: 'A walk with my brother' };
const ACCOUNT_LEVEL = [
  '/api/shared-with-me',
  '/api/shared-with-me/notices',
  '/api/notifications',
  '/api/notifications/unread',
  '/api/suggestions/mine',
];

describe.each(DIALECTS)('Staff and their second factor on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  const planUrl = () => `/api/people/${owner.personId}/crisis-plan`;
  const goalsUrl = () => paths(owner.personId).goals;
  const share = (accountId: string, role: 'practitioner' | 'friend' = 'practitioner') =>
    t.services.sharing.createRelationship({
      personId: owner.personId,
      accountId,
      role,
      knownAs: 'Priya',
      grants: [
        { section: 'crisis_plan', level: 'view', endsAt: null },
        { section: 'goals', level: 'view', endsAt: null },
      ],
    });
  const session = async (client: Client) =>
    (await client.request({ method: 'GET', url: '/api/auth/session' })).json().account;
  const views = async () =>
    (await t.services.accessLog.list(owner.personId)).filter((e) => e.what === 'viewed');

  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = await signUp(t.app);
    await saveFirstCrisisPlan(owner, PLAN);
    await create(owner, paths(owner.personId).goals, aGoal());
  });
  afterAll(() => t.close());

  it('gives a practitioner with a grant nothing of the person until two-step sign-in is on, then what was shared', async () => {
    const priya = await signUpAs(t, 'practitioner', { secondFactor: false });
    await share(priya.personId);
    expect((await session(priya)).secondFactorRequired).toBe(true);
    const logged = (await views()).length;

    for (const url of [planUrl(), goalsUrl(), paths(owner.personId).aboutMe]) {
      const answer = await priya.request({ method: 'GET', url });
      const absent = await priya.request({
        method: 'GET',
        url: url.replace(owner.personId, crypto.randomUUID()),
      });
      expect(answer.statusCode, url).toBe(404);
      expect(comparable(answer), url).toEqual(comparable(absent));
    }
    for (const url of ACCOUNT_LEVEL)
      expectError(await priya.request({ method: 'GET', url }), 403, 'WM_SECOND_FACTOR_REQUIRED');
    // Nothing was read, so nothing is in the person's access log.
    expect((await views()).length).toBe(logged);
    // Their own account still answers, so they can set it up.
    const status = await priya.request({ method: 'GET', url: '/api/account/second-factor' });
    expect(status.statusCode).toBe(200);
    expect((await priya.request({ method: 'GET', url: '/api/account' })).json()).toMatchObject({
      secondFactorRequired: true,
    });

    await turnOnSecondFactor(t, priya);
    expect((await session(priya)).secondFactorRequired).toBe(false);
    const plan = await priya.request({ method: 'GET', url: planUrl() });
    expect(plan.statusCode, plan.body).toBe(200);
    expect(plan.json().data.whatHelps).toBe(PLAN.whatHelps);
    expect((await priya.request({ method: 'GET', url: goalsUrl() })).statusCode).toBe(200);
    const shared = await priya.request({ method: 'GET', url: '/api/shared-with-me' });
    expect(shared.statusCode).toBe(200);
    expect(shared.json().map((p: { personId: string }) => p.personId)).toEqual([owner.personId]);
    expect((await views()).length).toBeGreaterThan(logged);
  });

  it('says so in the sign-in answer of a practitioner without one', async () => {
    const input = aSignUp();
    await t.services.auth.signUp(input, 'practitioner');
    const client = await signIn(t.app, input.email, input.password);
    const answer = await session(client);
    expect(answer.secondFactorRequired).toBe(true);
  });

  it('does not ask people or supporters for one: they see what is shared without it', async () => {
    const jo = await signUpAs(t, 'supporter');
    await share(jo.personId, 'friend');
    expect((await session(jo)).secondFactorRequired).toBe(false);
    expect((await session(owner)).secondFactorRequired).toBe(false);
    expect((await jo.request({ method: 'GET', url: planUrl() })).statusCode).toBe(200);
    const shared = await jo.request({ method: 'GET', url: '/api/shared-with-me' });
    expect(shared.statusCode).toBe(200);
    expect(shared.json()).toHaveLength(1);
    expect((await owner.request({ method: 'GET', url: goalsUrl() })).statusCode).toBe(200);
  });

  it('shows a service admin without one no person outside a record either, and still tells them to set it up', async () => {
    const admin = await signUpAs(t, 'service_admin', { secondFactor: false });
    await share(admin.personId);
    expect((await session(admin)).secondFactorRequired).toBe(true);
    // A service admin sees no person anywhere (decision 0038): the list is empty, not refused.
    const shared = await admin.request({ method: 'GET', url: '/api/shared-with-me' });
    expect(shared.statusCode).toBe(200);
    expect(shared.json()).toEqual([]);
    expect((await admin.request({ method: 'GET', url: planUrl() })).statusCode).toBe(404);
  });
});
