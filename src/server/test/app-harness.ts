// A whole Waymark app on a fresh store, driven with app.inject(): real routes, real database.
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { Kysely } from 'kysely';
import type { RelationshipRole } from '../../domain/access/context.ts';
import { mustUseSecondFactor, type Role, type SignUpInput } from '../../domain/auth/auth.schema.ts';
import { base32Decode, hotp, totpStep } from '../../domain/auth/totp.ts';
import { type AppDeps, buildApp, type Services } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';
import { nodeHmac } from '../features/second-factor/hmac.ts';
import type { GrantInput } from '../features/sharing/sharing.service.ts';
import type { Store } from '../store/db.ts';
import type { Database } from '../store/schema.ts';
import { type Dialect, openTestStore } from './dialects.ts';
import { aSignUp } from './fixtures.ts';

/** The journal key every test app uses unless a test sets JOURNAL_KEYS itself. */
export const TEST_JOURNAL_KEYS = `test:${Buffer.alloc(32, 7).toString('base64')}`;

export type TestApp = {
  app: FastifyInstance;
  services: Services;
  store: Store;
  clock: {
    now: Date;
    advanceMinutes(minutes: number): void;
    advanceSeconds(seconds: number): void;
  };
  close(): Promise<void>;
};

export async function startTestApp(
  dialect: Dialect,
  env: Record<string, string> = {},
  options: {
    webRoot?: string;
    /** Where reports read (a replica's connection, say), made once the store exists. */
    reportsDb?: (store: Store) => Promise<Kysely<Database>>;
  } = {},
): Promise<TestApp> {
  const store = await openTestStore(dialect);
  const config: Config = loadConfig({
    DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    // A fixed key, so no test writes a development key file into the data folder.
    JOURNAL_KEYS: TEST_JOURNAL_KEYS,
    // The test clock stands still, so every write of a test file falls in one minute; the
    // tests of the write limit set it themselves.
    WRITES_PER_MINUTE: '1000000',
    ...env,
  });
  const clock = {
    now: new Date('2026-11-25T10:00:00Z'),
    advanceMinutes(minutes: number) {
      this.now = new Date(this.now.getTime() + minutes * 60_000);
    },
    advanceSeconds(seconds: number) {
      this.now = new Date(this.now.getTime() + seconds * 1000);
    },
  };
  const { app, services } = await buildApp({
    config,
    store,
    clock: () => clock.now,
    logger: false,
    webRoot: options.webRoot ?? '/nonexistent',
    reportsDb: options.reportsDb ? await options.reportsDb(store) : undefined,
  });
  await app.ready();
  return {
    app,
    services,
    store,
    clock,
    close: async () => {
      await app.close();
      await store.close();
    },
  };
}

/**
 * Another app on the same store and clock, like a second server process; `env`, `accessLog`
 * (a writer that fails, say) and `db` (the same database seen through a plugin) set it apart.
 * The caller closes it; the store stays open.
 */
export async function anotherApp(
  t: TestApp,
  options: {
    env?: Record<string, string>;
    accessLog?: AppDeps['accessLog'];
    db?: Store['db'];
  } = {},
): Promise<FastifyInstance> {
  const config = loadConfig({
    DEMO_DATA: 'false',
    LOG_LEVEL: 'silent',
    JOURNAL_KEYS: TEST_JOURNAL_KEYS,
    ...options.env,
  });
  const { app } = await buildApp({
    config,
    store: { ...t.store, db: options.db ?? t.store.db, close: async () => {} },
    clock: () => t.clock.now,
    logger: false,
    webRoot: '/nonexistent',
    accessLog: options.accessLog,
  });
  await app.ready();
  return app;
}

/** A signed-in browser-like client: keeps its cookie and sends the CSRF token on writes. */
export type Client = {
  personId: string;
  csrfToken: string;
  cookie: string;
  request(options: InjectOptions): Promise<LightMyRequestResponse>;
};

/** Signs a new person up through the API, as the web app does. */
export async function signUp(
  app: FastifyInstance,
  overrides: Partial<SignUpInput> = {},
): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up',
    payload: aSignUp(overrides),
  });
  if (response.statusCode !== 201)
    throw new Error(`sign-up failed: ${response.statusCode} ${response.body}`);
  return clientFromResponse(app, response);
}

export async function signIn(
  app: FastifyInstance,
  email: string,
  password: string,
  /** For an account with two-step sign-in on: its secret, and the time to make the code at. */
  second?: { secret: string; now: Date },
): Promise<Client> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`sign-in failed: ${response.statusCode} ${response.body}`);
  if (second && response.json().secondFactorRequired === true) {
    const pending = response.cookies.find((c) => c.name.endsWith('waymark-pending'));
    const finished = await app.inject({
      method: 'POST',
      url: '/api/auth/second-factor',
      headers: { cookie: `${pending?.name}=${pending?.value}` },
      payload: { code: codeFor(second.secret, second.now) },
    });
    if (finished.statusCode !== 200)
      throw new Error(`second step failed: ${finished.statusCode} ${finished.body}`);
    return clientFromResponse(app, finished);
  }
  return clientFromResponse(app, response);
}

/** The code an authenticator app given `secret` shows at `now`. */
export function codeFor(secret: string, now: Date): string {
  const bytes = base32Decode(secret);
  if (!bytes) throw new Error('not base32');
  return hotp(nodeHmac, bytes, totpStep(now));
}

/**
 * A supporter or practitioner account (these are not created through public sign-up). Staff
 * (practitioner, service admin) turn two-step sign-in on through its routes first, as they
 * must before they see anything of a person (decision 0039), unless `secondFactor` is false.
 */
export async function signUpAs(
  t: TestApp,
  role: Role,
  options: { secondFactor?: boolean } = {},
): Promise<Client> {
  const session = await t.services.auth.signUp(aSignUp(), role);
  const client = clientFor(
    t.app,
    session.account.id,
    `waymark=${session.token}`,
    session.csrfToken,
  );
  if (options.secondFactor ?? mustUseSecondFactor(role)) await turnOnSecondFactor(t, client);
  return client;
}

/**
 * Turns two-step sign-in on for a signed-in client, through its routes, with the code an
 * authenticator app would show at the test clock. Answers the secret.
 */
export async function turnOnSecondFactor(t: TestApp, client: Client): Promise<string> {
  const started = await client.request({ method: 'POST', url: '/api/account/second-factor/totp' });
  if (started.statusCode !== 201) throw new Error(`set-up failed: ${started.body}`);
  const { secret } = started.json() as { secret: string };
  const code = codeFor(secret, t.clock.now);
  const confirmed = await client.request({
    method: 'POST',
    url: '/api/account/second-factor/totp/confirm',
    payload: { code },
  });
  if (confirmed.statusCode !== 200) throw new Error(`confirm failed: ${confirmed.body}`);
  return secret;
}

function clientFromResponse(app: FastifyInstance, response: LightMyRequestResponse): Client {
  const setCookie = response.headers['set-cookie'];
  const cookie = (Array.isArray(setCookie) ? setCookie[0] : setCookie)?.split(';')[0] ?? '';
  const json = response.json() as { account: { id: string }; csrfToken: string };
  return clientFor(app, json.account.id, cookie, json.csrfToken);
}

export function clientFor(
  app: FastifyInstance,
  personId: string,
  cookie: string,
  csrfToken: string,
): Client {
  return {
    personId,
    csrfToken,
    cookie,
    request(options: InjectOptions) {
      const headers: Record<string, string> = {
        cookie,
        ...(options.headers as Record<string, string>),
      };
      if (options.method && options.method !== 'GET' && !('x-csrf-token' in headers))
        headers['x-csrf-token'] = csrfToken;
      return app.inject({ ...options, headers });
    },
  };
}

/** The same signed-in client, talking to another app (see anotherApp). */
export const sameClientOn = (app: FastifyInstance, client: Client): Client =>
  clientFor(app, client.personId, client.cookie, client.csrfToken);

/**
 * A supporter account that `personId` shares with, made through the sharing service: known
 * as `knownAs` (Jo unless said), as `role` (friend unless said), with `grants`.
 */
export async function aSupporterOf(
  t: TestApp,
  personId: string,
  relationship: { grants: readonly GrantInput[]; role?: RelationshipRole; knownAs?: string },
): Promise<Client & { relationshipId: string }> {
  const supporter = await signUpAs(t, 'supporter');
  const relationshipId = await t.services.sharing.createRelationship({
    personId,
    accountId: supporter.personId,
    role: relationship.role ?? 'friend',
    knownAs: relationship.knownAs ?? 'Jo',
    grants: relationship.grants,
  });
  return { ...supporter, relationshipId };
}

/** A service made through the same use case as `waymark service create`, its admin not set up. */
export async function aService(t: TestApp, name = 'Riverside Recovery Team') {
  const adminEmail = aSignUp().email;
  const outcome = await t.services.services.create({ name, adminEmail });
  if (!outcome.ok) throw new Error(`service create failed: ${JSON.stringify(outcome.problem)}`);
  const token = outcome.created.setUpLink.split('/set-up/')[1] ?? '';
  return { ...outcome.created, adminEmail, token };
}

/** A service admin who has set up their account through the link, signed in by it. */
export async function aServiceAdmin(
  t: TestApp,
  password = 'a long enough password',
  options: { secondFactor?: boolean } = {},
): Promise<Client & { serviceId: string; email: string; password: string }> {
  const service = await aService(t);
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/set-up',
    payload: { token: service.token, password },
  });
  if (response.statusCode !== 200)
    throw new Error(`set-up failed: ${response.statusCode} ${response.body}`);
  const client = clientFromResponse(t.app, response);
  // Staff see nothing of any person before two-step sign-in is on (decision 0039); the admin
  // comes straight from the set-up link, so it is off unless the test asks for it.
  if (options.secondFactor) await turnOnSecondFactor(t, client);
  return {
    ...client,
    serviceId: service.serviceId,
    email: service.adminEmail,
    password,
  };
}
