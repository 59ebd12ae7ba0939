import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_ENDS_IN_HEADER } from '../../../domain/auth/session-timing.ts';
import { t as translate } from '../../../domain/i18n/translate.ts';
import { DEFAULT_LIFE_AREAS } from '../../../domain/record/life-areas.ts';
import { countRows, expectError, paths } from '../../test/api.ts';
import { signIn, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';
import { hashToken } from './auth.service.ts';

const session = (app: TestApp['app'], cookie: string) =>
  app.inject({ method: 'GET', url: '/api/auth/session', headers: { cookie } });
/** The session check's answer for a live session: its account. */
function expectSignedIn(response: LightMyRequestResponse): void {
  expect(response.statusCode).toBe(200);
  expect(response.json().account).not.toBeNull();
}
/** Signed out is an answer, not an error: nobody is signed in (and no CSRF token). */
function expectNobodySignedIn(response: LightMyRequestResponse): void {
  expect(response.statusCode).toBe(200);
  expect(response.json()).toEqual({ account: null, csrfToken: null });
}
const sessionCookie = (response: LightMyRequestResponse) =>
  response.cookies.find((c) => c.name.endsWith('waymark'));

describe.each(DIALECTS)('Signing up on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());

  const signUpWith = (payload: object, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'POST', url: '/api/auth/sign-up', payload, headers });

  it('creates the account and signs in with an HttpOnly, SameSite=Lax cookie (not Secure over http)', async () => {
    const response = await signUpWith(aSignUp({ displayName: 'Ada' }));
    expect(response.statusCode).toBe(201);
    expect(response.json().account).toMatchObject({ displayName: 'Ada', role: 'person' });
    const cookie = sessionCookie(response);
    expect(cookie).toMatchObject({ name: 'waymark', httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(cookie?.value.length).toBeGreaterThanOrEqual(43); // 256 random bits, base64url
  });

  it('stores the password only as an argon2id hash with the OWASP parameters', async () => {
    const input = aSignUp();
    await signUpWith(input);
    const row = await t.store.db
      .selectFrom('account')
      .selectAll()
      .where('email', '=', input.email)
      .executeTakeFirstOrThrow();
    expect(row.password_hash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect(row.password_hash).not.toContain(input.password);
  });

  it('stores the session token only hashed', async () => {
    const response = await signUpWith(aSignUp());
    const token = sessionCookie(response)?.value ?? '';
    const rows = await t.store.db.selectFrom('session').selectAll().execute();
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(rows.some((row) => row.token_hash === hashToken(token))).toBe(true);
  });

  it('refuses a password under 12 characters, naming the field, and creates nothing', async () => {
    const before = await countRows(t.store, 'account');
    const body = expectError(
      await signUpWith(aSignUp({ password: 'elevenchars' })),
      400,
      'WM_VALIDATION_FAILED',
      'password',
    );
    expect(body.error).toMatchObject({
      fields: [{ field: 'password', message: 'This must be at least 12 characters' }],
    });
    expect(await countRows(t.store, 'account')).toBe(before);
  });

  it('refuses an email that is already used, whatever its case, with 409', async () => {
    const input = aSignUp();
    expect((await signUpWith(input)).statusCode).toBe(201);
    const before = await countRows(t.store, 'account');
    expectError(
      await signUpWith({ ...input, email: ` ${input.email.toUpperCase()} ` }),
      409,
      'WM_AUTH_EMAIL_TAKEN',
      'email',
    );
    expect(await countRows(t.store, 'account')).toBe(before);
  });

  it('gives a new person the default life areas, in order', async () => {
    const sam = await signUp(t.app);
    const response = await sam.request({ method: 'GET', url: paths(sam.personId).lifeAreas });
    const names = response.json().items.map((item: { data: { name: string } }) => item.data.name);
    expect(names).toEqual(DEFAULT_LIFE_AREAS.map((key) => translate(key)));
  });
});

describe.each(DIALECTS)('Secure cookies on %s', (dialect) => {
  it.each([
    [
      'behind an HTTPS proxy with TRUST_PROXY=true',
      { TRUST_PROXY: 'true' },
      { 'x-forwarded-proto': 'https' },
    ],
    ['with COOKIE_SECURE=always', { COOKIE_SECURE: 'always' }, {}],
  ])('uses a __Host- Secure cookie %s, and accepts it back', async (_, env, headers) => {
    const t = await startTestApp(dialect, env);
    try {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: aSignUp(),
        headers,
      });
      const cookie = sessionCookie(response);
      expect(cookie).toMatchObject({
        name: '__Host-waymark',
        secure: true,
        httpOnly: true,
        sameSite: 'Lax',
        path: '/',
      });
      expect(cookie).not.toHaveProperty('domain');
      const back = await t.app.inject({
        method: 'GET',
        url: '/api/auth/session',
        headers: { ...headers, cookie: `__Host-waymark=${cookie?.value}` },
      });
      expectSignedIn(back);
    } finally {
      await t.close();
    }
  });

  // A sibling subdomain or a network attacker can plant a cookie without the __Host- prefix
  // (e.g. their own session, to catch what the person then writes); over HTTPS it is ignored.
  it('over HTTPS accepts only the __Host- cookie, not a planted plain one', async () => {
    const t = await startTestApp(dialect, { TRUST_PROXY: 'true' });
    try {
      const https = { 'x-forwarded-proto': 'https' };
      const attacker = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: aSignUp(),
      });
      const planted = `waymark=${sessionCookie(attacker)?.value}`;
      const response = await t.app.inject({
        method: 'GET',
        url: '/api/auth/session',
        headers: { ...https, cookie: planted },
      });
      // The planted session is not used: nobody is signed in.
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual({ account: null, csrfToken: null });
    } finally {
      await t.close();
    }
  });

  it('ignores x-forwarded-proto unless TRUST_PROXY is set', async () => {
    const t = await startTestApp(dialect);
    try {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: aSignUp(),
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(sessionCookie(response)).toMatchObject({ name: 'waymark' });
    } finally {
      await t.close();
    }
  });
});

describe.each(DIALECTS)('Signing in and out on %s', (dialect) => {
  let t: TestApp;
  const input = aSignUp();
  beforeAll(async () => {
    t = await startTestApp(dialect, { SIGN_IN_FREE_FAILURES_PER_ACCOUNT: '3' });
    await signUp(t.app, input);
  });
  afterAll(() => t.close());

  const signInWith = (email: string, password: string) =>
    t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password } });

  it('signs in with the right password, ignoring the email address case', async () => {
    const response = await signInWith(input.email.toUpperCase(), input.password);
    expect(response.statusCode).toBe(200);
    expect(response.json().account.email).toBe(input.email);
  });

  it('answers a wrong password and an unknown email with the same 401 body', async () => {
    const wrong = await signInWith(input.email, 'not the right password');
    const unknown = await signInWith(aSignUp().email, input.password);
    expectError(wrong, 401, 'WM_AUTH_WRONG_CREDENTIALS');
    expect(unknown.statusCode).toBe(401);
    expect(unknown.body).toBe(wrong.body);
    expect(wrong.cookies).toEqual([]);
  });

  it('signs out with 204, and the old cookie is refused afterwards', async () => {
    const sam = await signIn(t.app, input.email, input.password);
    expectSignedIn(await session(t.app, sam.cookie));
    const out = await sam.request({ method: 'POST', url: '/api/auth/sign-out' });
    expect(out.statusCode).toBe(204);
    expect(sessionCookie(out)?.value).toBe('');
    expectNobodySignedIn(await session(t.app, sam.cookie));
    const write = await sam.request({
      method: 'PUT',
      url: paths(sam.personId).aboutMe,
      payload: {},
    });
    expect(write.statusCode).toBe(401);
  });
});

describe.each(DIALECTS)('Signing in from one address on %s', (dialect) => {
  it('slows down more than 20 attempts a minute from one address, but not from others', async () => {
    const t = await startTestApp(dialect);
    try {
      const attempt = (remoteAddress: string) =>
        t.app.inject({
          method: 'POST',
          url: '/api/auth/sign-in',
          remoteAddress,
          payload: { email: aSignUp().email, password: 'whatever it is' },
        });
      for (let i = 0; i < 20; i++) expect((await attempt('10.0.0.1')).statusCode).toBe(401);
      expectError(await attempt('10.0.0.1'), 429, 'WM_RATE_LIMITED');
      expect((await attempt('10.0.0.2')).statusCode).toBe(401);
    } finally {
      await t.close();
    }
  });
});

describe.each(DIALECTS)('Session timeouts on %s', (dialect) => {
  it.each([
    [{}, 30, 12],
    [{ SESSION_IDLE_MINUTES: '5', SESSION_ABSOLUTE_HOURS: '1' }, 5, 1],
  ])(
    'with %o: idle after %i minutes, ends after %i hours even when active',
    async (env, idle, hours) => {
      const t = await startTestApp(dialect, env);
      try {
        const idleOne = await signUp(t.app);
        t.clock.advanceMinutes(idle - 1);
        expectSignedIn(await session(t.app, idleOne.cookie));
        t.clock.advanceMinutes(idle - 1); // activity above restarted the idle clock
        expectSignedIn(await session(t.app, idleOne.cookie));
        t.clock.advanceMinutes(idle + 1);
        expectNobodySignedIn(await session(t.app, idleOne.cookie));

        const active = await signUp(t.app);
        const step = idle - 1;
        let elapsed = 0;
        while (elapsed + step <= hours * 60) {
          t.clock.advanceMinutes(step);
          elapsed += step;
          expectSignedIn(await session(t.app, active.cookie));
        }
        t.clock.advanceMinutes(hours * 60 - elapsed + 1);
        expectNobodySignedIn(await session(t.app, active.cookie));
      } finally {
        await t.close();
      }
    },
  );
});

describe.each(DIALECTS)('How long a session has left, on %s', (dialect) => {
  const endsIn = (response: LightMyRequestResponse) =>
    response.headers[SESSION_ENDS_IN_HEADER] === undefined
      ? undefined
      : Number(response.headers[SESSION_ENDS_IN_HEADER]);

  it('every signed-in answer says how many seconds are left, and any request starts the idle time again', async () => {
    const t = await startTestApp(dialect, { SESSION_ABSOLUTE_HOURS: '1' });
    try {
      const sam = await signUp(t.app);
      t.clock.advanceMinutes(10);
      const read = await sam.request({ method: 'GET', url: paths(sam.personId).aboutMe });
      expect(read.statusCode).toBe(200);
      expect(endsIn(read)).toBe(30 * 60);
      // Within the last half hour of the hour's absolute limit, that limit is what is left.
      t.clock.advanceMinutes(25);
      expect(endsIn(await session(t.app, sam.cookie))).toBe(25 * 60);
      t.clock.advanceSeconds(10);
      expect(endsIn(await session(t.app, sam.cookie))).toBe(25 * 60 - 10);

      const out = await sam.request({ method: 'POST', url: '/api/auth/sign-out' });
      expect(out.statusCode).toBe(204);
      expect(endsIn(out)).toBeUndefined();
      const refused = await session(t.app, sam.cookie);
      expectNobodySignedIn(refused);
      expect(endsIn(refused)).toBeUndefined();
    } finally {
      await t.close();
    }
  });

  it('signing up and signing in say how long the new session lasts', async () => {
    const t = await startTestApp(dialect, { SESSION_IDLE_MINUTES: '20' });
    try {
      const input = aSignUp();
      const created = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-up',
        payload: input,
      });
      expect(endsIn(created)).toBe(20 * 60);
      const signedIn = await t.app.inject({
        method: 'POST',
        url: '/api/auth/sign-in',
        payload: { email: input.email, password: input.password },
      });
      expect(endsIn(signedIn)).toBe(20 * 60);
    } finally {
      await t.close();
    }
  });

  it('a one-minute session asked for anything 30 seconds before its end lasts another minute', async () => {
    const t = await startTestApp(dialect, { SESSION_IDLE_MINUTES: '1' });
    try {
      const sam = await signUp(t.app);
      t.clock.advanceSeconds(30);
      // "Stay signed in" when the warning shows, half a minute before the end.
      const renewed = await session(t.app, sam.cookie);
      expectSignedIn(renewed);
      expect(endsIn(renewed)).toBe(60);
      t.clock.advanceSeconds(50);
      expectSignedIn(await session(t.app, sam.cookie));
      t.clock.advanceSeconds(61);
      expectNobodySignedIn(await session(t.app, sam.cookie));
    } finally {
      await t.close();
    }
  });
});
