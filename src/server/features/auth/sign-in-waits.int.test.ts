// Defect 4: ten wrong passwords used to lock an account for 15 minutes, renewed by every further
// attempt, so anyone who knew a person's email address could keep them out of their own plan.
// Now failures earn a growing wait (per account and per address), attempts during a wait are
// refused unchecked, and a browser that signed in to the account before is let through.
import type { LightMyRequestResponse } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { expectError } from '../../test/api.ts';
import { startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';

const deviceCookie = (response: LightMyRequestResponse) =>
  response.cookies.find((c) => c.name.endsWith('waymark-device'));

describe.each(DIALECTS)('Waiting after failed sign-ins on %s', (dialect) => {
  let t: TestApp;
  afterEach(() => t.close());

  let stranger = 0;
  /** A different address each time, like a botnet: only the per-account wait applies. */
  const strangerAddress = () => {
    stranger += 1;
    return `198.51.100.${stranger % 250}`;
  };

  const signInWith = (
    email: string,
    password: string,
    from: { address?: string; cookie?: string } = {},
  ) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      remoteAddress: from.address ?? strangerAddress(),
      headers: from.cookie ? { cookie: from.cookie } : {},
      payload: { email, password },
    });

  /** Signs the person up and answers their known-device cookie, as the browser keeps it. */
  async function signUpPerson() {
    const person = aSignUp();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: person,
    });
    expect(response.statusCode).toBe(201);
    const device = deviceCookie(response);
    return { ...person, device: `${device?.name}=${device?.value}` };
  }

  /** A stranger fails with the person's email address, waiting out each wait, `times` times. */
  async function strangerFails(email: string, times: number) {
    for (let i = 0; i < times; i += 1) {
      let response = await signInWith(email, `guess ${i}`);
      if (response.statusCode === 429) {
        t.clock.advanceSeconds(Number(response.headers['retry-after']));
        response = await signInWith(email, `guess ${i}`);
      }
      expect(response.statusCode).toBe(401);
    }
  }

  it('makes failures cost a short wait, never a lock: the right password works once it is over', async () => {
    t = await startTestApp(dialect);
    const sam = await signUpPerson();
    await strangerFails(sam.email, 5);

    const refused = await signInWith(sam.email, sam.password);
    const body = expectError(refused, 429, 'WM_AUTH_TOO_MANY_ATTEMPTS');
    expect(refused.headers['retry-after']).toBe('1');
    expect(body.error.message).toBe('Too many attempts to sign in. Try again in 1 second.');
    expect(refused.cookies).toEqual([]);

    // More attempts during the wait are refused without a check and do not make it longer.
    for (let i = 0; i < 30; i += 1)
      expect((await signInWith(sam.email, `flood ${i}`)).statusCode).toBe(429);
    t.clock.advanceSeconds(1);
    expect((await signInWith(sam.email, sam.password)).statusCode).toBe(200);
  });

  it('doubles the wait with each further failure, up to the cap, and says when to try again', async () => {
    t = await startTestApp(dialect, { SIGN_IN_MAX_DELAY_SECONDS: '300' });
    const sam = await signUpPerson();
    await strangerFails(sam.email, 5);
    const waits: number[] = [];
    const messages: string[] = [];
    for (let i = 0; i < 11; i += 1) {
      const refused = await signInWith(sam.email, 'still guessing');
      const body = expectError(refused, 429, 'WM_AUTH_TOO_MANY_ATTEMPTS');
      waits.push(Number(refused.headers['retry-after']));
      messages.push(body.error.message);
      t.clock.advanceSeconds(waits.at(-1) ?? 0);
      expect((await signInWith(sam.email, 'still guessing')).statusCode).toBe(401);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]);
    expect(messages[1]).toBe('Too many attempts to sign in. Try again in 2 seconds.');
    expect(messages[7]).toBe('Too many attempts to sign in. Try again in 3 minutes.');
    expect(messages[10]).toBe('Too many attempts to sign in. Try again in 5 minutes.');
  });

  it("lets the person's own device in straight away while strangers keep failing", async () => {
    t = await startTestApp(dialect);
    const sam = await signUpPerson();
    await strangerFails(sam.email, 20); // the wait is now at its 5-minute cap

    expectError(await signInWith(sam.email, sam.password), 429, 'WM_AUTH_TOO_MANY_ATTEMPTS');
    const mine = await signInWith(sam.email, sam.password, { cookie: sam.device });
    expect(mine.statusCode).toBe(200);
    const renewed = deviceCookie(mine);
    expect(renewed).toMatchObject({
      name: 'waymark-device',
      httpOnly: true,
      sameSite: 'Strict',
      path: '/',
      maxAge: 30 * 86_400,
    });

    // The cookie is renewed at each sign-in; the new one keeps working as the flood goes on.
    t.clock.advanceMinutes(6);
    await strangerFails(sam.email, 1);
    const again = await signInWith(sam.email, sam.password, {
      cookie: `waymark-device=${renewed?.value}`,
    });
    expect(again.statusCode).toBe(200);
  });

  it("gives no way round the wait with another account's device cookie, or with a device's own failures", async () => {
    t = await startTestApp(dialect);
    const sam = await signUpPerson();
    const alex = await signUpPerson();
    await strangerFails(alex.email, 5);
    expectError(
      await signInWith(alex.email, alex.password, { cookie: sam.device }),
      429,
      'WM_AUTH_TOO_MANY_ATTEMPTS',
    );

    // Someone holding Sam's device still waits after their own wrong guesses there.
    for (let i = 0; i < 5; i += 1)
      expect((await signInWith(sam.email, `guess ${i}`, { cookie: sam.device })).statusCode).toBe(
        401,
      );
    expectError(
      await signInWith(sam.email, sam.password, { cookie: sam.device }),
      429,
      'WM_AUTH_TOO_MANY_ATTEMPTS',
    );
  });

  it('makes one address that fails across many accounts wait, but not other addresses', async () => {
    t = await startTestApp(dialect, { SIGN_IN_FREE_FAILURES_PER_ADDRESS: '3' });
    const sam = await signUpPerson();
    for (let i = 0; i < 3; i += 1) {
      const response = await signInWith(aSignUp().email, 'a guess', { address: '203.0.113.7' });
      expect(response.statusCode).toBe(401);
    }
    const refused = await signInWith(sam.email, sam.password, { address: '203.0.113.7' });
    expectError(refused, 429, 'WM_AUTH_TOO_MANY_ATTEMPTS');
    expect(refused.headers['retry-after']).toBe('1');
    expect((await signInWith(sam.email, sam.password, { address: '203.0.113.8' })).statusCode).toBe(
      200,
    );
  });

  it('forgets failures after a day', async () => {
    t = await startTestApp(dialect);
    const sam = await signUpPerson();
    await strangerFails(sam.email, 12);
    expect((await signInWith(sam.email, sam.password)).statusCode).toBe(429);
    t.clock.advanceMinutes(24 * 60 + 1);
    for (let i = 0; i < 4; i += 1)
      expect((await signInWith(sam.email, 'a fresh guess')).statusCode).toBe(401);
    expect((await signInWith(sam.email, sam.password)).statusCode).toBe(200);
  });
});
