// Every API answer, whatever its status, must not be cached, sniffed, framed or referred on.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paths } from '../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../test/app-harness.ts';
import { DIALECTS } from '../test/dialects.ts';

describe.each(DIALECTS)('Security headers on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
  });
  afterAll(() => t.close());

  const requests: [string, (personId: string) => InjectOptions, number][] = [
    ['a read of the record', (id) => ({ method: 'GET', url: paths(id).aboutMe }), 200],
    ['a session check', () => ({ method: 'GET', url: '/api/auth/session' }), 200],
    ['an unknown API path', () => ({ method: 'GET', url: '/api/nothing-here' }), 404],
    ['a validation error', (id) => ({ method: 'POST', url: paths(id).goals, payload: {} }), 400],
    ['a broken URL', (id) => ({ method: 'GET', url: `${paths(id).goals}/%E0%A4%A` }), 400],
    [
      'a body too large',
      (id) => ({
        method: 'POST',
        url: paths(id).goals,
        payload: 'x'.repeat(1_100_000),
        headers: { 'content-type': 'application/json' },
      }),
      413,
    ],
  ];

  it.each(requests)(
    'sends no-store, nosniff, no framing and no referrer with %s',
    async (_, request, status) => {
      const response = await sam.request(request(sam.personId));
      expect(response.statusCode).toBe(status);
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['x-content-type-options']).toBe('nosniff');
      expect(response.headers['referrer-policy']).toBe('no-referrer');
      expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    },
  );

  it('answers a signed-out visitor without caching either', async () => {
    const response = await t.app.inject({ method: 'GET', url: paths(sam.personId).aboutMe });
    expect(response.statusCode).toBe(401);
    expect(response.headers['cache-control']).toBe('no-store');
  });
});
