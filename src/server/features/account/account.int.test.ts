// The signed-in person's own account: Settings reads it and changes the name; the welcome
// after sign-up is remembered on the account, so it is shown once whichever device they use.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../../test/api.ts';
import { signIn, signUp, signUpAs, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';

describe.each(DIALECTS)('My account on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());

  const session = (client: Awaited<ReturnType<typeof signUp>>) =>
    client.request({ method: 'GET', url: '/api/auth/session' });

  it('asks a new person to be welcomed, until the welcome was shown once on any device', async () => {
    const input = aSignUp({ displayName: 'Robin' });
    const phone = await signUp(t.app, input);
    expect((await session(phone)).json().account.welcomeDue).toBe(true);
    const shown = await phone.request({ method: 'POST', url: '/api/account/welcomed' });
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toMatchObject({ displayName: 'Robin', welcomeDue: false });
    // Another device, signed in later: no welcome there either.
    const laptop = await signIn(t.app, input.email, input.password);
    expect((await session(laptop)).json().account.welcomeDue).toBe(false);
    // Shown again (from Settings) changes nothing: the first time is kept.
    const first = await t.store.db
      .selectFrom('account')
      .select('welcomed_at')
      .where('id', '=', phone.personId)
      .executeTakeFirstOrThrow();
    t.clock.advanceMinutes(5);
    await laptop.request({ method: 'POST', url: '/api/account/welcomed' });
    const again = await t.store.db
      .selectFrom('account')
      .select('welcomed_at')
      .where('id', '=', phone.personId)
      .executeTakeFirstOrThrow();
    expect(again.welcomed_at).toBe(first.welcomed_at);
  });

  it('never asks a supporter or practitioner, whose accounts own no record, to be welcomed', async () => {
    for (const role of ['supporter', 'practitioner'] as const) {
      const someone = await signUpAs(t, role);
      expect((await session(someone)).json().account.welcomeDue).toBe(false);
    }
  });

  it('shows the signed-in account its own name and email, and nobody else’s', async () => {
    const sam = await signUp(t.app, { displayName: 'Sam' });
    const jo = await signUp(t.app, { displayName: 'Jo' });
    const mine = await sam.request({ method: 'GET', url: '/api/account' });
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toMatchObject({ id: sam.personId, displayName: 'Sam', role: 'person' });
    expect(mine.json().email).toMatch(/@example\.test$/);
    expect(Object.keys(mine.json()).sort()).toEqual(
      [
        'displayName',
        'email',
        'id',
        'language',
        'role',
        'secondFactorRequired',
        'welcomeDue',
      ].sort(),
    );
    expect((await jo.request({ method: 'GET', url: '/api/account' })).json().id).toBe(jo.personId);
  });

  it('changes the name the person is called by, everywhere the account is read', async () => {
    const sam = await signUp(t.app, { displayName: 'Samuel' });
    const changed = await sam.request({
      method: 'PATCH',
      url: '/api/account',
      payload: { displayName: '  Sam  ' },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().displayName).toBe('Sam');
    expect((await session(sam)).json().account.displayName).toBe('Sam');
  });

  it('refuses an empty name or a change of email, naming the field, and changes nothing', async () => {
    const sam = await signUp(t.app, { displayName: 'Sam' });
    expectError(
      await sam.request({ method: 'PATCH', url: '/api/account', payload: { displayName: ' ' } }),
      400,
      'WM_VALIDATION_FAILED',
      'displayName',
    );
    const email = await sam.request({
      method: 'PATCH',
      url: '/api/account',
      payload: { displayName: 'Sam', email: 'new@example.test' },
    });
    expect(email.statusCode).toBe(400);
    const now = (await sam.request({ method: 'GET', url: '/api/account' })).json();
    expect(now.displayName).toBe('Sam');
    expect(now.email).not.toBe('new@example.test');
  });

  it('keeps the language chosen at sign-up and a later choice, for every device', async () => {
    const input = aSignUp({ displayName: 'Rhys', language: 'cy' });
    const phone = await signUp(t.app, input);
    expect((await session(phone)).json().account.language).toBe('cy');
    const chosen = await phone.request({
      method: 'PUT',
      url: '/api/account/language',
      payload: { language: 'ur' },
    });
    expect(chosen.statusCode).toBe(200);
    expect(chosen.json().language).toBe('ur');
    const laptop = await signIn(t.app, input.email, input.password);
    expect((await session(laptop)).json().account.language).toBe('ur');
  });

  it('leaves the language to the device until one is chosen', async () => {
    const sam = await signUp(t.app, { displayName: 'Sam' });
    expect((await session(sam)).json().account.language).toBeNull();
  });

  it('refuses a language Waymark does not speak, naming the field, and changes nothing', async () => {
    const sam = await signUp(t.app, { displayName: 'Sam' });
    await sam.request({ method: 'PUT', url: '/api/account/language', payload: { language: 'pl' } });
    for (const language of ['xx', 'EN-gb', '', 42, null]) {
      expectError(
        await sam.request({ method: 'PUT', url: '/api/account/language', payload: { language } }),
        400,
        'WM_VALIDATION_FAILED',
        'language',
      );
    }
    expectError(
      await sam.request({ method: 'PUT', url: '/api/account/language', payload: {} }),
      400,
      'WM_VALIDATION_FAILED',
      'language',
    );
    expect((await session(sam)).json().account.language).toBe('pl');
    const signUpWithBadLanguage = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: { ...aSignUp({ displayName: 'Kim' }), language: 'klingon' },
    });
    expect(signUpWithBadLanguage.statusCode).toBe(400);
  });

  it('answers 401 when signed out, and refuses a change without the CSRF token', async () => {
    for (const [method, url] of [
      ['GET', '/api/account'],
      ['PATCH', '/api/account'],
      ['POST', '/api/account/welcomed'],
      ['PUT', '/api/account/language'],
    ] as const) {
      const response = await t.app.inject({ method, url, payload: { displayName: 'X' } });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
    const sam = await signUp(t.app, { displayName: 'Sam' });
    const forged = await sam.request({
      method: 'PATCH',
      url: '/api/account',
      payload: { displayName: 'Mallory' },
      headers: { 'x-csrf-token': 'not-the-token' },
    });
    expect(forged.statusCode).toBe(403);
    expect((await sam.request({ method: 'GET', url: '/api/account' })).json().displayName).toBe(
      'Sam',
    );
  });
});
