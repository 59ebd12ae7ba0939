// Rate limits are counted in the database with the app's clock, so every server process on one
// database shares them and a restart forgets nothing (several servers at once; defect 5's
// per-account write rate). Two apps on one store stand in for two processes here; the
// two-process test is src/server/store/two-servers.int.test.ts.
import type { FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { expectError, paths, recordSnapshot } from '../test/api.ts';
import { anotherApp, clientFor, signUp, startTestApp, type TestApp } from '../test/app-harness.ts';
import { DIALECTS } from '../test/dialects.ts';
import { aGoal, aSignUp } from '../test/fixtures.ts';

// Each test starts its own app (and maybe a second server), with the limits it tests.
let t: TestApp;
let other: FastifyInstance | undefined;
afterEach(async () => {
  await other?.close();
  other = undefined;
  await t.close();
});

describe.each(DIALECTS)('Writes per account per minute on %s', (dialect) => {
  it('makes the next write wait once WRITES_PER_MINUTE is used, and changes nothing', async () => {
    t = await startTestApp(dialect, { WRITES_PER_MINUTE: '5' });
    const sam = await signUp(t.app);
    const alex = await signUp(t.app);
    const goals = paths(sam.personId).goals;
    for (let i = 0; i < 5; i += 1)
      expect((await sam.request({ method: 'POST', url: goals, payload: aGoal() })).statusCode).toBe(
        201,
      );
    t.clock.advanceSeconds(20);

    const before = await recordSnapshot(t.store, sam.personId);
    const refused = await sam.request({ method: 'POST', url: goals, payload: aGoal() });
    expectError(refused, 429, 'WM_RATE_LIMITED');
    expect(refused.headers['retry-after']).toBe('40');
    expect(await recordSnapshot(t.store, sam.personId)).toEqual(before);

    // Reading, another person's writes and signing out go on as before.
    expect((await sam.request({ method: 'GET', url: goals })).statusCode).toBe(200);
    const alexGoal = await alex.request({
      method: 'POST',
      url: paths(alex.personId).goals,
      payload: aGoal(),
    });
    expect(alexGoal.statusCode).toBe(201);
    t.clock.advanceSeconds(40);
    expect((await sam.request({ method: 'POST', url: goals, payload: aGoal() })).statusCode).toBe(
      201,
    );
    expect((await sam.request({ method: 'POST', url: '/api/auth/sign-out' })).statusCode).toBe(204);
  });

  it("counts an account's writes across its sessions and across servers on one database", async () => {
    t = await startTestApp(dialect, { WRITES_PER_MINUTE: '4' });
    other = await anotherApp(t, { env: { WRITES_PER_MINUTE: '4' } });
    const person = aSignUp();
    const here = await signUp(t.app, person);
    const signedIn = await other.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: person.email, password: person.password },
    });
    const cookie = String(signedIn.headers['set-cookie']).split(';')[0] ?? '';
    const there = clientFor(other, here.personId, cookie, signedIn.json().csrfToken);
    const goals = paths(here.personId).goals;
    for (const client of [here, there, here, there])
      expect(
        (await client.request({ method: 'POST', url: goals, payload: aGoal() })).statusCode,
      ).toBe(201);
    for (const client of [here, there])
      expectError(
        await client.request({ method: 'POST', url: goals, payload: aGoal() }),
        429,
        'WM_RATE_LIMITED',
      );
  });
});

describe.each(DIALECTS)('Requests per address on %s', (dialect) => {
  const signUpFrom = (app: FastifyInstance, remoteAddress: string) =>
    app.inject({ method: 'POST', url: '/api/auth/sign-up', remoteAddress, payload: aSignUp() });

  it("opens again when the app's clock says the minute is over, and not before", async () => {
    t = await startTestApp(dialect);
    for (let i = 0; i < 20; i += 1)
      expect((await signUpFrom(t.app, '192.0.2.1')).statusCode).toBe(201);
    t.clock.advanceSeconds(45);
    const refused = await signUpFrom(t.app, '192.0.2.1');
    expectError(refused, 429, 'WM_RATE_LIMITED');
    expect(refused.headers['retry-after']).toBe('15');
    t.clock.advanceSeconds(15);
    expect((await signUpFrom(t.app, '192.0.2.1')).statusCode).toBe(201);
  });

  it('is shared by every server on one database', async () => {
    t = await startTestApp(dialect);
    other = await anotherApp(t);
    for (let i = 0; i < 20; i += 1) {
      const app = i % 2 === 0 ? t.app : other;
      expect((await signUpFrom(app, '192.0.2.2')).statusCode).toBe(201);
    }
    expectError(await signUpFrom(t.app, '192.0.2.2'), 429, 'WM_RATE_LIMITED');
    expectError(await signUpFrom(other, '192.0.2.2'), 429, 'WM_RATE_LIMITED');
    expect((await signUpFrom(other, '192.0.2.3')).statusCode).toBe(201);
  });
});
