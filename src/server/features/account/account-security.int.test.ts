// Settings, "Password and devices": changing the password (the current one first, the sign-up
// rules for the new one, argon2id, the sign-in waits after wrong guesses) signs out every other
// device of the account and keeps this one; the list of signed-in devices, each of which can be
// signed out from any other. Always the asking account's own: there is no way to name another.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError } from '../../test/api.ts';
import { type Client, signIn, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';

const OLD = 'a long enough password';
const NEW = 'a different long password';

describe.each(DIALECTS)('Password and signed-in devices on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());

  const change = (client: Client, payload: object) =>
    client.request({ method: 'POST', url: '/api/account/password', payload });
  const signedIn = async (client: Client) =>
    (await client.request({ method: 'GET', url: '/api/auth/session' })).json().account !== null;
  const devices = async (client: Client) =>
    (await client.request({ method: 'GET', url: '/api/account/sessions' })).json().items as {
      id: string;
      createdAt: string;
      lastSeenAt: string;
      thisDevice: boolean;
    }[];

  it('changes the password, signs out every other device and keeps this one signed in', async () => {
    const input = aSignUp({ password: OLD });
    const phone = await signUp(t.app, input);
    const laptop = await signIn(t.app, input.email, OLD);
    const library = await signIn(t.app, input.email, OLD);
    const someoneElse = await signUp(t.app);
    const changed = await change(phone, { currentPassword: OLD, newPassword: NEW });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ signedOutElsewhere: 2 });
    expect(await signedIn(phone)).toBe(true);
    expect(await signedIn(laptop)).toBe(false);
    expect(await signedIn(library)).toBe(false);
    // Another account's devices are not touched.
    expect(await signedIn(someoneElse)).toBe(true);
    // Only the new password signs in now, and it is stored as an argon2id hash.
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: input.email, password: OLD },
    });
    expect(old.statusCode).toBe(401);
    expect(await signedIn(await signIn(t.app, input.email, NEW))).toBe(true);
    const row = await t.store.db
      .selectFrom('account')
      .select('password_hash')
      .where('id', '=', phone.personId)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.password_hash).not.toContain(NEW);
  });

  it('refuses a wrong current password on that field, and changes nothing', async () => {
    const input = aSignUp({ password: OLD });
    const phone = await signUp(t.app, input);
    const laptop = await signIn(t.app, input.email, OLD);
    const wrong = expectError(
      await change(phone, { currentPassword: 'not my password', newPassword: NEW }),
      400,
      'WM_AUTH_WRONG_PASSWORD',
      'currentPassword',
    );
    expect(wrong.error.fields).toEqual([
      {
        field: 'currentPassword',
        code: 'error.WM_AUTH_WRONG_PASSWORD',
        message: expect.stringMatching(/not your current password/),
      },
    ]);
    expect(await signedIn(laptop)).toBe(true);
    expect(await signedIn(await signIn(t.app, input.email, OLD))).toBe(true);
  });

  it('refuses a new password that breaks the sign-up rules or is the current one, naming the field', async () => {
    const input = aSignUp({ password: OLD });
    const phone = await signUp(t.app, input);
    for (const [payload, field] of [
      [{ currentPassword: OLD, newPassword: 'short' }, 'newPassword'],
      [{ currentPassword: OLD, newPassword: 'x'.repeat(1001) }, 'newPassword'],
      [{ currentPassword: '', newPassword: NEW }, 'currentPassword'],
      [{ currentPassword: OLD }, 'newPassword'],
      [{ currentPassword: OLD, newPassword: OLD }, 'newPassword'],
    ] as const) {
      const response = await change(phone, payload);
      expectError(response, 400, 'WM_VALIDATION_FAILED', field);
    }
    expectError(
      await change(phone, { currentPassword: OLD, newPassword: NEW, email: 'x@example.test' }),
      400,
      'WM_VALIDATION_FAILED',
    );
    expect(await signedIn(await signIn(t.app, input.email, OLD))).toBe(true);
  });

  it('makes wrong current passwords wait as wrong sign-ins do, even for the right one then', async () => {
    const input = aSignUp({ password: OLD });
    const phone = await signUp(t.app, input);
    for (let attempt = 0; attempt < 5; attempt += 1)
      expectError(
        await change(phone, { currentPassword: `guess ${attempt}`, newPassword: NEW }),
        400,
        'WM_AUTH_WRONG_PASSWORD',
      );
    const waiting = await change(phone, { currentPassword: OLD, newPassword: NEW });
    expectError(waiting, 429, 'WM_AUTH_TOO_MANY_ATTEMPTS');
    expect(Number(waiting.headers['retry-after'])).toBeGreaterThan(0);
    // Once the wait is over, the right password works and the failures are not held against it.
    t.clock.advanceSeconds(Number(waiting.headers['retry-after']));
    const fresh = await signIn(t.app, input.email, OLD);
    expect((await change(fresh, { currentPassword: OLD, newPassword: NEW })).statusCode).toBe(200);
  });

  it('lists the account’s signed-in devices, this one marked, and signs out any one of them', async () => {
    const input = aSignUp({ password: OLD });
    const phone = await signUp(t.app, input);
    t.clock.advanceMinutes(1);
    const laptop = await signIn(t.app, input.email, OLD);
    const other = await signUp(t.app);
    const listed = await devices(phone);
    expect(listed).toHaveLength(2);
    expect(listed.map((d) => d.thisDevice)).toEqual([false, true]);
    expect((listed[0]?.createdAt ?? '') > (listed[1]?.createdAt ?? '')).toBe(true);
    // Neither the cookie's token nor its stored hash is shown.
    const body = JSON.stringify(listed);
    expect(body).not.toContain(phone.cookie.split('=')[1]);
    const hashes = await t.store.db.selectFrom('session').select('token_hash').execute();
    for (const { token_hash } of hashes) expect(body).not.toContain(token_hash);
    // Another account cannot sign this laptop out: the same 404 as a device that is not there.
    const laptopId = listed.find((d) => !d.thisDevice)?.id ?? '';
    const refused = await other.request({
      method: 'DELETE',
      url: `/api/account/sessions/${laptopId}`,
    });
    expectError(refused, 404, 'WM_NOT_FOUND');
    expect(await signedIn(laptop)).toBe(true);
    const out = await phone.request({ method: 'DELETE', url: `/api/account/sessions/${laptopId}` });
    expect(out.statusCode).toBe(204);
    expect(out.headers['set-cookie']).toBeUndefined();
    expect(await signedIn(laptop)).toBe(false);
    expect(await signedIn(phone)).toBe(true);
    expectError(
      await phone.request({ method: 'DELETE', url: `/api/account/sessions/${laptopId}` }),
      404,
      'WM_NOT_FOUND',
    );
    // Signing out this very device from the list clears its cookie, as Sign out does.
    const [here] = await devices(phone);
    const self = await phone.request({
      method: 'DELETE',
      url: `/api/account/sessions/${here?.id}`,
    });
    expect(self.statusCode).toBe(204);
    expect(String(self.headers['set-cookie'])).toMatch(/=;/);
    expect(await signedIn(phone)).toBe(false);
  });

  it('leaves out sessions that timed out', async () => {
    const input = aSignUp({ password: OLD });
    const idle = await signUp(t.app, input);
    t.clock.advanceMinutes(60 * 24);
    const now = await signIn(t.app, input.email, OLD);
    const listed = await devices(now);
    expect(listed).toHaveLength(1);
    expect(listed[0]?.thisDevice).toBe(true);
    expect(await signedIn(idle)).toBe(false);
  });

  it('answers 401 when signed out, and refuses a change without the CSRF token', async () => {
    for (const [method, url] of [
      ['POST', '/api/account/password'],
      ['GET', '/api/account/sessions'],
      ['DELETE', '/api/account/sessions/abc'],
    ] as const) {
      const response = await t.app.inject({
        method,
        url,
        payload: method === 'POST' ? { currentPassword: OLD, newPassword: NEW } : undefined,
      });
      expect(response.statusCode, `${method} ${url}`).toBe(401);
    }
    const input = aSignUp({ password: OLD });
    const sam = await signUp(t.app, input);
    const forged = await sam.request({
      method: 'POST',
      url: '/api/account/password',
      payload: { currentPassword: OLD, newPassword: NEW },
      headers: { 'x-csrf-token': 'not-the-token' },
    });
    expect(forged.statusCode).toBe(403);
    expect(await signedIn(await signIn(t.app, input.email, OLD))).toBe(true);
  });
});
