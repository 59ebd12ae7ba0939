// Several servers at once: two real server processes on one PostgreSQL schema, as behind a load
// balancer. Everything they must agree on (sessions, sign-out, the sign-in waits, the rate
// limits) lives in the database, so what happens on one holds on the other at its next request.
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPostgresSchema, DIALECTS } from '../test/dialects.ts';
import { aGoal, aSignUp } from '../test/fixtures.ts';
import { killHard, type ServerProcess, startServerProcess } from '../test/server-process.ts';

type Browser = { cookies: Map<string, string>; csrf: string; personId: string };

function cookieHeader(browser: Pick<Browser, 'cookies'>): string {
  return [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

async function post(server: ServerProcess, path: string, body: object, browser?: Browser) {
  return fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(browser ? { cookie: cookieHeader(browser), 'x-csrf-token': browser.csrf } : {}),
    },
    body: JSON.stringify(body),
  });
}

/** Signs up or in and keeps the cookies (session and known device) as a browser would. */
async function authenticate(server: ServerProcess, path: string, body: object): Promise<Browser> {
  const response = await post(server, path, body);
  expect(response.status, await response.clone().text()).toBeLessThan(300);
  const json = (await response.json()) as { account: { id: string }; csrfToken: string };
  const cookies = new Map(
    response.headers.getSetCookie().map((line) => {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      return [pair.slice(0, at), pair.slice(at + 1)] as [string, string];
    }),
  );
  return { cookies, csrf: json.csrfToken, personId: json.account.id };
}

const session = (server: ServerProcess, browser: Browser) =>
  fetch(`${server.url}/api/auth/session`, { headers: { cookie: cookieHeader(browser) } });

describe.skipIf(!DIALECTS.includes('postgres'))('Two servers on one PostgreSQL', () => {
  let a: ServerProcess;
  let b: ServerProcess;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const scratch = await createPostgresSchema();
    drop = scratch.drop;
    const env = {
      DATABASE_URL: scratch.url,
      SIGN_IN_FREE_FAILURES_PER_ACCOUNT: '1',
      WRITES_PER_MINUTE: '6',
    };
    // One after the other: the first start creates the tables.
    a = await startServerProcess(env);
    b = await startServerProcess(env);
  }, 60_000);

  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map((server) => killHard(server)));
    await drop?.();
  });

  it('accepts a session made on one server on the other, and its sign-out at once', async () => {
    const person = aSignUp();
    const onA = await authenticate(a, '/api/auth/sign-up', person);
    const there = await session(b, onA);
    expect(there.status).toBe(200);
    expect(((await there.json()) as { account: { email: string } }).account.email).toBe(
      person.email,
    );
    const goal = await post(b, `/api/people/${onA.personId}/goals`, aGoal(), onA);
    expect(goal.status).toBe(201);

    expect((await post(a, '/api/auth/sign-out', {}, onA)).status).toBe(204);
    // Signed out on A: B says at once that nobody is signed in, and refuses the write.
    const after = await session(b, onA);
    expect(after.status).toBe(200);
    expect(await after.json()).toEqual({ account: null, csrfToken: null });
    expect((await post(b, `/api/people/${onA.personId}/goals`, aGoal(), onA)).status).toBe(401);
  });

  it('makes failures on one server delay sign-in on the other, except from a known device', async () => {
    const person = aSignUp();
    const device = await authenticate(a, '/api/auth/sign-up', person);
    const wrong = { email: person.email, password: 'not the password at all' };
    // Fail on A, waiting out A's waits, until A asks for a wait of 4 seconds or more.
    let wait = 0;
    for (let attempts = 0; wait < 4; attempts += 1) {
      expect(attempts, 'A never asked for a wait of 4 seconds').toBeLessThan(20);
      const response = await post(a, '/api/auth/sign-in', wrong);
      if (response.status === 401) continue;
      expect(response.status).toBe(429);
      wait = Number(response.headers.get('retry-after'));
      if (wait < 4) await sleep(wait * 1000);
    }

    const onB = await post(b, '/api/auth/sign-in', {
      email: person.email,
      password: person.password,
    });
    expect(onB.status).toBe(429);
    expect(((await onB.json()) as { error: { code: string } }).error.code).toBe(
      'WM_AUTH_TOO_MANY_ATTEMPTS',
    );
    expect(Number(onB.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);

    const known = await fetch(`${b.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: `waymark-device=${device.cookies.get('waymark-device')}`,
      },
      body: JSON.stringify({ email: person.email, password: person.password }),
    });
    expect(known.status).toBe(200);
  });

  it("counts an account's writes on both servers against one limit", async () => {
    const writer = await authenticate(b, '/api/auth/sign-up', aSignUp());
    const goals = `/api/people/${writer.personId}/goals`;
    for (const server of [a, b, a, b, a, b])
      expect((await post(server, goals, aGoal(), writer)).status).toBe(201);
    const refused = await post(a, goals, aGoal(), writer);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await post(b, goals, aGoal(), writer)).status).toBe(429);
  });
});
