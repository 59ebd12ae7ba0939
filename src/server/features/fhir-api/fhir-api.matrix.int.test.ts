// The FHIR read API's authorisation matrix (decision 0049), generated from the routes the app
// really registers under /fhir/R4 (`app.fhirRoutes`): each is tried by every kind of caller,
// and each answer checked against the table below. Only a live token of the record's own
// person reads; a cookie never does, whoever it belongs to. A refusal of a token of another
// person is byte-identical to the answer for a person who does not exist, and every other
// refusal is the one 401. A route missing from the table fails the test by name.
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { comparable } from '../../test/api.ts';
import {
  type Client,
  signUp,
  signUpAs,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal } from '../../test/fixtures.ts';

const CALLERS = [
  'owner cookie',
  'other person cookie',
  'practitioner cookie',
  'signed out',
  'valid token',
  'token of another person',
  'revoked token',
] as const;
type Caller = (typeof CALLERS)[number];

/** The request for each route, into `personId`'s record, and who gets what. */
const ROUTES: Record<
  string,
  { url: (personId: string) => string; valid: number; others: 200 | 401 }
> = {
  '/fhir/R4/metadata': { url: () => '/fhir/R4/metadata', valid: 200, others: 200 },
  '/fhir/R4/Patient/:id/$everything': {
    url: (id) => `/fhir/R4/Patient/${id}/$everything`,
    valid: 200,
    others: 401,
  },
  '/fhir/R4/:type': { url: (id) => `/fhir/R4/Goal?patient=${id}`, valid: 200, others: 401 },
  '/fhir/R4/:type/:id': { url: (id) => `/fhir/R4/Patient/${id}`, valid: 200, others: 401 },
};

describe.each(DIALECTS)('The FHIR read API’s authorisation matrix on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let other: Client;
  let practitioner: Client;
  const tokens: Partial<Record<Caller, string>> = {};

  async function issue(client: Client) {
    const response = await client.request({
      method: 'POST',
      url: `/api/people/${client.personId}/api-tokens`,
      payload: { name: 'Health app', scopes: ['patient/*.rs'], endsOn: '2026-12-31' },
    });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as { token: string; item: { id: string } };
  }

  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = await signUp(t.app);
    other = await signUp(t.app);
    practitioner = await signUpAs(t, 'practitioner');
    const goal = await owner.request({
      method: 'POST',
      url: `/api/people/${owner.personId}/goals`,
      payload: aGoal(),
    });
    expect(goal.statusCode).toBe(201);
    tokens['valid token'] = (await issue(owner)).token;
    tokens['token of another person'] = (await issue(other)).token;
    const revoked = await issue(owner);
    const gone = await owner.request({
      method: 'DELETE',
      url: `/api/people/${owner.personId}/api-tokens/${revoked.item.id}`,
    });
    expect(gone.statusCode).toBe(204);
    tokens['revoked token'] = revoked.token;
  }, 60_000);
  afterAll(() => t?.close());

  function send(caller: Caller, options: InjectOptions): Promise<LightMyRequestResponse> {
    if (caller === 'owner cookie') return owner.request(options);
    if (caller === 'other person cookie') return other.request(options);
    if (caller === 'practitioner cookie') return practitioner.request(options);
    const token = tokens[caller];
    return t.app.inject({
      ...options,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    });
  }

  it('has a row for every route under /fhir/R4, each with an access rule', () => {
    const registered = [...new Set(t.app.fhirRoutes.map((route) => route.url))];
    expect(registered.sort()).toEqual(Object.keys(ROUTES).sort());
    for (const route of t.app.fhirRoutes)
      expect(route.access.kind, route.url).toBe(
        route.url === '/fhir/R4/metadata' ? 'public' : 'fhir-token',
      );
  });

  it('lets only a live token of the record’s own person read, and refuses everyone else alike', async () => {
    const logBefore = await t.store.db
      .selectFrom('access_log')
      .select('seq')
      .where('person_id', '=', owner.personId)
      .execute();
    let refusals = 0;
    for (const route of t.app.fhirRoutes) {
      const row = ROUTES[route.url];
      if (!row) throw new Error(`${route.url} has no row`);
      const method = route.method as InjectOptions['method'];
      for (const caller of CALLERS) {
        const where = `${caller}: ${route.method} ${route.url}`;
        const answer = await send(caller, { method, url: row.url(owner.personId) });
        const expected =
          caller === 'valid token'
            ? row.valid
            : caller === 'token of another person' && row.others === 401
              ? 404
              : row.others;
        expect.soft(answer.statusCode, `${where}: ${answer.body}`).toBe(expected);
        if (expected === 404) {
          const nobody = await send(caller, { method, url: row.url(crypto.randomUUID()) });
          expect(comparable(answer), `${where}: unlike a record that is not there`).toEqual(
            comparable(nobody),
          );
        }
        if (expected === 401) {
          const signedOut = await send('signed out', { method, url: row.url(owner.personId) });
          expect(comparable(answer), `${where}: unlike being signed out`).toEqual(
            comparable(signedOut),
          );
          refusals += 1;
        }
      }
    }
    expect(refusals).toBeGreaterThan(0);
    // The valid token's reads are logged (one per section per read); nobody else's are.
    const logAfter = await t.store.db
      .selectFrom('access_log')
      .select(['actor_role'])
      .where('person_id', '=', owner.personId)
      .where('seq', '>', logBefore.length)
      .execute();
    expect(logAfter.length).toBeGreaterThan(0);
    expect(new Set(logAfter.map((entry) => entry.actor_role))).toEqual(new Set(['api_token']));
  });
});
