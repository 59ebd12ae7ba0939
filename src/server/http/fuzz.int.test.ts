// Fuzzing every route: thousands of generated and spoiled requests (fuzz-plans.ts), sent by
// the signed-in owner with a valid CSRF token, on both databases. Nothing may answer 5xx, and
// a request refused with a 4xx must leave everything the person has stored as it was. The
// routes come from the app itself, so a new route is fuzzed without touching this file. The
// seed is fixed and printed: FUZZ_SEED=<seed> replays a run exactly.
import fc from 'fast-check';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, clientFor, signUp, startTestApp, type TestApp } from '../test/app-harness.ts';
import { DIALECTS } from '../test/dialects.ts';
import { aSignUp } from '../test/fixtures.ts';
import { draws, type Plan, planAt } from '../test/fuzz-plans.ts';
import { describePlan, type Example, requestFor } from '../test/fuzz-requests.ts';
import { personState } from '../test/person-state.ts';
import { recordRequests } from '../test/record-requests.ts';

const SEED = Number(process.env.FUZZ_SEED ?? 20_261_129);
/** At least 5,000 requests in a run, shared between the databases available. */
const PER_DIALECT = Math.max(4_000, Math.ceil(5_000 / DIALECTS.length));
const readsBody = (method: string) => method !== 'GET' && method !== 'HEAD';
const PASSWORD = 'a long enough password';

/** A valid request for every API route: the record routes' own, and these for the rest. */
async function examples(t: TestApp, owner: Client, otherEmail: string): Promise<Example[]> {
  const record = await recordRequests(t, owner);
  const byRoute = new Map(record.map((r) => [`${r.route.method} ${r.route.url}`, r]));
  const others: Record<string, () => Partial<InjectOptions>> = {
    'POST /api/auth/sign-up': () => ({ payload: aSignUp() }),
    // Someone else's address: spoiled passwords must not slow the owner's own sign-in.
    'POST /api/auth/sign-in': () => ({ payload: { email: otherEmail, password: PASSWORD } }),
    'GET /api/measures/:id': () => ({ url: '/api/measures/phq-9' }),
  };
  return t.app.apiRoutes.map((route) => {
    const method = route.method as InjectOptions['method'];
    const known = byRoute.get(`${route.method} ${route.url}`);
    if (known) return { route, request: known.build(owner.personId) };
    const url = route.url
      .replace(':personId', owner.personId)
      .replace(/:\w+/g, () => crypto.randomUUID());
    return { route, request: { method, url, ...others[`${route.method} ${route.url}`]?.() } };
  });
}

/** A second session of the owner's, for sign-out, made through the service (no rate limit). */
async function anotherSession(t: TestApp, email: string): Promise<Client> {
  const session = await t.services.auth.signIn(
    { email, password: PASSWORD },
    { address: '127.0.0.1', deviceToken: undefined },
  );
  if (!('token' in session)) throw new Error('the fuzzed account has no second step');
  return clientFor(t.app, session.account.id, `waymark=${session.token}`, session.csrfToken);
}

describe.each(DIALECTS)('Fuzzing every route on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());

  it(`answers ${PER_DIALECT} spoiled requests without a 5xx, and no 4xx changes anything`, async () => {
    const email = aSignUp().email;
    const owner = await signUp(t.app, { email, password: PASSWORD });
    const other = await t.services.auth.signUp(aSignUp({ password: PASSWORD }));
    const routes = await examples(t, owner, other.account.email);
    let spare = await anotherSession(t, email);
    const schedule = routes.flatMap(({ route }, i) => (readsBody(route.method) ? [i, i] : [i]));
    const plans: Plan[] = fc
      .sample(draws, { seed: SEED, numRuns: PER_DIALECT })
      .map((draw, i) => planAt(i, schedule, draw));

    const failures: string[] = [];
    const counts = { requests: 0, ok: 0, refused: 0, serverErrors: 0, stateChanges: 0 };
    let before = await personState(t.store, owner.personId);
    for (const [i, plan] of plans.entries()) {
      const example = routes[plan.route] as Example;
      const signOut = example.route.url === '/api/auth/sign-out';
      // A second each, so any write shows in the stored times as well as the counts.
      t.clock.advanceMinutes(1 / 60);
      const response = await (signOut ? spare : owner).request(requestFor(example, plan));
      counts.requests++;
      const after = await personState(t.store, owner.personId);
      const where = `#${i} ${example.route.method} ${example.route.url} ${describePlan(plan)}`;
      if (response.statusCode >= 500) {
        counts.serverErrors++;
        failures.push(`${where} → ${response.statusCode} ${response.body.slice(0, 300)}`);
      } else if (response.statusCode >= 400) {
        counts.refused++;
        const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
        if (changed.length) {
          counts.stateChanges++;
          failures.push(`${where} → ${response.statusCode} but changed ${changed.join(', ')}`);
        }
      } else counts.ok++;
      if (signOut && response.statusCode < 300) spare = await anotherSession(t, email);
      before = after;
    }

    console.log(
      `fuzz ${dialect} seed ${SEED}: ${counts.requests} requests, ${counts.serverErrors} 5xx, ` +
        `${counts.stateChanges} state changes after a 4xx (${counts.ok} accepted, ${counts.refused} refused)`,
    );
    expect(failures).toEqual([]);
    expect(counts.requests).toBe(PER_DIALECT);
    // Spoiled keys such as __proto__ never reached a prototype.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // Some requests got through, so the fuzzing reached past validation into the services.
    expect(counts.ok).toBeGreaterThan(PER_DIALECT / 50);
  }, 600_000);
});
