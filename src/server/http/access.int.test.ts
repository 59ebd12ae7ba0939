// Access control, generated from the routes the app really registers: every record route of
// one person is tried by a signed-out visitor, another person, a supporter and a practitioner,
// and each must be refused exactly as if the record did not exist, with nothing changed.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import { create, ifMatch, list, paths, recordSnapshot } from '../test/api.ts';
import { type Client, signUp, signUpAs, startTestApp, type TestApp } from '../test/app-harness.ts';
import { DIALECTS, openTestStore } from '../test/dialects.ts';
import { aGoal, aNote, anAboutMe } from '../test/fixtures.ts';
import { aContact, PDF_BYTES, PNG_BYTES } from '../test/plan-fixtures.ts';
import type { ApiRoute } from './access.ts';

/** The only API routes anyone may use without signing in. Adding one is a deliberate act. */
const PUBLIC_ROUTES = [
  'POST /api/auth/sign-up',
  'POST /api/auth/sign-in',
  'GET /api/emergency/:token',
  'HEAD /api/emergency/:token',
];

const randomId = () => crypto.randomUUID();
const recordRoutes = (t: TestApp) =>
  t.app.apiRoutes.filter((route) => route.url.includes(':personId'));

/**
 * Requests for every record route, as the owner would make them: real ids of the owner's
 * items and, for writes, a body the owner could really send (copied from their own data).
 */
async function ownerRequests(t: TestApp, owner: Client) {
  const goal = await create(owner, paths(owner.personId).goals, aGoal());
  await create(owner, paths(owner.personId).notes(goal.id), aNote());
  await create(owner, `/api/people/${owner.personId}/support-network`, aContact());
  await owner.request({
    method: 'PUT',
    url: paths(owner.personId).aboutMe,
    headers: ifMatch(0),
    payload: anAboutMe(),
  });
  const base = `/api/people/${owner.personId}`;
  const link = await owner.request({
    method: 'POST',
    url: `${base}/emergency-links`,
    payload: { expiresInHours: 24 },
  });
  expect(link.statusCode, link.body).toBe(201);
  const uploads = {
    documents: ['application/pdf', PDF_BYTES],
    photos: ['image/png', PNG_BYTES],
  } as const;
  for (const [url, [type, bytes]] of [
    [`${base}/crisis-plan/documents`, uploads.documents],
    [`${base}/safety-plan/photos`, uploads.photos],
  ] as const) {
    const upload = await owner.request({
      method: 'POST',
      url,
      payload: bytes,
      headers: { 'content-type': type },
    });
    expect(upload.statusCode, upload.body).toBe(201);
  }

  const fill = (url: string, personId: string, id: string) =>
    url.replace(':personId', personId).replace(':goalId', goal.id).replace(':id', id);
  const firstItem = async (collection: string) => {
    const response = await owner.request({ method: 'GET', url: collection });
    return response.statusCode === 200 ? response.json().items?.[0] : undefined;
  };
  const requests: { route: ApiRoute; build: (personId: string) => InjectOptions }[] = [];
  for (const route of recordRoutes(t)) {
    const [collectionPattern, rest] = route.url.split('/:id');
    const collection = fill(collectionPattern ?? '', owner.personId, '');
    const item = rest === undefined ? undefined : await firstItem(collection);
    const id: string = item?.id ?? randomId();
    let payload: object | undefined;
    let headers: Record<string, string> = ['PUT', 'DELETE', 'POST'].includes(route.method)
      ? ifMatch(1)
      : {};
    const upload = Object.entries(uploads).find(
      ([kind]) => route.method === 'POST' && route.url.endsWith(`/${kind}`),
    );
    if (upload) {
      payload = upload[1][1];
      headers = { 'content-type': upload[1][0] };
    } else if (route.url.endsWith('/emergency-links') && route.method === 'POST')
      payload = { expiresInHours: 24 };
    else if (route.url.endsWith('/history/restore')) payload = { version: 1 };
    else if (route.method === 'POST' && rest === undefined)
      payload = (await firstItem(collection))?.data ?? {};
    else if (route.method === 'PUT' && item) payload = item.data;
    else if (route.method === 'PUT')
      payload = (await owner.request({ method: 'GET', url: collection })).json().data;
    requests.push({
      route,
      build: (personId) => ({
        method: route.method as 'GET',
        url: fill(route.url, personId, id),
        headers,
        payload,
      }),
    });
  }
  return requests;
}

const comparable = (response: LightMyRequestResponse) => ({
  status: response.statusCode,
  body: response.body,
  etag: response.headers.etag,
  location: response.headers.location,
});

describe.each(DIALECTS)('Access control on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let requests: Awaited<ReturnType<typeof ownerRequests>>;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = await signUp(t.app);
    requests = await ownerRequests(t, owner);
  });
  afterAll(() => t.close());

  it('declares an access rule on every API route, and a record rule on every route into a record', () => {
    expect(t.app.apiRoutes.length).toBeGreaterThan(40);
    for (const route of t.app.apiRoutes) {
      expect(route.access, `${route.method} ${route.url}`).toBeDefined();
      if (route.url.includes(':personId'))
        expect(route.access.kind, `${route.method} ${route.url}`).toBe('record');
    }
    const publicRoutes = t.app.apiRoutes
      .filter((r) => r.access.kind === 'public')
      .map((r) => `${r.method} ${r.url}`);
    expect(publicRoutes.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('reads every record route for real as the owner (so the refusals below are about access)', async () => {
    for (const { route, build } of requests.filter((r) => r.route.method === 'GET')) {
      const response = await owner.request(build(owner.personId));
      expect(response.statusCode, `${route.method} ${route.url}: ${response.body}`).toBe(200);
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
    const config = loadConfig({ DEMO_DATA: 'false', LOG_LEVEL: 'silent' });
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
