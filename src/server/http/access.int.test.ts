// Access control, generated from the routes the app really registers: every record route of
// one person is tried by a signed-out visitor, another person, a supporter and a practitioner,
// and each must be refused exactly as if the record did not exist, with nothing changed.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { list, paths, recordSnapshot } from '../test/api.ts';
import { type Client, signUp, signUpAs, startTestApp, type TestApp } from '../test/app-harness.ts';
import { DIALECTS, openTestStore } from '../test/dialects.ts';
import { type RecordRequest, recordRequests } from '../test/record-requests.ts';

// A fixed journal key, as the test harness uses, so no key file is written.
const JOURNAL_KEYS = `test:${Buffer.alloc(32, 7).toString('base64')}`;

/** The only API routes anyone may use without signing in. Adding one is a deliberate act. */
const PUBLIC_ROUTES = [
  'POST /api/auth/sign-up',
  'POST /api/auth/sign-in',
  // Idempotent: signing out after a timeout must still clear the cookie.
  'POST /api/auth/sign-out',
  // The second step of signing in: it needs the pending cookie a right password gave, and
  // finishes only that sign-in (decision 0039).
  'POST /api/auth/second-factor',
  // A passkey as that second step (decision 0041): its challenge and its answer, each only for
  // the sign-in the pending cookie names.
  'POST /api/auth/passkey/options',
  'POST /api/auth/passkey',
  'GET /api/emergency/:token',
  'HEAD /api/emergency/:token',
  // Says who is signed in on this browser, or that nobody is (signed out is not an error).
  'GET /api/auth/session',
  'HEAD /api/auth/session',
  // The installation's crisis lines: every signed-out page shows them (decision 0034).
  'GET /api/crisis-lines',
  'HEAD /api/crisis-lines',
  // A service admin's one-time set-up link is the key; it signs them in (decision 0038).
  'POST /api/set-up',
  // A forgotten password: asking answers the same for any email; the link's token is the key.
  'POST /api/auth/password-reset',
  'POST /api/auth/password-reset/complete',
];

const randomId = () => crypto.randomUUID();

const comparable = (response: LightMyRequestResponse) => ({
  status: response.statusCode,
  body: response.body,
  etag: response.headers.etag,
  location: response.headers.location,
});

describe.each(DIALECTS)('Access control on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let requests: RecordRequest[];
  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = await signUp(t.app);
    requests = await recordRequests(t, owner);
  });
  afterAll(() => t.close());

  it('declares an access rule on every API route, and a record rule on every route into a record', () => {
    expect(t.app.apiRoutes.length).toBeGreaterThan(40);
    for (const route of t.app.apiRoutes) {
      expect(route.access, `${route.method} ${route.url}`).toBeDefined();
      // Into a record: a section's rule, or the person's own settings (sharing), owner only;
      // the owner routes' refusals are tested in features/sharing/grants.int.test.ts.
      if (route.url.includes(':personId'))
        expect(['record', 'owner'], `${route.method} ${route.url}`).toContain(route.access.kind);
    }
    const publicRoutes = t.app.apiRoutes
      .filter((r) => r.access.kind === 'public')
      .map((r) => `${r.method} ${r.url}`);
    expect(publicRoutes.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('reads every record route for real as the owner (so the refusals below are about access)', async () => {
    for (const { route, realId, build } of requests) {
      const where = `${route.method} ${route.url}`;
      expect(
        realId,
        `${where}: the owner has no item here; add a seed in test/record-requests.ts`,
      ).toBe(true);
      if (route.method !== 'GET') continue;
      const response = await owner.request(build(owner.personId));
      expect(response.statusCode, `${where}: ${response.body}`).toBe(200);
    }
  });

  it('answers another person on every record route exactly as for a record that does not exist', async () => {
    const intruder = await signUp(t.app);
    const before = await recordSnapshot(t.store, owner.personId);
    for (const { route, build } of requests) {
      const theirs = comparable(await intruder.request(build(owner.personId)));
      const nobody = comparable(await intruder.request(build(randomId())));
      expect(theirs.status, `${route.method} ${route.url}`).toBe(404);
      expect(theirs, `${route.method} ${route.url}`).toEqual(nobody);
    }
    expect(await recordSnapshot(t.store, owner.personId)).toEqual(before);
  });

  it('answers a person id no account can have (with a NUL) as a missing record', async () => {
    const someone = await signUp(t.app);
    const missing = comparable(
      await someone.request({ method: 'GET', url: paths(randomId()).goals }),
    );
    for (const id of ['a%00b', '%00']) {
      const response = await someone.request({ method: 'GET', url: paths(id).goals });
      expect(comparable(response), id).toEqual(missing);
    }
  });

  it('refuses before reading the body, so what is sent makes no difference', async () => {
    const intruder = await signUp(t.app);
    const url = paths(owner.personId).goals;
    for (const payload of ['{"broken', 'x'.repeat(2 * 1024 * 1024)]) {
      const sent = {
        method: 'POST' as const,
        url,
        payload,
        headers: { 'content-type': 'application/json' },
      };
      expect((await intruder.request(sent)).statusCode).toBe(404);
      expect((await t.app.inject(sent)).statusCode).toBe(401);
    }
  });

  it('answers a signed-out visitor with 401 on every record route, and changes nothing', async () => {
    const before = await recordSnapshot(t.store, owner.personId);
    for (const { route, build } of requests) {
      const response = await t.app.inject(build(owner.personId));
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
      if (route.method !== 'HEAD') expect(response.json().error.code).toBe('WM_AUTH_REQUIRED');
    }
    expect(await recordSnapshot(t.store, owner.personId)).toEqual(before);
  });

  it.each(['supporter', 'practitioner'] as const)(
    'does not let a %s into a person’s record (404)',
    async (role) => {
      const other = await signUpAs(t, role);
      const before = await recordSnapshot(t.store, owner.personId);
      for (const { route, build } of requests) {
        const response = await other.request(build(owner.personId));
        expect(response.statusCode, `${route.method} ${route.url}`).toBe(404);
        const own = await other.request(build(other.personId));
        expect(own.statusCode, `own ${route.method} ${route.url}`).toBe(404);
      }
      expect(await recordSnapshot(t.store, owner.personId)).toEqual(before);
    },
  );

  it('answers the owner asking for an item that is not there with the same 404 body', async () => {
    const [area] = await list(owner, paths(owner.personId).lifeAreas);
    const intruder = await signUp(t.app);
    const missing = await owner.request({
      method: 'GET',
      url: paths(owner.personId).lifeArea(randomId()),
    });
    const forbidden = await intruder.request({
      method: 'GET',
      url: paths(owner.personId).lifeArea(area?.id ?? ''),
    });
    expect(comparable(missing)).toEqual(comparable(forbidden));
  });
});

describe('Declaring access', () => {
  it('refuses to register an API route without an access rule', async () => {
    const store = await openTestStore('sqlite');
    const config = loadConfig({ DEMO_DATA: 'false', JOURNAL_KEYS, LOG_LEVEL: 'silent' });
    const { app } = await buildApp({ config, store, logger: false, webRoot: '/nonexistent' });
    try {
      expect(() => app.get('/api/people/:personId/secrets', async () => 'secret')).toThrow(
        /no access rule/,
      );
      expect(() => app.get('/not-api', { config: {} }, async () => 'fine')).not.toThrow();
    } finally {
      await app.close();
      await store.close();
    }
  });
});
