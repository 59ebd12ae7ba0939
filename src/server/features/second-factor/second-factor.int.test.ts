// Two-step sign-in, whole stack on both databases (decision 0039): setting it up with a code
// from the app (computed here with our own RFC 6238 code at the server's clock), the recovery
// codes shown once, sign-in that needs the code before any session exists, wrong and reused
// codes refused, the waits after wrong codes, recovery codes that work once, and turning it off
// with the password. Every refusal leaves the factor as it was.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { base32Decode, hotp, totpStep } from '../../../domain/auth/totp.ts';
import { expectError } from '../../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';
import { keyringOf, openWith } from '../journal/journal-crypto.ts';
import { openJournalKeyring } from '../journal/journal-keys.ts';
import { nodeHmac } from './hmac.ts';
import { secretAad } from './second-factor.service.ts';
import { rotateSecondFactorKeys } from './second-factor-rotation.ts';

const PASSWORD = 'a long enough password';

describe.each(DIALECTS)('Two-step sign-in on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());
  // A new minute for each test, so the per-address rate limits of one test do not reach the next.
  beforeEach(() => t.clock.advanceMinutes(2));

  let addresses = 0;
  const newAddress = () => {
    addresses += 1;
    return `203.0.113.${addresses % 250}`;
  };

  /** The app's code for `secret` at the server's clock, `offset` steps away. */
  const codeFor = (secret: string, offset = 0) => {
    const bytes = base32Decode(secret);
    if (!bytes) throw new Error('not base32');
    return hotp(nodeHmac, bytes, totpStep(t.clock.now) + offset);
  };
  const nextStep = () => t.clock.advanceSeconds(30);

  const status = async (client: Client) =>
    (await client.request({ method: 'GET', url: '/api/account/second-factor' })).json();
  const start = (client: Client) =>
    client.request({ method: 'POST', url: '/api/account/second-factor/totp' });
  const confirm = (client: Client, code: string) =>
    client.request({
      method: 'POST',
      url: '/api/account/second-factor/totp/confirm',
      payload: { code },
    });
  const turnOff = (client: Client, currentPassword: string) =>
    client.request({
      method: 'DELETE',
      url: '/api/account/second-factor',
      payload: { currentPassword },
    });

  /** A person with two-step sign-in on: their secret and recovery codes. */
  async function personWithTotp() {
    const input = aSignUp({ password: PASSWORD });
    const client = await signUp(t.app, input);
    const { secret } = (await start(client)).json() as { secret: string };
    const confirmed = await confirm(client, codeFor(secret));
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    const { recoveryCodes } = confirmed.json() as { recoveryCodes: string[] };
    // The code used to confirm is spent: the sign-ins below use the next step's.
    nextStep();
    return { ...input, client, secret, recoveryCodes };
  }

  const cookieNamed = (response: LightMyRequestResponse, ending: string) =>
    response.cookies.find((c) => c.name === ending || c.name.endsWith(`-${ending}`));

  /** The password step, from its own address; answers the reply and the pending cookie. */
  async function passwordStep(email: string, password = PASSWORD, address = newAddress()) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      remoteAddress: address,
      payload: { email, password },
    });
    const pending = response.cookies.find((c) => c.name.endsWith('waymark-pending'));
    return { response, address, cookie: pending ? `${pending.name}=${pending.value}` : '' };
  }

  const secondStep = (pending: { cookie: string; address: string }, payload: object) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      remoteAddress: pending.address,
      headers: pending.cookie ? { cookie: pending.cookie } : {},
      payload,
    });

  const sessionOf = async (response: LightMyRequestResponse) => {
    const session = cookieNamed(response, 'waymark');
    const check = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: session ? { cookie: `${session.name}=${session.value}` } : {},
    });
    return check.json().account as { id: string } | null;
  };

  it('is off until set up; setting up gives a key and an otpauth link, and a code turns it on', async () => {
    const input = aSignUp({ password: PASSWORD });
    const client = await signUp(t.app, input);
    expect(await status(client)).toEqual({
      on: false,
      totp: false,
      pending: false,
      recoveryCodesLeft: 0,
    });

    const started = await start(client);
    expect(started.statusCode).toBe(201);
    expect(started.headers['cache-control']).toBe('no-store');
    const { secret, uri } = started.json() as { secret: string; uri: string };
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(base32Decode(secret)).toHaveLength(20);
    const link = new URL(uri);
    expect(`${link.protocol}//${link.host}`).toBe('otpauth://totp');
    expect(decodeURIComponent(link.pathname)).toBe(`/Waymark:${input.email}`);
    expect(link.searchParams.get('secret')).toBe(secret);
    expect(link.searchParams.get('issuer')).toBe('Waymark');
    expect(await status(client)).toEqual({
      on: false,
      totp: false,
      pending: true,
      recoveryCodesLeft: 0,
    });

    // Kept encrypted under the journal keys, never as the key itself.
    const row = await t.store.db
      .selectFrom('second_factor_totp')
      .selectAll()
      .where('account_id', '=', client.personId)
      .executeTakeFirstOrThrow();
    expect(row.key_id).toBe('test');
    expect(JSON.stringify(row)).not.toContain(secret);

    // Starting again replaces a set-up not yet confirmed: the first key's codes stop working.
    const again = (await start(client)).json() as { secret: string };
    expect(again.secret).not.toBe(secret);
    const old = codeFor(secret);
    if (old !== codeFor(again.secret))
      expectError(await confirm(client, old), 400, 'WM_SECOND_FACTOR_WRONG_CODE', 'code');

    const confirmed = await confirm(client, codeFor(again.secret));
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.headers['cache-control']).toBe('no-store');
    const { recoveryCodes } = confirmed.json() as { recoveryCodes: string[] };
    expect(recoveryCodes).toHaveLength(10);
    for (const code of recoveryCodes)
      expect(code).toMatch(/^[2-9a-hjkmnp-z]{4}(-[2-9a-hjkmnp-z]{4}){3}$/);
    expect(new Set(recoveryCodes).size).toBe(10);
    expect(await status(client)).toEqual({
      on: true,
      totp: true,
      pending: false,
      recoveryCodesLeft: 10,
    });
    // Only hashes are kept.
    const stored = await t.store.db
      .selectFrom('second_factor_recovery_code')
      .select('code_hash')
      .where('account_id', '=', client.personId)
      .execute();
    expect(stored).toHaveLength(10);
    for (const { code_hash } of stored)
      expect(recoveryCodes.join()).not.toContain(code_hash.slice(0, 8));

    // On already: no new set-up and no second confirmation, until it is turned off.
    expectError(await start(client), 409, 'WM_SECOND_FACTOR_ALREADY_ON');
    nextStep();
    expectError(await confirm(client, codeFor(again.secret)), 409, 'WM_SECOND_FACTOR_ALREADY_ON');
    expect(await status(client)).toEqual({
      on: true,
      totp: true,
      pending: false,
      recoveryCodesLeft: 10,
    });
  });

  it('refuses a wrong code at set-up on the code field, and changes nothing', async () => {
    const client = await signUp(t.app, aSignUp({ password: PASSWORD }));
    expectError(await confirm(client, '123456'), 409, 'WM_SECOND_FACTOR_NOT_STARTED');
    const { secret } = (await start(client)).json() as { secret: string };
    const wrong = codeFor(secret) === '000000' ? '000001' : '000000';
    const refused = expectError(
      await confirm(client, wrong),
      400,
      'WM_SECOND_FACTOR_WRONG_CODE',
      'code',
    );
    expect(refused.error.fields?.[0]?.message).toMatch(/not right/);
    expectError(await confirm(client, '12 34'), 400, 'WM_VALIDATION_FAILED', 'code');
    expect(await status(client)).toEqual({
      on: false,
      totp: false,
      pending: true,
      recoveryCodesLeft: 0,
    });
    // A code two steps old is refused too; the right one still works afterwards.
    const stale = codeFor(secret, -2);
    if (![codeFor(secret, -1), codeFor(secret), codeFor(secret, 1)].includes(stale))
      expectError(await confirm(client, stale), 400, 'WM_SECOND_FACTOR_WRONG_CODE', 'code');
    expect((await confirm(client, codeFor(secret, -1))).statusCode).toBe(200);
  });

  it('asks for the code after the right password, and gives no session until it is right', async () => {
    const person = await personWithTotp();
    const first = await passwordStep(person.email);
    expect(first.response.statusCode).toBe(200);
    expect(first.response.json()).toEqual({
      secondFactorRequired: true,
      app: true,
      passkey: false,
    });
    // No session cookie, and the pending cookie is no session.
    expect(cookieNamed(first.response, 'waymark')).toBeUndefined();
    const pending = first.response.cookies.find((c) => c.name.endsWith('waymark-pending'));
    expect(pending).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    const asSession = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: { cookie: first.cookie },
    });
    expect(asSession.json().account).toBeNull();
    const record = await t.app.inject({
      method: 'GET',
      url: '/api/account',
      headers: { cookie: first.cookie },
    });
    expect(record.statusCode).toBe(401);

    // A wrong password still says nothing about a second step.
    expectError(
      (await passwordStep(person.email, 'a wrong password')).response,
      401,
      'WM_AUTH_WRONG_CREDENTIALS',
    );

    const wrong = codeFor(person.secret) === '000000' ? '000001' : '000000';
    expectError(
      await secondStep(first, { code: wrong }),
      400,
      'WM_SECOND_FACTOR_WRONG_CODE',
      'code',
    );
    // A wrong code leaves the sign-in waiting: the right one finishes it.
    const done = await secondStep(first, { code: codeFor(person.secret) });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().account.id).toBe(person.client.personId);
    expect(await sessionOf(done)).toMatchObject({ id: person.client.personId });
    expect(cookieNamed(done, 'waymark-device')).toBeDefined();
    // The pending sign-in is used up.
    expectError(
      await secondStep(first, { code: codeFor(person.secret, 1) }),
      401,
      'WM_SECOND_FACTOR_SIGN_IN_EXPIRED',
    );
  });

  it('refuses a code used already, even in a new sign-in, and takes the next one', async () => {
    const person = await personWithTotp();
    const code = codeFor(person.secret);
    const first = await passwordStep(person.email);
    expect((await secondStep(first, { code })).statusCode).toBe(200);
    const second = await passwordStep(person.email);
    expectError(await secondStep(second, { code }), 400, 'WM_SECOND_FACTOR_CODE_USED', 'code');
    // The code of the step before is older than the one used: refused as well.
    expectError(
      await secondStep(second, { code: codeFor(person.secret, -1) }),
      400,
      'WM_SECOND_FACTOR_CODE_USED',
      'code',
    );
    nextStep();
    const next = await secondStep(second, { code: codeFor(person.secret) });
    expect(next.statusCode).toBe(200);
  });

  it('needs a live pending sign-in: none, another browser’s, or one over 5 minutes old is refused', async () => {
    const person = await personWithTotp();
    const code = codeFor(person.secret);
    expectError(
      await secondStep({ cookie: '', address: newAddress() }, { code }),
      401,
      'WM_SECOND_FACTOR_SIGN_IN_EXPIRED',
    );
    expectError(
      await secondStep({ cookie: 'waymark-pending=made-up', address: newAddress() }, { code }),
      401,
      'WM_SECOND_FACTOR_SIGN_IN_EXPIRED',
    );
    const slow = await passwordStep(person.email);
    t.clock.advanceSeconds(5 * 60 + 1);
    expectError(
      await secondStep(slow, { code: codeFor(person.secret) }),
      401,
      'WM_SECOND_FACTOR_SIGN_IN_EXPIRED',
    );
    // Nothing was used up: a fresh sign-in takes the code of now.
    const fresh = await passwordStep(person.email);
    expect((await secondStep(fresh, { code: codeFor(person.secret) })).statusCode).toBe(200);
  });

  it('waits after too many wrong codes (429, Retry-After) per account, refusing even the right code unchecked', async () => {
    const person = await personWithTotp();
    const other = await personWithTotp();
    const pending = await passwordStep(person.email);
    const wrong = (n: number) => {
      const guess = String(100000 + n);
      return [
        codeFor(person.secret, -1),
        codeFor(person.secret),
        codeFor(person.secret, 1),
      ].includes(guess)
        ? String(200000 + n)
        : guess;
    };
    for (let n = 0; n < 5; n += 1)
      expectError(
        await secondStep(pending, { code: wrong(n) }),
        400,
        'WM_SECOND_FACTOR_WRONG_CODE',
        'code',
      );
    const waiting = expectErrorWithWait(
      await secondStep(pending, { code: codeFor(person.secret) }),
    );
    expect(waiting).toBeGreaterThanOrEqual(1);
    // From another address and another pending sign-in: the same account, the same wait.
    const elsewhere = await passwordStep(person.email);
    expectErrorWithWait(await secondStep(elsewhere, { code: codeFor(person.secret) }));
    // Another account is not slowed down.
    const theirs = await passwordStep(other.email);
    expect((await secondStep(theirs, { code: codeFor(other.secret) })).statusCode).toBe(200);

    t.clock.advanceSeconds(waiting);
    const after = await secondStep(pending, { code: codeFor(person.secret) });
    expect(after.statusCode, after.body).toBe(200);
    // The right code cleared the wrong ones: the next sign-in does not wait.
    nextStep();
    const later = await passwordStep(person.email);
    expect((await secondStep(later, { code: codeFor(person.secret) })).statusCode).toBe(200);
  });

  it('waits after too many wrong codes at set-up too', async () => {
    const client = await signUp(t.app, aSignUp({ password: PASSWORD }));
    const { secret } = (await start(client)).json() as { secret: string };
    const near = [codeFor(secret, -1), codeFor(secret), codeFor(secret, 1)];
    const guesses = ['111111', '222222', '333333', '444444', '555555', '666666', '777777'].filter(
      (guess) => !near.includes(guess),
    );
    for (const guess of guesses.slice(0, 5))
      expectError(await confirm(client, guess), 400, 'WM_SECOND_FACTOR_WRONG_CODE', 'code');
    const wait = expectErrorWithWait(await confirm(client, codeFor(secret)));
    expect(await status(client)).toEqual({
      on: false,
      totp: false,
      pending: true,
      recoveryCodesLeft: 0,
    });
    t.clock.advanceSeconds(wait);
    expect((await confirm(client, codeFor(secret))).statusCode).toBe(200);
  });

  it('lets each recovery code sign in once, however it is typed', async () => {
    const person = await personWithTotp();
    const [first, second] = person.recoveryCodes as [string, string];
    const pending = await passwordStep(person.email);
    const done = await secondStep(pending, { recoveryCode: first });
    expect(done.statusCode, done.body).toBe(200);
    expect(await sessionOf(done)).toMatchObject({ id: person.client.personId });
    expect((await status(person.client)).recoveryCodesLeft).toBe(9);

    const again = await passwordStep(person.email);
    expectError(
      await secondStep(again, { recoveryCode: first }),
      400,
      'WM_SECOND_FACTOR_WRONG_RECOVERY_CODE',
      'recoveryCode',
    );
    // Another account's code is no use either.
    const other = await personWithTotp();
    expectError(
      await secondStep(again, { recoveryCode: other.recoveryCodes[0] ?? '' }),
      400,
      'WM_SECOND_FACTOR_WRONG_RECOVERY_CODE',
      'recoveryCode',
    );
    expect((await status(person.client)).recoveryCodesLeft).toBe(9);
    // Typed without hyphens, in capitals, with spaces: still the same code.
    const typed = ` ${second.replaceAll('-', ' ').toUpperCase()} `;
    expect((await secondStep(again, { recoveryCode: typed })).statusCode).toBe(200);
    expect((await status(person.client)).recoveryCodesLeft).toBe(8);
  });

  it('checks what the second step is sent', async () => {
    const person = await personWithTotp();
    const pending = await passwordStep(person.email);
    expectError(await secondStep(pending, {}), 400, 'WM_VALIDATION_FAILED', 'code');
    expectError(await secondStep(pending, { code: '12a456' }), 400, 'WM_VALIDATION_FAILED', 'code');
    expectError(
      await secondStep(pending, {
        code: codeFor(person.secret),
        recoveryCode: person.recoveryCodes[0],
      }),
      400,
      'WM_VALIDATION_FAILED',
    );
    expectError(
      await secondStep(pending, { recoveryCode: 'too-short' }),
      400,
      'WM_VALIDATION_FAILED',
      'recoveryCode',
    );
    // None of these used anything up.
    expect((await status(person.client)).recoveryCodesLeft).toBe(10);
    expect((await secondStep(pending, { code: codeFor(person.secret) })).statusCode).toBe(200);
  });

  it('turns off only with the current password; then the password alone signs in again', async () => {
    const person = await personWithTotp();
    const waiting = await passwordStep(person.email);
    expectError(
      await turnOff(person.client, 'not my password'),
      400,
      'WM_AUTH_WRONG_PASSWORD',
      'currentPassword',
    );
    expect((await status(person.client)).totp).toBe(true);
    expect((await turnOff(person.client, PASSWORD)).statusCode).toBe(204);
    expect(await status(person.client)).toEqual({
      on: false,
      totp: false,
      pending: false,
      recoveryCodesLeft: 0,
    });
    for (const table of [
      'second_factor_totp',
      'second_factor_recovery_code',
      'pending_sign_in',
    ] as const) {
      const rows = await t.store.db
        .selectFrom(table)
        .select('account_id')
        .where('account_id', '=', person.client.personId)
        .execute();
      expect(rows, table).toEqual([]);
    }
    // A sign-in that was waiting for its code cannot finish now.
    expectError(
      await secondStep(waiting, { code: codeFor(person.secret) }),
      401,
      'WM_SECOND_FACTOR_SIGN_IN_EXPIRED',
    );
    const plain = await passwordStep(person.email);
    expect(plain.response.statusCode).toBe(200);
    expect(plain.response.json().account.id).toBe(person.client.personId);
    expect(await sessionOf(plain.response)).toMatchObject({ id: person.client.personId });
    // Off already: still 204, and still only with the password.
    expectError(
      await turnOff(person.client, 'guess'),
      400,
      'WM_AUTH_WRONG_PASSWORD',
      'currentPassword',
    );
    expect((await turnOff(person.client, PASSWORD)).statusCode).toBe(204);
  });

  it('keeps every route to the signed-in account: signed out is 401', async () => {
    for (const [method, url] of [
      ['GET', '/api/account/second-factor'],
      ['POST', '/api/account/second-factor/totp'],
      ['POST', '/api/account/second-factor/totp/confirm'],
      ['DELETE', '/api/account/second-factor'],
    ] as const) {
      const response = await t.app.inject({
        method,
        url,
        payload: method === 'GET' ? undefined : {},
      });
      expectError(response, 401, 'WM_AUTH_REQUIRED');
    }
  });

  it('keeps a lost development key file from being made again while a key is stored', async () => {
    await personWithTotp();
    // No journal entry in this database: the stored two-step sign-in key alone refuses it.
    expect(await t.store.db.selectFrom('journal_entry').select('id').execute()).toEqual([]);
    const keyFile = path.join(os.tmpdir(), `waymark-no-key-${randomUUID()}`, 'journal.key');
    await expect(openJournalKeyring({ keys: null, keyFile }, t.store.db, () => {})).rejects.toThrow(
      /two-step sign-in keys/,
    );
    expect(fs.existsSync(keyFile)).toBe(false);
  });

  // Last: it moves every stored key of this database to a key the test app does not have.
  it('has its keys re-sealed under the current journal key by key rotation', async () => {
    const person = await personWithTotp();
    const old = { id: 'test', key: Buffer.alloc(32, 7) };
    const next = { id: 'next', key: Buffer.alloc(32, 9) };
    const report = await rotateSecondFactorKeys(t.store.db, keyringOf([next, old]));
    expect(report.reencrypted).toBeGreaterThanOrEqual(1);
    expect(report.remaining).toBe(0);
    const row = await t.store.db
      .selectFrom('second_factor_totp')
      .selectAll()
      .where('account_id', '=', person.client.personId)
      .executeTakeFirstOrThrow();
    expect(row.key_id).toBe('next');
    const sealed = {
      keyId: row.key_id,
      iv: row.iv,
      authTag: row.auth_tag,
      ciphertext: row.ciphertext,
    };
    expect(openWith(keyringOf([next]), sealed, secretAad(person.client.personId))).toBe(
      person.secret,
    );
    // Bound to its account: the same sealed key does not open as another's.
    expect(() => openWith(keyringOf([next]), sealed, secretAad('someone-else'))).toThrow();
    expect(await rotateSecondFactorKeys(t.store.db, keyringOf([next, old]))).toEqual({
      reencrypted: 0,
      remaining: 0,
    });
  });

  /** A 429 with Retry-After; answers the seconds to wait. */
  function expectErrorWithWait(response: LightMyRequestResponse): number {
    expectError(response, 429, 'WM_SECOND_FACTOR_TOO_MANY_ATTEMPTS');
    const seconds = Number(response.headers['retry-after']);
    expect(seconds).toBeGreaterThanOrEqual(1);
    return seconds;
  }
});
