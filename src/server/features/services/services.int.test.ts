// A service admin's side of services (decision 0038), on both databases: setting up the account
// through the one-time link, signing in, a disabled service, and no person's record ever.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SET_UP_LINK_DAYS } from '../../../domain/services/services.schema.ts';
import { expectError } from '../../test/api.ts';
import {
  aService,
  aServiceAdmin,
  signIn,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { recordRequests } from '../../test/record-requests.ts';
import { hashToken } from '../auth/tokens.ts';

const PASSWORD = 'a long enough password';

describe.each(DIALECTS)('Services on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());

  const setUp = (payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/set-up', payload, headers });
  const accountOf = (email: string) =>
    t.store.db.selectFrom('account').selectAll().where('email', '=', email).executeTakeFirst();
  const linkOf = (token: string) =>
    t.store.db
      .selectFrom('set_up_link')
      .selectAll()
      .where('token_hash', '=', hashToken(token))
      .executeTakeFirst();
  const signInWith = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });

  it('makes the admin’s account with no password, and keeps only the link’s hash, for 7 days', async () => {
    const service = await aService(t);
    expect(service.setUpLink).toBe(`http://localhost:3000/set-up/${service.token}`);
    expect(service.token.length).toBeGreaterThanOrEqual(43);
    const account = await accountOf(service.adminEmail);
    expect(account).toMatchObject({ role: 'service_admin' });
    expect(account?.password_hash.startsWith('$argon2')).toBe(false);
    // Nothing signs in to it yet, with any password, and it says only "wrong".
    expectError(await signInWith(service.adminEmail, PASSWORD), 401, 'WM_AUTH_WRONG_CREDENTIALS');
    expectError(
      await signInWith(service.adminEmail, account?.password_hash ?? ''),
      401,
      'WM_AUTH_WRONG_CREDENTIALS',
    );
    const link = await linkOf(service.token);
    expect(link).toMatchObject({ account_id: account?.id, used_at: null });
    expect(Date.parse(link?.expires_at ?? '') - t.clock.now.getTime()).toBe(
      SET_UP_LINK_DAYS * 86_400_000,
    );
    const stored = JSON.stringify(await t.store.db.selectFrom('set_up_link').selectAll().execute());
    expect(stored).not.toContain(service.token);
  });

  it('sets the password once, signs the admin in, and then works like any sign-in', async () => {
    const service = await aService(t, 'Northgate Community Team');
    const response = await setUp({ token: service.token, password: PASSWORD });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().account).toMatchObject({
      email: service.adminEmail,
      role: 'service_admin',
      welcomeDue: false,
    });
    const cookie = response.cookies.find((c) => c.name === 'waymark');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const mine = await t.app.inject({
      method: 'GET',
      url: '/api/my-service',
      headers: { cookie: `waymark=${cookie?.value}` },
    });
    expect(mine.json()).toEqual({
      id: service.serviceId,
      name: 'Northgate Community Team',
      role: 'service_admin',
    });
    const account = await accountOf(service.adminEmail);
    expect(account?.password_hash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect((await linkOf(service.token))?.used_at).not.toBeNull();
    // Used: the same link again is refused and changes nothing.
    const again = await setUp({ token: service.token, password: 'another long password' });
    expectError(again, 404, 'WM_SET_UP_LINK_INVALID');
    expect((await accountOf(service.adminEmail))?.password_hash).toBe(account?.password_hash);
    expect((await signInWith(service.adminEmail, PASSWORD)).statusCode).toBe(200);
  });

  it('refuses an unknown or expired link the same way, changing nothing', async () => {
    expectError(
      await setUp({ token: 'no-such-token-was-ever-made', password: PASSWORD }),
      404,
      'WM_SET_UP_LINK_INVALID',
    );
    const service = await aService(t);
    // A minute after its 7 days, it no longer works.
    t.clock.advanceMinutes(SET_UP_LINK_DAYS * 24 * 60 + 1);
    const expired = await setUp({ token: service.token, password: PASSWORD });
    expectError(expired, 404, 'WM_SET_UP_LINK_INVALID');
    expect((await linkOf(service.token))?.used_at).toBeNull();
    expect((await accountOf(service.adminEmail))?.password_hash.startsWith('$argon2')).toBe(false);
  });

  it('holds the password to the sign-up rules, and keeps the link for a better one', async () => {
    const service = await aService(t);
    expectError(
      await setUp({ token: service.token, password: 'short' }),
      400,
      'WM_VALIDATION_FAILED',
      'password',
    );
    expectError(
      await setUp({ token: service.token, password: 'x'.repeat(1001) }),
      400,
      'WM_VALIDATION_FAILED',
      'password',
    );
    expectError(await setUp({ token: service.token }), 400, 'WM_VALIDATION_FAILED', 'password');
    expectError(
      await setUp({ token: service.token, password: PASSWORD, role: 'person' }),
      400,
      'WM_VALIDATION_FAILED',
    );
    expect((await linkOf(service.token))?.used_at).toBeNull();
    expect((await setUp({ token: service.token, password: PASSWORD })).statusCode).toBe(200);
  });

  it('refuses a set-up from another site (Origin), like any public write', async () => {
    const service = await aService(t);
    const response = await setUp(
      { token: service.token, password: PASSWORD },
      { origin: 'https://evil.example' },
    );
    expectError(response, 403, 'WM_CSRF_FAILED');
    expect((await linkOf(service.token))?.used_at).toBeNull();
  });

  it('disables a service: its staff’s sessions end at once, they cannot sign in, and an unused link stops working', async () => {
    const admin = await aServiceAdmin(t);
    const before = await admin.request({ method: 'GET', url: '/api/my-service' });
    expect(before.statusCode).toBe(200);
    // A second device, and a person who is not staff, who stays signed in.
    const other = await signIn(t.app, admin.email, admin.password);
    const person = await signUp(t.app);
    const pending = await aService(t);
    const outcome = await t.services.services.disable(admin.serviceId);
    expect(outcome).toMatchObject({ ok: true, sessionsEnded: 2 });
    for (const client of [admin, other])
      expectError(
        await client.request({ method: 'GET', url: '/api/my-service' }),
        401,
        'WM_AUTH_REQUIRED',
      );
    expect((await person.request({ method: 'GET', url: '/api/account' })).statusCode).toBe(200);
    const refused = await signInWith(admin.email, admin.password);
    expectError(refused, 403, 'WM_AUTH_SERVICE_DISABLED');
    expect(refused.cookies.find((c) => c.name === 'waymark')).toBeUndefined();
    // A wrong password still says only that it is wrong.
    expectError(
      await signInWith(admin.email, 'not the password at all'),
      401,
      'WM_AUTH_WRONG_CREDENTIALS',
    );
    // Another service is not touched; disabling it makes its unused link stop working.
    expect((await t.services.services.disable(pending.serviceId)).ok).toBe(true);
    expectError(
      await setUp({ token: pending.token, password: PASSWORD }),
      404,
      'WM_SET_UP_LINK_INVALID',
    );
    expect(await t.services.services.disable(admin.serviceId)).toEqual({
      ok: false,
      problem: 'already-disabled',
    });
  });

  it('gives a service admin the 404 of nobody’s record on every record route, even when someone shares everything with them', async () => {
    const admin = await aServiceAdmin(t);
    const owner = await signUp(t.app);
    await t.services.sharing.createRelationship({
      personId: owner.personId,
      accountId: admin.personId,
      role: 'practitioner',
      knownAs: 'Alex',
      grants: [
        { section: 'about_me', level: 'suggest', endsAt: null },
        { section: 'crisis_plan', level: 'suggest', endsAt: null },
        { section: 'goals', level: 'view', endsAt: null },
      ],
    });
    const requests = await recordRequests(t, owner);
    expect(requests.length).toBeGreaterThan(100);
    for (const { route, build } of requests) {
      const answer = await admin.request(build(owner.personId));
      expect.soft(answer.statusCode, `${route.method} ${route.url}`).toBe(404);
    }
    // Their own id names no record either.
    const own = await admin.request({
      method: 'GET',
      url: `/api/people/${admin.personId}/about-me`,
    });
    expect(own.statusCode).toBe(404);
    // An invitation is not for them: it answers as one that does not work, and makes nothing.
    const invited = await owner.request({
      method: 'POST',
      url: `/api/people/${owner.personId}/invitations`,
      payload: { role: 'friend', knownAs: 'Alex', sections: { goals: 'view' } },
    });
    expect(invited.statusCode, invited.body).toBe(201);
    const { token, code } = invited.json() as { token: string; code: string };
    const relationships = () =>
      t.store.db
        .selectFrom('relationship')
        .select('id')
        .where('person_id', '=', owner.personId)
        .execute();
    const before = await relationships();
    for (const request of [
      { method: 'GET' as const, url: `/api/invitations/${token}` },
      { method: 'POST' as const, url: '/api/invitations/preview', payload: { code } },
      { method: 'POST' as const, url: '/api/invitations/accept', payload: { token } },
    ])
      expectError(await admin.request(request), 404, 'WM_NOT_FOUND');
    expect(await relationships()).toEqual(before);
    // And a person's own account has no service.
    expectError(
      await owner.request({ method: 'GET', url: '/api/my-service' }),
      404,
      'WM_NOT_FOUND',
    );
  });
});
