// Passkeys, whole stack on both databases (decision 0041), with a software authenticator that
// builds attestation "none" and assertions byte by byte (test/software-authenticator.ts):
// adding one in Settings, listing and removing it, the passkey as the second step of a sign-in,
// a staff account whose passkey is its second factor everywhere, and every refusal (a replayed
// or wrong answer, a challenge never given or used, another site's origin) a clear 4xx that
// changes nothing, slowed like wrong codes.
import { generateKeyPairSync } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type {
  AuthenticationOptions,
  RegistrationOptions,
} from '../../../domain/auth/passkey.schema.ts';
import { expectError } from '../../test/api.ts';
import {
  type Client,
  signUp,
  signUpAs,
  startTestApp,
  type TestApp,
  turnOnSecondFactor,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aSignUp } from '../../test/fixtures.ts';
import { type SoftwarePasskey, softwareAuthenticator } from '../../test/software-authenticator.ts';

const PASSWORD = 'a long enough password';
// app.inject() asks as http://localhost:80; without PUBLIC_URL that is the origin and RP id.
const ORIGIN = 'http://localhost:80';

describe.each(DIALECTS)('Passkeys on %s', (dialect) => {
  let t: TestApp;
  const authenticator = softwareAuthenticator(ORIGIN);
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());
  // A new minute for each test, so the per-address rate limits of one test do not reach the next.
  beforeEach(() => t.clock.advanceMinutes(2));

  let addresses = 0;
  const newAddress = () => {
    addresses += 1;
    return `198.51.100.${addresses % 250}`;
  };

  const list = async (client: Client) =>
    (await client.request({ method: 'GET', url: '/api/account/passkeys' })).json().passkeys as {
      id: string;
      name: string;
      createdAt: string;
      lastUsedAt: string | null;
    }[];
  const registrationOptions = async (client: Client) => {
    const answer = await client.request({ method: 'POST', url: '/api/account/passkeys/options' });
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json() as RegistrationOptions;
  };
  const add = (client: Client, name: string, credential: object) =>
    client.request({ method: 'POST', url: '/api/account/passkeys', payload: { name, credential } });

  /** Adds a passkey through the routes; answers the software passkey. */
  async function addPasskey(client: Client, name = 'My phone'): Promise<SoftwarePasskey> {
    const { passkey, response } = authenticator.create(await registrationOptions(client));
    const added = await add(client, name, response);
    expect(added.statusCode, added.body).toBe(201);
    return passkey;
  }

  async function personWithPasskey() {
    const input = aSignUp({ password: PASSWORD });
    const client = await signUp(t.app, input);
    const passkey = await addPasskey(client);
    return { ...input, client, passkey };
  }

  /** The password step, from its own address; answers the reply and the pending cookie. */
  async function passwordStep(email: string, address = newAddress()) {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      remoteAddress: address,
      payload: { email, password: PASSWORD },
    });
    const pending = response.cookies.find((c) => c.name.endsWith('waymark-pending'));
    return { response, address, cookie: pending ? `${pending.name}=${pending.value}` : '' };
  }
  type Pending = Awaited<ReturnType<typeof passwordStep>>;

  const signInOptions = (pending: Pending) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/passkey/options',
      remoteAddress: pending.address,
      headers: pending.cookie ? { cookie: pending.cookie } : {},
    });
  const optionsFor = async (pending: Pending) => {
    const answer = await signInOptions(pending);
    expect(answer.statusCode, answer.body).toBe(200);
    return answer.json() as AuthenticationOptions;
  };
  const passkeyStep = (pending: Pending, credential: object) =>
    t.app.inject({
      method: 'POST',
      url: '/api/auth/passkey',
      remoteAddress: pending.address,
      headers: pending.cookie ? { cookie: pending.cookie } : {},
      payload: { credential },
    });
  const sessionOf = async (response: LightMyRequestResponse) => {
    const session = response.cookies.find(
      (c) => c.name === 'waymark' || c.name.endsWith('-waymark'),
    );
    const check = await t.app.inject({
      method: 'GET',
      url: '/api/auth/session',
      headers: session ? { cookie: `${session.name}=${session.value}` } : {},
    });
    return check.json().account as { id: string; secondFactorRequired: boolean } | null;
  };
  const storedPasskeys = (accountId: string) =>
    t.store.db
      .selectFrom('passkey')
      .select(['credential_id', 'counter', 'last_used_at'])
      .where('account_id', '=', accountId)
      .execute();

  it('lets a person add a passkey with a name, and lists it with when it was added', async () => {
    const client = await signUp(t.app, aSignUp({ password: PASSWORD }));
    expect(await list(client)).toEqual([]);
    const options = await registrationOptions(client);
    expect(options.rp.id).toBe('localhost');
    expect(options.attestation).toBe('none');
    expect(options.excludeCredentials).toEqual([]);

    const { passkey, response } = authenticator.create(options);
    const added = await add(client, '  My phone  ', response);
    expect(added.statusCode, added.body).toBe(201);
    expect(added.json()).toMatchObject({ name: 'My phone', lastUsedAt: null });
    expect(await list(client)).toEqual([
      {
        id: added.json().id,
        name: 'My phone',
        createdAt: t.clock.now.toISOString(),
        lastUsedAt: null,
      },
    ]);
    // Now on, counted as a second factor; the app is still off.
    const status = await client.request({ method: 'GET', url: '/api/account/second-factor' });
    expect(status.json()).toMatchObject({ on: true, totp: false });
    // The next options leave out the passkey already added.
    const again = await registrationOptions(client);
    expect(again.excludeCredentials?.map((c) => c.id)).toEqual([passkey.credentialId]);
  });

  it('refuses an answer to a challenge never given, used already, too old, or from another site, and keeps nothing', async () => {
    const client = await signUp(t.app, aSignUp({ password: PASSWORD }));
    const options = await registrationOptions(client);

    const unknown = authenticator.create(options, { challenge: 'bm90LWdpdmVuLWJ5LXdheW1hcms' });
    expectError(await add(client, 'Phone', unknown.response), 400, 'WM_PASSKEY_NOT_ACCEPTED');

    const otherSite = authenticator.create(await registrationOptions(client), {
      origin: 'https://waymark.example.net',
    });
    expectError(await add(client, 'Phone', otherSite.response), 400, 'WM_PASSKEY_NOT_ACCEPTED');

    const good = authenticator.create(options);
    expect((await add(client, 'Phone', good.response)).statusCode).toBe(201);
    // The same answer again: its challenge was taken by the first.
    const replay = authenticator.create(options);
    expectError(await add(client, 'Tablet', replay.response), 400, 'WM_PASSKEY_NOT_ACCEPTED');

    const late = authenticator.create(await registrationOptions(client));
    t.clock.advanceMinutes(6);
    expectError(await add(client, 'Late', late.response), 400, 'WM_PASSKEY_NOT_ACCEPTED');
    expect((await list(client)).map((p) => p.name)).toEqual(['Phone']);
  });

  it('refuses bad input with a clear 400: no name, a name too long, a malformed answer', async () => {
    const client = await signUp(t.app, aSignUp({ password: PASSWORD }));
    const { response } = authenticator.create(await registrationOptions(client));
    expectError(await add(client, '   ', response), 400, 'WM_VALIDATION_FAILED', 'name');
    expectError(await add(client, 'x'.repeat(61), response), 400, 'WM_VALIDATION_FAILED', 'name');
    const broken = {
      ...response,
      response: { ...response.response, clientDataJSON: 'not base64!' },
    };
    expectError(await add(client, 'Phone', broken), 400, 'WM_VALIDATION_FAILED');
    const garbled = { ...response, response: { ...response.response, attestationObject: 'AAAA' } };
    expectError(await add(client, 'Phone', garbled), 400, 'WM_PASSKEY_NOT_ACCEPTED');
    expect(await list(client)).toEqual([]);
  });

  it('asks for the passkey after the password, and signs in with it', async () => {
    const person = await personWithPasskey();
    const pending = await passwordStep(person.email);
    expect(pending.response.json()).toEqual({
      secondFactorRequired: true,
      app: false,
      passkey: true,
    });
    expect(await sessionOf(pending.response)).toBeNull();

    const options = await optionsFor(pending);
    expect(options.allowCredentials?.map((c) => c.id)).toEqual([person.passkey.credentialId]);
    const done = await passkeyStep(pending, authenticator.get(options, person.passkey));
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().account.id).toBe(person.client.personId);
    expect((await sessionOf(done))?.id).toBe(person.client.personId);
    expect((await list(person.client))[0]?.lastUsedAt).toBe(t.clock.now.toISOString());
  });

  it('refuses a replayed or wrong answer with 400, and the sign-in keeps waiting', async () => {
    const person = await personWithPasskey();
    const first = await passwordStep(person.email);
    const used = authenticator.get(await optionsFor(first), person.passkey);
    expect((await passkeyStep(first, used)).statusCode).toBe(200);
    const [before] = await storedPasskeys(person.client.personId);

    const pending = await passwordStep(person.email);
    const options = await optionsFor(pending);
    // The answer to the last sign-in's challenge, sent again.
    expectError(await passkeyStep(pending, used), 400, 'WM_PASSKEY_NOT_ACCEPTED');
    // Signed by another key.
    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    const forged = authenticator.get(options, person.passkey, { signWith: stranger });
    expectError(await passkeyStep(pending, forged), 400, 'WM_PASSKEY_NOT_ACCEPTED');
    // Made on another site (a look-alike page passing the challenge on).
    const options2 = await optionsFor(pending);
    const phished = authenticator.get(options2, person.passkey, {
      origin: 'https://waymark.example.net',
    });
    expectError(await passkeyStep(pending, phished), 400, 'WM_PASSKEY_NOT_ACCEPTED');
    // Another account's passkey.
    const other = await personWithPasskey();
    const options3 = await optionsFor(pending);
    expectError(
      await passkeyStep(pending, authenticator.get(options3, other.passkey)),
      400,
      'WM_PASSKEY_NOT_ACCEPTED',
    );
    expect(await storedPasskeys(person.client.personId)).toEqual([before]);

    // None of it ended the sign-in: a right answer to a new challenge still finishes it.
    const right = authenticator.get(await optionsFor(pending), person.passkey);
    const done = await passkeyStep(pending, right);
    expect(done.statusCode, done.body).toBe(200);
    // And that sign-in is over: its cookie finishes nothing more.
    expectError(await signInOptions(pending), 401, 'WM_SECOND_FACTOR_SIGN_IN_EXPIRED');
  });

  it('refuses a counter that went back, as from a copied authenticator', async () => {
    const person = await personWithPasskey();
    person.passkey.counter = 5;
    const first = await passwordStep(person.email);
    expect(
      (await passkeyStep(first, authenticator.get(await optionsFor(first), person.passkey)))
        .statusCode,
    ).toBe(200);
    person.passkey.counter = 3;
    const second = await passwordStep(person.email);
    const stale = authenticator.get(await optionsFor(second), person.passkey);
    expectError(await passkeyStep(second, stale), 400, 'WM_PASSKEY_NOT_ACCEPTED');
    expect(Number((await storedPasskeys(person.client.personId))[0]?.counter)).toBe(5);
  });

  it('slows down wrong answers like wrong codes: 429 with Retry-After, even for a right one', async () => {
    const person = await personWithPasskey();
    const pending = await passwordStep(person.email);
    const stranger = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    let refused: LightMyRequestResponse | undefined;
    for (let i = 0; i < 20 && !refused; i++) {
      const forged = authenticator.get(await optionsFor(pending), person.passkey, {
        signWith: stranger,
      });
      const answer = await passkeyStep(pending, forged);
      if (answer.statusCode === 429) refused = answer;
      else expectError(answer, 400, 'WM_PASSKEY_NOT_ACCEPTED');
    }
    expect(refused, 'a wait began').toBeDefined();
    expectError(refused as LightMyRequestResponse, 429, 'WM_SECOND_FACTOR_TOO_MANY_ATTEMPTS');
    expect(Number(refused?.headers['retry-after'])).toBeGreaterThan(0);
    const right = authenticator.get(await optionsFor(pending), person.passkey);
    expectError(await passkeyStep(pending, right), 429, 'WM_SECOND_FACTOR_TOO_MANY_ATTEMPTS');
    expect((await list(person.client))[0]?.lastUsedAt).toBeNull();
  });

  it('offers the passkey and the app side by side when both are on, and the app code still works', async () => {
    const person = await personWithPasskey();
    await turnOnSecondFactor(t, person.client);
    t.clock.advanceMinutes(1);
    const pending = await passwordStep(person.email);
    expect(pending.response.json()).toEqual({
      secondFactorRequired: true,
      app: true,
      passkey: true,
    });
    const done = await passkeyStep(
      pending,
      authenticator.get(await optionsFor(pending), person.passkey),
    );
    expect(done.statusCode).toBe(200);
  });

  it('says there is no passkey to an account with only the app, and a code to an account with only passkeys is wrong', async () => {
    const input = aSignUp({ password: PASSWORD });
    const client = await signUp(t.app, input);
    await turnOnSecondFactor(t, client);
    t.clock.advanceMinutes(1);
    expectError(await signInOptions(await passwordStep(input.email)), 409, 'WM_PASSKEY_NONE');

    const person = await personWithPasskey();
    const pending = await passwordStep(person.email);
    const coded = await t.app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      remoteAddress: pending.address,
      headers: { cookie: pending.cookie },
      payload: { code: '123456' },
    });
    expectError(coded, 400, 'WM_SECOND_FACTOR_WRONG_CODE', 'code');
  });

  it('removes a passkey only with the password; then signing in needs no second step', async () => {
    const person = await personWithPasskey();
    const [key] = await list(person.client);
    const remove = (currentPassword: string, id = key?.id) =>
      person.client.request({
        method: 'DELETE',
        url: `/api/account/passkeys/${id}`,
        payload: { currentPassword },
      });
    expectError(await remove('not my password'), 400, 'WM_AUTH_WRONG_PASSWORD', 'currentPassword');
    expect(await list(person.client)).toHaveLength(1);
    expectError(await remove(PASSWORD, crypto.randomUUID()), 404, 'WM_NOT_FOUND');
    expectError(await remove(PASSWORD, 'not-an-id'), 400, 'WM_VALIDATION_FAILED');
    expect((await remove(PASSWORD)).statusCode).toBe(204);
    expect(await list(person.client)).toEqual([]);
    const signedIn = await passwordStep(person.email);
    expect((await sessionOf(signedIn.response))?.id).toBe(person.client.personId);
  });

  it('does not let anyone remove another account’s passkey', async () => {
    const person = await personWithPasskey();
    const [key] = await list(person.client);
    const other = await signUp(t.app, aSignUp({ password: PASSWORD }));
    const tried = await other.request({
      method: 'DELETE',
      url: `/api/account/passkeys/${key?.id}`,
      payload: { currentPassword: PASSWORD },
    });
    expectError(tried, 404, 'WM_NOT_FOUND');
    expect(await list(person.client)).toHaveLength(1);
  });

  it('counts a practitioner’s passkey as their second factor everywhere, and keeps their last one', async () => {
    const owner = await signUp(t.app);
    // Signed in by the password alone: no second factor yet (decision 0039).
    const client = await signUpAs(t, 'practitioner', { secondFactor: false });
    expect(
      (await client.request({ method: 'GET', url: '/api/account' })).json().secondFactorRequired,
    ).toBe(true);
    await t.services.sharing.createRelationship({
      personId: owner.personId,
      accountId: client.personId,
      role: 'practitioner',
      knownAs: 'Priya',
      grants: [{ section: 'goals', level: 'view', endsAt: null }],
    });
    const goals = `/api/people/${owner.personId}/goals`;
    expectError(
      await client.request({ method: 'GET', url: '/api/shared-with-me' }),
      403,
      'WM_SECOND_FACTOR_REQUIRED',
    );
    expect((await client.request({ method: 'GET', url: goals })).statusCode).toBe(404);

    await addPasskey(client, 'Work laptop');
    // The same session: the access context, the 403 check and the account all see it now.
    expect(
      (await client.request({ method: 'GET', url: '/api/account' })).json().secondFactorRequired,
    ).toBe(false);
    expect((await client.request({ method: 'GET', url: '/api/shared-with-me' })).statusCode).toBe(
      200,
    );
    expect((await client.request({ method: 'GET', url: goals })).statusCode).toBe(200);

    // Their only factor stays: removing it would leave them seeing nobody.
    const [key] = await list(client);
    const remove = () =>
      client.request({
        method: 'DELETE',
        url: `/api/account/passkeys/${key?.id}`,
        payload: { currentPassword: PASSWORD },
      });
    expectError(await remove(), 409, 'WM_PASSKEY_LAST_FACTOR');
    expect(await list(client)).toHaveLength(1);
    // With the app on as well, the passkey may go.
    await turnOnSecondFactor(t, client);
    expect((await remove()).statusCode).toBe(204);
    expect((await client.request({ method: 'GET', url: goals })).statusCode).toBe(200);
  });

  it('lets a supporter add a passkey too', async () => {
    const jo = await signUpAs(t, 'supporter');
    await addPasskey(jo, 'Phone');
    expect((await list(jo)).map((p) => p.name)).toEqual(['Phone']);
  });

  it('keeps at most 10 passkeys per account', async () => {
    const client = await signUp(t.app, aSignUp({ password: PASSWORD }));
    for (let i = 0; i < 10; i++) await addPasskey(client, `Key ${i + 1}`);
    expectError(
      await client.request({ method: 'POST', url: '/api/account/passkeys/options' }),
      409,
      'WM_PASSKEY_LIMIT',
    );
    expect(await list(client)).toHaveLength(10);
  });

  it('needs a signed-in account for Settings, and a pending sign-in for the second step', async () => {
    expectError(
      await t.app.inject({ method: 'GET', url: '/api/account/passkeys' }),
      401,
      'WM_AUTH_REQUIRED',
    );
    expectError(
      await t.app.inject({ method: 'POST', url: '/api/auth/passkey/options' }),
      401,
      'WM_SECOND_FACTOR_SIGN_IN_EXPIRED',
    );
  });
});
