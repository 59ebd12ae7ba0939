// Requests for every route into one person's record, as that person would really make them:
// real ids of their items and bodies they could send. The access tests replay these as other
// people. When you add a record collection, add a seed below so the owner has an item in it.
import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import { SUPPORTER_SECTIONS } from '../../domain/record/sections.ts';
import type { ApiRoute } from '../http/access.ts';
import { ifMatch } from './api.ts';
import type { Client, TestApp } from './app-harness.ts';
import { aCheckin, aJournalEntry } from './checkin-fixtures.ts';
import { aGoal, aLifeArea, aNote } from './fixtures.ts';
import { aPhq9Answer } from './measure-fixtures.ts';
import { aContact, PDF_BYTES, PNG_BYTES } from './plan-fixtures.ts';

/** What a seed's body may need from the owner's record. */
type SeedContext = { lifeAreaId: string };
type Seed = { route: string; body: (owner: SeedContext) => object; contentType?: string };

/** One item for each collection (a parent before its children). */
const SEEDS: Seed[] = [
  { route: '/api/people/:personId/life-areas', body: () => aLifeArea() },
  { route: '/api/people/:personId/goals', body: () => aGoal() },
  { route: '/api/people/:personId/goals/:goalId/notes', body: () => aNote() },
  { route: '/api/people/:personId/goals/:goalId/comments', body: () => ({ text: 'Well done' }) },
  { route: '/api/people/:personId/support-network', body: () => aContact() },
  { route: '/api/people/:personId/emergency-links', body: () => ({ expiresInHours: 24 }) },
  {
    route: '/api/people/:personId/invitations',
    body: () => ({ role: 'friend', knownAs: 'Jo', sections: { goals: 'view' } }),
  },
  { route: '/api/people/:personId/measure-responses', body: () => aPhq9Answer() },
  { route: '/api/people/:personId/checkins', body: () => aCheckin() },
  { route: '/api/people/:personId/journal', body: () => aJournalEntry() },
  { route: '/api/people/:personId/reviews', body: () => ({}) },
  {
    route: '/api/people/:personId/life-area-ratings',
    body: ({ lifeAreaId }) => ({
      date: '2026-11-24',
      ratings: [{ lifeAreaId, score: 5, wantHelp: false }],
    }),
  },
  {
    route: '/api/people/:personId/crisis-plan/documents',
    body: () => PDF_BYTES,
    contentType: 'application/pdf',
  },
  {
    route: '/api/people/:personId/safety-plan/photos',
    body: () => PNG_BYTES,
    contentType: 'image/png',
  },
];

/** Bodies of PUT routes that are settings, not versioned documents (no If-Match). */
const SETTINGS_BODIES: Record<string, object> = {
  '/api/people/:personId/staying-well-plan/alerts': { relationshipIds: [] },
};

/** Bodies of POST routes that add to a collection without being one (no seed, no If-Match). */
const ACTION_BODIES: Record<string, object> = {
  '/api/people/:personId/life-areas/framings': { framing: 'community', areas: ['faith'] },
};

/** Bodies of writes that name the version they read (If-Match 1) and are not whole items. */
const VERSIONED_BODIES: Record<string, object> = {
  '/api/people/:personId/reviews/:id/ratings': { ratedOn: '2026-11-24', lifeAreas: [], myCare: [] },
  '/api/people/:personId/reviews/:id/meeting': { meetingOn: null, nextReviewOn: null, areas: [] },
  '/api/people/:personId/reviews/:id/actions/:actionId/confirm': { goalId: null },
  '/api/people/:personId/reviews/:id/actions/:actionId/decline': {},
};

/** Query strings a route needs to be a real request. */
const QUERIES: Record<string, string> = {
  '/api/people/:personId/journal/search': '?q=heron',
};

export type RecordRequest = {
  route: ApiRoute;
  /** False when the owner has no item for the route's :id (it needs a seed). */
  realId: boolean;
  build(personId: string): InjectOptions;
};

/** Routes into a person's record (a supporter's own space is not one: see below). */
export const recordRoutes = (t: TestApp) =>
  t.app.apiRoutes.filter(
    (route) =>
      route.url.includes(':personId') &&
      route.access.kind === 'record' &&
      !isSupporterSection(route.access.section),
  );

/** Routes into a supporter's own space (decision 0031), tried by their own matrix case. */
export const supporterSpaceRoutes = (t: TestApp) =>
  t.app.apiRoutes.filter(
    (route) => route.access.kind === 'record' && isSupporterSection(route.access.section),
  );

const isSupporterSection = (section: string) =>
  (SUPPORTER_SECTIONS as readonly string[]).includes(section);

/**
 * The owner's data seeded, then a request for every record route, or only for the routes
 * `only` keeps (the same requests, built from the same data: a caller that needs one route of a
 * fresh record skips building the rest).
 */
export async function recordRequests(
  t: TestApp,
  owner: Client,
  only: (route: ApiRoute) => boolean = () => true,
): Promise<RecordRequest[]> {
  const routes = recordRoutes(t);
  const has = (method: string, url: string) =>
    routes.some((r) => r.method === method && r.url === url);
  let goalId = crypto.randomUUID();
  // A view's id in a route is never one of the owner's (they make none): the author-only
  // answers are tried with real views by the matrix's own case.
  const viewId = crypto.randomUUID();
  // An agreed action's id is never in the owner's seeded review (it has none): confirming and
  // declining real ones is tried by the reviews tests.
  const actionId = crypto.randomUUID();
  const fill = (url: string, personId: string, id = '') =>
    url
      .replace(':personId', personId)
      .replace(':goalId', goalId)
      .replace(':viewId', viewId)
      .replace(':actionId', actionId)
      .replace(':id', id);

  const lifeAreas = await owner.request({
    method: 'GET',
    url: `/api/people/${owner.personId}/life-areas`,
  });
  const seeded = new Map<string, { id: string; data?: object }>();
  const context: SeedContext = { lifeAreaId: lifeAreas.json().items[0].id };
  for (const seed of SEEDS.filter((s) => has('POST', s.route))) {
    const headers = seed.contentType ? { 'content-type': seed.contentType } : {};
    const url = fill(seed.route, owner.personId);
    const response = await owner.request({
      method: 'POST',
      url,
      headers,
      payload: seed.body(context),
    });
    expect(response.statusCode, `seeding ${seed.route}: ${response.body}`).toBe(201);
    seeded.set(seed.route, response.json());
    if (seed.route.endsWith('/goals')) goalId = response.json().id;
  }
  // Save each one-per-person document once, with its own empty data, so it has a version 1.
  const documents = routes.filter(
    (r) => r.method === 'PUT' && !r.url.includes(':id') && !(r.url in SETTINGS_BODIES),
  );
  for (const route of documents) {
    const url = fill(route.url, owner.personId);
    const data = (await owner.request({ method: 'GET', url })).json().data;
    const saved = await owner.request({ method: 'PUT', url, headers: ifMatch(0), payload: data });
    expect(saved.statusCode, `saving ${route.url}: ${saved.body}`).toBe(200);
  }

  const firstItem = async (collection: string) => {
    const response = await owner.request({ method: 'GET', url: collection });
    return response.statusCode === 200 ? response.json().items?.[0] : undefined;
  };
  const requests: RecordRequest[] = [];
  for (const route of routes.filter(only)) {
    const [collectionRoute = '', itemPart] = route.url.split('/:id');
    const collection = fill(collectionRoute, owner.personId);
    const item =
      itemPart === undefined
        ? undefined
        : (seeded.get(collectionRoute) ?? (await firstItem(collection)));
    const id: string = item?.id ?? crypto.randomUUID();
    let payload: object | undefined;
    let headers: Record<string, string> =
      route.method === 'GET' || route.method === 'HEAD' ? {} : ifMatch(1);
    const seed = SEEDS.find((s) => s.route === route.url);
    if (route.access.kind === 'record' && route.access.action === 'suggest') {
      // A suggestion on the item the section's own route serves: its words, as they are.
      const target = fill(route.url.replace('/suggestions/', '/'), owner.personId);
      const listed = await firstItem(target);
      const shown = listed ?? (await owner.request({ method: 'GET', url: target })).json();
      payload = {
        itemId: listed ? listed.id : null,
        baseVersion: shown.version,
        data: shown.data,
      };
      headers = {};
    } else if (route.access.kind === 'record' && route.access.action === 'annotate') {
      // A view beside the whole of what the owner saved (version 1 above); taking one back
      // needs no body.
      headers = {};
      if (route.method === 'POST') {
        payload = { part: '', version: 1, text: 'I see this a little differently' };
      }
    } else if (route.url in VERSIONED_BODIES) {
      payload = VERSIONED_BODIES[route.url];
    } else if (route.method === 'POST' && seed) {
      payload = seed.body(context);
      headers = seed.contentType ? { 'content-type': seed.contentType } : {};
    } else if (route.method === 'POST' && route.url in ACTION_BODIES) {
      payload = ACTION_BODIES[route.url];
      headers = {};
    } else if (route.method === 'PUT' && route.url in SETTINGS_BODIES) {
      payload = SETTINGS_BODIES[route.url];
      headers = {};
    } else if (route.url.endsWith('/history/restore')) payload = { version: 1 };
    else if (route.method === 'PUT' && itemPart !== undefined) payload = item?.data ?? {};
    else if (route.method === 'PUT') payload = (await firstDocument(owner, collection)) ?? {};
    else if (route.method === 'POST' && itemPart === undefined) payload = {};
    requests.push({
      route,
      realId: itemPart === undefined || item !== undefined,
      build: (personId) => ({
        method: route.method as InjectOptions['method'],
        url: fill(route.url, personId, id) + (QUERIES[route.url] ?? ''),
        headers,
        payload,
      }),
    });
  }
  return requests;
}

async function firstDocument(owner: Client, url: string): Promise<object | undefined> {
  const response = await owner.request({ method: 'GET', url });
  return response.statusCode === 200 ? response.json().data : undefined;
}
