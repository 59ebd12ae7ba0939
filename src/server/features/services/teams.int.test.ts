// A service admin's teams and staff (issue 14), on both databases: teams made, renamed and
// listed; practitioners invited with a one-time set-up link; every refusal changing nothing;
// nobody but the service's own admin reaching any of it; and disabling a practitioner taking
// effect on their very next request.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../../test/api.ts';
import {
  aServiceAdmin,
  type Client,
  signUp,
  signUpAs,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';

const PASSWORD = 'a long enough password';

describe.each(DIALECTS)('Teams and staff on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());

  const addTeam = (admin: Client, name: string) =>
    admin.request({ method: 'POST', url: '/api/service/teams', payload: { name } });
  const teamsOf = async (admin: Client) => {
    const response = await admin.request({ method: 'GET', url: '/api/service/teams' });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().teams as { id: string; name: string; memberCount: number }[];
  };
  const invite = (admin: Client, payload: object) =>
    admin.request({ method: 'POST', url: '/api/service/staff', payload });
  const staffOf = async (admin: Client) => {
    const response = await admin.request({ method: 'GET', url: '/api/service/staff' });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().staff as {
      accountId: string;
      name: string;
      email: string;
      role: string;
      teams: { id: string; name: string }[];
      setUp: boolean;
      disabled: boolean;
    }[];
  };
  const setUp = (token: string, password = PASSWORD) =>
    t.app.inject({ method: 'POST', url: '/api/set-up', payload: { token, password } });
  const tokenOf = (link: string) => link.split('/set-up/')[1] ?? '';
  const signInWith = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });
  const countRows = async () => ({
    accounts: (await t.store.db.selectFrom('account').select('id').execute()).length,
    staff: (await t.store.db.selectFrom('staff_member').select('account_id').execute()).length,
    members: (await t.store.db.selectFrom('team_member').select('team_id').execute()).length,
    links: (await t.store.db.selectFrom('set_up_link').select('token_hash').execute()).length,
    teams: (await t.store.db.selectFrom('team').selectAll().execute()).map((r) => r.name).sort(),
  });

  /** An admin with one team, and a practitioner invited to it who has set up their account. */
  const anAdminWithPractitioner = async () => {
    const admin = await aServiceAdmin(t);
    const team = (await addTeam(admin, 'Crisis team')).json() as { id: string };
    const email = aSignUp().email;
    const invited = await invite(admin, { name: 'Sam Patel', email, teamId: team.id });
    expect(invited.statusCode, invited.body).toBe(201);
    const { staff, setUpLink } = invited.json() as {
      staff: { accountId: string };
      setUpLink: string;
    };
    const response = await setUp(tokenOf(setUpLink));
    expect(response.statusCode, response.body).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'waymark')?.value ?? '';
    const practitioner: Client = {
      personId: staff.accountId,
      cookie: `waymark=${cookie}`,
      csrfToken: response.json().csrfToken,
      request: (options) =>
        t.app.inject({
          ...options,
          headers: {
            cookie: `waymark=${cookie}`,
            ...(options.method && options.method !== 'GET'
              ? { 'x-csrf-token': response.json().csrfToken }
              : {}),
            ...(options.headers as Record<string, string>),
          },
        }),
    };
    return { admin, team, email, practitioner, accountId: staff.accountId };
  };

  it('makes, lists and renames teams, each name once in the service', async () => {
    const admin = await aServiceAdmin(t);
    expect(await teamsOf(admin)).toEqual([]);
    const made = await addTeam(admin, '  Crisis team ');
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ name: 'Crisis team', memberCount: 0 });
    expect((await addTeam(admin, 'Early intervention')).statusCode).toBe(201);
    expect((await teamsOf(admin)).map((team) => team.name)).toEqual([
      'Crisis team',
      'Early intervention',
    ]);
    const renamed = await admin.request({
      method: 'PUT',
      url: `/api/service/teams/${made.json().id}`,
      payload: { name: 'Home treatment team' },
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ id: made.json().id, name: 'Home treatment team' });
    // Its own name again, in another case, is not a clash with itself.
    const recased = await admin.request({
      method: 'PUT',
      url: `/api/service/teams/${made.json().id}`,
      payload: { name: 'Home Treatment Team' },
    });
    expect(recased.statusCode, recased.body).toBe(200);
    // Another service may use the same names.
    const other = await aServiceAdmin(t);
    expect((await addTeam(other, 'Early intervention')).statusCode).toBe(201);
    expect((await teamsOf(other)).map((team) => team.name)).toEqual(['Early intervention']);
  });

  it('keeps one team when the same name is added several times at once, refusing the others clearly', async () => {
    const admin = await aServiceAdmin(t);
    const names = Array.from({ length: 12 }, (_, i) => (i % 2 ? 'Crisis team' : 'CRISIS TEAM'));
    const answers = await Promise.all(names.map((name) => addTeam(admin, name)));
    const statuses = answers.map((answer) => answer.statusCode).sort();
    const refused = names.slice(1).map(() => 409);
    expect(statuses, answers.map((answer) => answer.body).join('\n')).toEqual([201, ...refused]);
    for (const answer of answers.filter((a) => a.statusCode === 409))
      expectError(answer, 409, 'WM_TEAM_NAME_TAKEN', 'name');
    expect((await teamsOf(admin)).map((team) => team.name.toLowerCase())).toEqual(['crisis team']);
  });

  it('refuses an empty name, a name already used (in any case) and a team that is not the service’s, changing nothing', async () => {
    const admin = await aServiceAdmin(t);
    const team = (await addTeam(admin, 'Crisis team')).json() as { id: string };
    const second = (await addTeam(admin, 'Recovery team')).json() as { id: string };
    const other = await aServiceAdmin(t);
    const before = await countRows();
    expectError(await addTeam(admin, '   '), 400, 'WM_VALIDATION_FAILED', 'name');
    expectError(
      await admin.request({ method: 'POST', url: '/api/service/teams', payload: {} }),
      400,
      'WM_VALIDATION_FAILED',
      'name',
    );
    expectError(await addTeam(admin, 'x'.repeat(1000)), 400, 'WM_VALIDATION_FAILED', 'name');
    expectError(await addTeam(admin, 'CRISIS TEAM'), 409, 'WM_TEAM_NAME_TAKEN', 'name');
    expectError(
      await admin.request({
        method: 'PUT',
        url: `/api/service/teams/${second.id}`,
        payload: { name: 'crisis team' },
      }),
      409,
      'WM_TEAM_NAME_TAKEN',
      'name',
    );
    expectError(
      await admin.request({
        method: 'PUT',
        url: '/api/service/teams/no-such-team',
        payload: { name: 'Anything' },
      }),
      404,
      'WM_NOT_FOUND',
    );
    // An admin of another service cannot see or rename it.
    expectError(
      await other.request({
        method: 'PUT',
        url: `/api/service/teams/${team.id}`,
        payload: { name: 'Taken over' },
      }),
      404,
      'WM_NOT_FOUND',
    );
    expect(await teamsOf(other)).toEqual([]);
    expect(await countRows()).toEqual(before);
  });

  it('invites a practitioner to a team: an account with no password, and a link that works once', async () => {
    const admin = await aServiceAdmin(t);
    const team = (await addTeam(admin, 'Crisis team')).json() as { id: string };
    const email = aSignUp().email;
    const invited = await invite(admin, {
      name: 'Sam Patel',
      email: email.toUpperCase(),
      teamId: team.id,
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const body = invited.json();
    expect(body).toMatchObject({
      staff: {
        name: 'Sam Patel',
        email,
        role: 'practitioner',
        teams: [{ id: team.id, name: 'Crisis team' }],
        setUp: false,
        disabled: false,
      },
      emailed: false,
    });
    expect(body.setUpLink).toMatch(/^http:\/\/localhost:3000\/set-up\/.{43,}$/);
    const account = await t.store.db
      .selectFrom('account')
      .selectAll()
      .where('email', '=', email)
      .executeTakeFirstOrThrow();
    expect(account.role).toBe('practitioner');
    expect(account.password_hash.startsWith('$argon2')).toBe(false);
    expectError(await signInWith(email, PASSWORD), 401, 'WM_AUTH_WRONG_CREDENTIALS');
    expect((await teamsOf(admin))[0]?.memberCount).toBe(1);

    const used = await setUp(tokenOf(body.setUpLink));
    expect(used.statusCode, used.body).toBe(200);
    expect(used.json().account).toMatchObject({ email, role: 'practitioner' });
    expectError(
      await setUp(tokenOf(body.setUpLink), 'another long password'),
      404,
      'WM_SET_UP_LINK_INVALID',
    );
    expect((await signInWith(email, PASSWORD)).statusCode).toBe(200);
    const [member] = (await staffOf(admin)).filter((s) => s.email === email);
    expect(member).toMatchObject({ setUp: true, disabled: false });
    // The admin is listed too, with no team.
    expect((await staffOf(admin)).find((s) => s.email === admin.email)).toMatchObject({
      role: 'service_admin',
      teams: [],
      setUp: true,
    });
  });

  it('puts the service’s own practitioner in a second team as the same account', async () => {
    const admin = await aServiceAdmin(t);
    const first = (await addTeam(admin, 'Crisis team')).json() as { id: string };
    const second = (await addTeam(admin, 'Recovery team')).json() as { id: string };
    const email = aSignUp().email;
    const one = (await invite(admin, { name: 'Sam Patel', email, teamId: first.id })).json();
    // Not set up yet: a fresh link to pass on.
    const two = await invite(admin, { name: 'Sam Patel', email, teamId: second.id });
    expect(two.statusCode, two.body).toBe(201);
    expect(two.json().staff.accountId).toBe(one.staff.accountId);
    expect(two.json().staff.teams.map((team: { name: string }) => team.name)).toEqual([
      'Crisis team',
      'Recovery team',
    ]);
    expect(two.json().setUpLink).not.toBe(one.setUpLink);
    expect((await setUp(tokenOf(two.json().setUpLink))).statusCode).toBe(200);
    // Set up: the same team again changes nothing and needs no link.
    const again = await invite(admin, { name: 'Sam Patel', email, teamId: second.id });
    expect(again.statusCode, again.body).toBe(201);
    expect(again.json()).toMatchObject({ setUpLink: null, expiresAt: null, emailed: false });
    expect((await teamsOf(admin)).map((team) => team.memberCount)).toEqual([1, 1]);
  });

  it('refuses a bad email, a missing name or team, and an email that is anyone else’s, changing nothing', async () => {
    const admin = await aServiceAdmin(t);
    const team = (await addTeam(admin, 'Crisis team')).json() as { id: string };
    const person = aSignUp();
    await signUp(t.app, person);
    const supporter = await signUpAs(t, 'supporter');
    const supporterEmail = (
      await t.store.db
        .selectFrom('account')
        .select('email')
        .where('id', '=', supporter.personId)
        .executeTakeFirstOrThrow()
    ).email;
    const other = await aServiceAdmin(t);
    const otherTeam = (await addTeam(other, 'Their team')).json() as { id: string };
    const theirs = aSignUp().email;
    expect(
      (await invite(other, { name: 'Jo', email: theirs, teamId: otherTeam.id })).statusCode,
    ).toBe(201);
    const before = await countRows();
    const fine = { name: 'Sam Patel', email: aSignUp().email, teamId: team.id };
    expectError(
      await invite(admin, { ...fine, email: 'not an email' }),
      400,
      'WM_VALIDATION_FAILED',
      'email',
    );
    expectError(await invite(admin, { ...fine, name: ' ' }), 400, 'WM_VALIDATION_FAILED', 'name');
    expectError(
      await invite(admin, { ...fine, teamId: '' }),
      400,
      'WM_VALIDATION_FAILED',
      'teamId',
    );
    expectError(
      await invite(admin, { ...fine, role: 'service_admin' }),
      400,
      'WM_VALIDATION_FAILED',
    );
    // A team of another service is no team of this one.
    expectError(
      await invite(admin, { ...fine, teamId: otherTeam.id }),
      400,
      'WM_VALIDATION_FAILED',
      'teamId',
    );
    for (const email of [person.email, supporterEmail, theirs, other.email, admin.email])
      expectError(await invite(admin, { ...fine, email }), 409, 'WM_STAFF_EMAIL_IN_USE', 'email');
    expect(await countRows()).toEqual(before);
  });

  it('answers nobody but a signed-in admin of the service', async () => {
    const { admin, team, accountId, practitioner } = await anAdminWithPractitioner();
    const person = await signUp(t.app);
    const supporter = await signUpAs(t, 'supporter');
    const standalone = await signUpAs(t, 'practitioner');
    const requests = [
      { method: 'GET' as const, url: '/api/service/teams' },
      { method: 'POST' as const, url: '/api/service/teams', payload: { name: 'Mine now' } },
      { method: 'PUT' as const, url: `/api/service/teams/${team.id}`, payload: { name: 'Mine' } },
      { method: 'GET' as const, url: '/api/service/staff' },
      {
        method: 'POST' as const,
        url: '/api/service/staff',
        payload: { name: 'Jo', email: aSignUp().email, teamId: team.id },
      },
      { method: 'POST' as const, url: `/api/service/staff/${accountId}/disable` },
      { method: 'POST' as const, url: `/api/service/staff/${accountId}/enable` },
    ];
    const before = await countRows();
    for (const request of requests) {
      expectError(await t.app.inject(request), 401, 'WM_AUTH_REQUIRED');
      for (const caller of [person, supporter, standalone])
        expectError(await caller.request(request), 404, 'WM_NOT_FOUND');
      // The invited practitioner has not set up two-step sign-in: refused before anything else.
      expectError(await practitioner.request(request), 403, 'WM_SECOND_FACTOR_REQUIRED');
    }
    expect(await countRows()).toEqual(before);
    expect((await staffOf(admin)).find((s) => s.accountId === accountId)?.disabled).toBe(false);
    // An admin of another service: nothing of this one, and their own lists stay their own.
    const other = await aServiceAdmin(t);
    for (const url of [
      `/api/service/staff/${accountId}/disable`,
      `/api/service/staff/${admin.personId}/disable`,
    ])
      expectError(await other.request({ method: 'POST', url }), 404, 'WM_NOT_FOUND');
    expect((await staffOf(other)).map((s) => s.email)).toEqual([other.email]);
    // An admin cannot turn themselves (or any admin) off here.
    expectError(
      await admin.request({ method: 'POST', url: `/api/service/staff/${admin.personId}/disable` }),
      404,
      'WM_NOT_FOUND',
    );
    // A disabled service's admin is signed out, like all its staff.
    await t.services.services.disable(admin.serviceId);
    expectError(await admin.request(requests[0] ?? {}), 401, 'WM_AUTH_REQUIRED');
  });

  it('disables a practitioner at once: signed out everywhere, no sign-in, out of the team counts; and back on', async () => {
    const { admin, email, accountId, practitioner } = await anAdminWithPractitioner();
    const second = await signInWith(email, PASSWORD);
    expect(second.statusCode).toBe(200);
    expect((await practitioner.request({ method: 'GET', url: '/api/account' })).statusCode).toBe(
      200,
    );
    const disabled = await admin.request({
      method: 'POST',
      url: `/api/service/staff/${accountId}/disable`,
    });
    expect(disabled.statusCode, disabled.body).toBe(200);
    expect(disabled.json()).toMatchObject({ accountId, disabled: true });
    expectError(
      await practitioner.request({ method: 'GET', url: '/api/account' }),
      401,
      'WM_AUTH_REQUIRED',
    );
    const secondCookie = second.cookies.find((c) => c.name === 'waymark')?.value;
    expectError(
      await t.app.inject({
        method: 'GET',
        url: '/api/account',
        headers: { cookie: `waymark=${secondCookie}` },
      }),
      401,
      'WM_AUTH_REQUIRED',
    );
    const sessions = await t.store.db
      .selectFrom('session')
      .select('account_id')
      .where('account_id', '=', accountId)
      .execute();
    expect(sessions).toEqual([]);
    expectError(await signInWith(email, PASSWORD), 403, 'WM_AUTH_SERVICE_DISABLED');
    expect((await teamsOf(admin))[0]?.memberCount).toBe(0);
    expect((await staffOf(admin)).find((s) => s.accountId === accountId)).toMatchObject({
      disabled: true,
    });
    // The admin is still signed in.
    expect((await admin.request({ method: 'GET', url: '/api/service/staff' })).statusCode).toBe(
      200,
    );

    const enabled = await admin.request({
      method: 'POST',
      url: `/api/service/staff/${accountId}/enable`,
    });
    expect(enabled.statusCode, enabled.body).toBe(200);
    expect(enabled.json()).toMatchObject({ disabled: false });
    expect((await signInWith(email, PASSWORD)).statusCode).toBe(200);
    expect((await teamsOf(admin))[0]?.memberCount).toBe(1);
  });

  it('stops a disabled practitioner’s unused set-up link from working', async () => {
    const admin = await aServiceAdmin(t);
    const team = (await addTeam(admin, 'Crisis team')).json() as { id: string };
    const invited = (
      await invite(admin, { name: 'Sam Patel', email: aSignUp().email, teamId: team.id })
    ).json();
    await admin.request({
      method: 'POST',
      url: `/api/service/staff/${invited.staff.accountId}/disable`,
    });
    expectError(await setUp(tokenOf(invited.setUpLink)), 404, 'WM_SET_UP_LINK_INVALID');
  });
});
