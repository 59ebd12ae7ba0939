// Logs are read by operators and shipped to other systems: they must never hold what a
// person wrote, their password, their email address, or any token that lets someone in.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../app.ts';
import { loadConfig } from '../config.ts';
import type { Store } from '../store/db.ts';
import { ifMatch, paths } from '../test/api.ts';
import { type Client, clientFor } from '../test/app-harness.ts';
import { DIALECTS, openTestStore } from '../test/dialects.ts';
import { aGoal, anAboutMe, aSignUp } from '../test/fixtures.ts';
import { PUBLIC } from './access.ts';

// A fixed journal key, as the test harness uses, so no key file is written.
const JOURNAL_KEYS = `test:${Buffer.alloc(32, 7).toString('base64')}`;

const CANARY = {
  password: 'canary-password-5b1e-staple',
  email: 'canary-5b1e@example.test',
  sentence: 'Canary sentence: I hear the kettle singing 5b1e.',
  title: 'Canary goal 5b1e',
  query: 'canary-query-5b1e',
  driverMessage: 'canary-driver-message-5b1e',
};

describe.each(DIALECTS)('Logs on %s', (dialect) => {
  const lines: string[] = [];
  let store: Store;
  let app: Awaited<ReturnType<typeof buildApp>>['app'];
  let sam: Client;

  beforeAll(async () => {
    store = await openTestStore(dialect);
    const config = loadConfig({ DEMO_DATA: 'false', JOURNAL_KEYS, LOG_LEVEL: 'trace' });
    ({ app } = await buildApp({
      config,
      store,
      webRoot: '/nonexistent',
      logStream: { write: (line) => lines.push(line) },
    }));
    // Stands in for a database driver whose error message quotes the value it was given.
    app.get('/api/test/fail', { config: { access: PUBLIC } }, async () => {
      throw new Error(`invalid input syntax: "${CANARY.driverMessage}"`);
    });
    await app.ready();

    const signUp = await app.inject({
      method: 'POST',
      url: '/api/auth/sign-up',
      payload: aSignUp({ email: CANARY.email, password: CANARY.password }),
    });
    const cookie = signUp.headers['set-cookie']?.toString().split(';')[0] ?? '';
    sam = clientFor(app, signUp.json().account.id, cookie, signUp.json().csrfToken);
    const url = paths(sam.personId);
    await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: CANARY.email, password: CANARY.password },
    });
    await app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: CANARY.email, password: `${CANARY.password}x` },
    });
    await sam.request({
      method: 'PUT',
      url: url.aboutMe,
      headers: ifMatch(0),
      payload: anAboutMe({ strengths: CANARY.sentence }),
    });
    await sam.request({ method: 'POST', url: url.goals, payload: aGoal({ title: CANARY.title }) });
    await sam.request({
      method: 'POST',
      url: url.goals,
      payload: aGoal({ why: `${CANARY.sentence}${'x'.repeat(20_001)}` }),
    });
    await sam.request({
      method: 'POST',
      url: url.goals,
      payload: `{"title": "${CANARY.sentence}`,
      headers: { 'content-type': 'application/json' },
    });
    await sam.request({ method: 'GET', url: `${url.goals}?deleted=false&q=${CANARY.query}` });
    await sam.request({ method: 'GET', url: '/api/test/fail' });
  });
  afterAll(async () => {
    await app.close();
    await store.close();
  });

  it('logs each request by method, route pattern and status', () => {
    const entries = lines.map((line) => JSON.parse(line));
    const routes = entries
      .filter((e) => e.msg === 'incoming request')
      .map((e) => `${e.req.method} ${e.req.route}`);
    expect(routes).toContain('PUT /api/people/:personId/about-me');
    expect(routes).toContain('POST /api/auth/sign-in');
    const statuses = entries
      .filter((e) => e.msg === 'request completed')
      .map((e) => e.res.statusCode);
    expect(statuses).toEqual(expect.arrayContaining([201, 200, 401, 400, 500]));
    expect(entries.every((e) => typeof e.reqId === 'string' || e.reqId === undefined)).toBe(true);
  });

  it('logs an unexpected error by its kind and where it happened', () => {
    const failure = lines.map((line) => JSON.parse(line)).find((e) => e.msg === 'unexpected error');
    expect(failure?.err).toMatchObject({
      type: 'Error',
      stack: expect.stringContaining('logging.int.test.ts'),
    });
  });

  it('never logs what was written, passwords, email addresses, cookies or CSRF tokens', () => {
    const log = lines.join('\n');
    const secrets = {
      ...CANARY,
      cookie: sam.cookie.split('=')[1] ?? '',
      csrf: sam.csrfToken,
    };
    for (const [name, secret] of Object.entries(secrets)) {
      expect(secret.length, name).toBeGreaterThan(10);
      expect(log.includes(secret), `${name} appears in the log`).toBe(false);
    }
  });
});
