// However a body is built, the work it causes and the refusal it gets stay small. Every route
// that reads a JSON body is sent bodies nested 1,000 and 5,000 deep by its own signed-in owner
// (who may use every route but suggesting, which goes to someone with suggest on every section):
// each is refused with a short 400 and changes nothing. The routes
// come from the app itself, so a route added later is covered without touching this file.
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS } from '../../domain/record/sections.ts';
import { create, expectError, ifMatch, paths } from '../test/api.ts';
import {
  aSupporterOf,
  type Client,
  signUp,
  signUpAs,
  startTestApp,
  type TestApp,
} from '../test/app-harness.ts';
import { DIALECTS } from '../test/dialects.ts';
import { aGoal } from '../test/fixtures.ts';
import { aPhq9Answer } from '../test/measure-fixtures.ts';
import { personState } from '../test/person-state.ts';
import { recordRequests, supporterSpaceRoutes } from '../test/record-requests.ts';
import { JSON_LIMITS, withinJsonLimits } from './json-body.ts';

/** Fastify reads a body for every method but these. */
const takesBody = (method: string) => method !== 'GET' && method !== 'HEAD';
const SMALL = 4 * 1024;

const nestedObjects = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
const nestedArrays = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
/** A measure answer whose items hold items, `depth` times: the body the attack used. */
const nestedAnswer = (depth: number) =>
  JSON.stringify(aPhq9Answer()).replace(
    '"item":[',
    `"item":[${'{"linkId":"a","item":['.repeat(depth)}${']}'.repeat(depth)},`,
  );

describe('The JSON limits check', () => {
  it('counts levels and parts outside strings only', () => {
    expect(withinJsonLimits(nestedArrays(JSON_LIMITS.depth))).toBe(true);
    expect(withinJsonLimits(nestedArrays(JSON_LIMITS.depth + 1))).toBe(false);
    expect(withinJsonLimits(JSON.stringify({ text: '['.repeat(10_000) }))).toBe(true);
    expect(withinJsonLimits(JSON.stringify({ text: '\\"[[[[' }))).toBe(true);
    expect(withinJsonLimits(JSON.stringify(new Array(JSON_LIMITS.parts - 1).fill(1)))).toBe(true);
    expect(withinJsonLimits(JSON.stringify(new Array(JSON_LIMITS.parts + 1).fill(1)))).toBe(false);
  });
});

describe.each(DIALECTS)('Bounded work per request on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let requests: { name: string; options: InjectOptions; as: () => Client }[];
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    // Suggesting, and recording a view beside Sam's words, are for someone else (decisions 0029
    // and 0030): Jo may suggest on every section of Sam's.
    const jo = await aSupporterOf(t, sam.personId, {
      grants: SECTIONS.map((section) => ({ section, level: 'suggest', endsAt: null })),
    });
    // A supporter's own space is theirs alone (decision 0031): a supporter sends those.
    const spaceOwner = await signUpAs(t, 'supporter');
    const ownSpace = new Set(supporterSpaceRoutes(t).map((r) => `${r.method} ${r.url}`));
    // Record routes with the owner's real ids and versions, so each would otherwise succeed.
    const record = await recordRequests(t, sam);
    const byRoute = new Map(record.map((r) => [`${r.route.method} ${r.route.url}`, r]));
    requests = t.app.apiRoutes
      .filter((route) => takesBody(route.method))
      .map((route) => {
        const name = `${route.method} ${route.url}`;
        if (ownSpace.has(name)) {
          const url = route.url.replace(':personId', spaceOwner.personId);
          return {
            name,
            as: () => spaceOwner,
            options: { method: route.method as 'PUT', url, headers: ifMatch(0) },
          };
        }
        const known = byRoute.get(`${route.method} ${route.url}`);
        const options: InjectOptions = known
          ? known.build(sam.personId)
          : {
              method: route.method as InjectOptions['method'],
              // Sam's own settings routes (owner only): Sam's id, any other id.
              url: route.url
                .replace(':personId', sam.personId)
                .replace(/:\w+/g, () => crypto.randomUUID()),
            };
        const action = route.access.kind === 'record' ? route.access.action : null;
        const needsSuggest = action === 'suggest' || action === 'annotate';
        return {
          name: `${route.method} ${route.url}`,
          options,
          as: () => (needsSuggest ? jo : sam),
        };
      });
  });
  afterAll(() => t.close());

  it('finds the routes that read a body, sign-in and measure answers among them', () => {
    const names = requests.map((r) => r.name);
    expect(names).toContain('POST /api/auth/sign-in');
    expect(names).toContain('POST /api/people/:personId/measure-responses');
    expect(names.length).toBeGreaterThan(40);
  });

  for (const depth of [1_000, 5_000]) {
    // Over 40 routes, three bodies each, and the whole record read after every one: on a busy
    // 2-core machine running the rest of the suite beside it, more than the default 20 s.
    it(`refuses a body nested ${depth} deep on every such route, in a few lines, changing nothing`, {
      timeout: 60_000,
    }, async () => {
      const bodies = [nestedObjects(depth), nestedArrays(depth), nestedAnswer(depth)];
      const failures: string[] = [];
      // Nothing may change, so every answer is compared with the record as it was at the start.
      const before = await personState(t.store, sam.personId);
      for (const { name, options, as } of requests) {
        for (const payload of bodies) {
          const response = await as().request({
            ...options,
            headers: { ...(options.headers as object), 'content-type': 'application/json' },
            payload,
          });
          const code = response.json().error?.code;
          if (response.statusCode !== 400 || code !== 'WM_REQUEST_TOO_COMPLEX')
            failures.push(`${name}: ${response.statusCode} ${code}`);
          if (response.body.length > SMALL) failures.push(`${name}: ${response.body.length} bytes`);
          if (JSON.stringify(await personState(t.store, sam.personId)) !== JSON.stringify(before))
            failures.push(`${name}: changed what is stored`);
        }
      }
      expect(failures).toEqual([]);
      // Still signed in: sign-out refused the body too.
      const session = await sam.request({ method: 'GET', url: '/api/auth/session' });
      expect(session.statusCode).toBe(200);
      expect(session.json().account).not.toBeNull();
    });
  }

  it('reports at most 20 problems, with short field names, however many there are', async () => {
    // Someone new: the deep bodies above were sent as Sam.
    const person = await signUp(t.app);
    const goals = paths(person.personId).goals;
    const unknown = Object.fromEntries(
      Array.from({ length: 2_000 }, (_, i) => [`field${i}${'x'.repeat(400)}`, i]),
    );
    const response = await person.request({
      method: 'POST',
      url: goals,
      payload: { ...aGoal(), ...unknown },
    });
    const body = expectError(response, 400, 'WM_VALIDATION_FAILED');
    expect(body.error.fields).toHaveLength(20);
    for (const field of body.error.fields ?? [])
      expect(field.field.length).toBeLessThanOrEqual(200);
    expect(response.body.length).toBeLessThan(SMALL * 4);
  });

  it('refuses a wide, wrong measure answer within the limits in a few lines too', async () => {
    const person = await signUp(t.app);
    const answer = aPhq9Answer();
    const linkId = 'q'.repeat(300);
    const wide = {
      ...answer,
      response: {
        ...answer.response,
        item: Array.from({ length: 2_000 }, () => ({ linkId })),
      },
    };
    const before = await personState(t.store, person.personId);
    const url = `/api/people/${person.personId}/measure-responses`;
    const response = await person.request({ method: 'POST', url, payload: wide });
    const body = expectError(response, 400, 'WM_VALIDATION_FAILED');
    expect(body.error.fields?.length).toBeLessThanOrEqual(20);
    expect(response.body.length).toBeLessThan(SMALL * 4);
    expect(await personState(t.store, person.personId)).toEqual(before);
  });

  it('still takes answers with groups, well inside the limits', async () => {
    const person = await signUp(t.app);
    const url = `/api/people/${person.personId}/measure-responses`;
    const saved = await create(person, url, aPhq9Answer());
    expect(saved.id).toBeTruthy();
  });
});
