// Requests for every owner-only route into a person's record (their sharing settings, the
// single journal entries they share, the suggestions made to them, bringing a record in), made as that person would make them: a real relationship
// of theirs, a real journal entry, bodies they could send. The authorisation matrix replays
// them as everybody else.
import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import { sampleSnapshot } from '../../domain/fhir/sample-snapshot.ts';
import { toBundle } from '../../domain/fhir/to-bundle.ts';
import { ifMatch } from './api.ts';
import type { Client, TestApp } from './app-harness.ts';
import { signUpAs } from './app-harness.ts';
import { aJournalEntry } from './checkin-fixtures.ts';
import type { RecordRequest } from './record-requests.ts';

/** The body each owner-only write needs; a route not listed here is sent without one. */
const BODIES: Record<string, (relationshipId: string) => object> = {
  'PUT /api/people/:personId/sharing/:relationshipId': () => ({
    sections: { goals: 'view' },
    endsAt: null,
    advanceChoice: false,
    tellThem: false,
  }),
  'DELETE /api/people/:personId/sharing/:relationshipId': () => ({ tellThem: false }),
  'POST /api/people/:personId/sharing/pause': () => ({ emergencyLinks: false }),
  'POST /api/people/:personId/journal/:id/share': (relationshipId) => ({ relationshipId }),
  'POST /api/people/:personId/suggestions/:id/accept': () => ({ reply: 'Thank you' }),
  'POST /api/people/:personId/suggestions/:id/decline': () => ({ reply: 'Not now' }),
  'POST /api/people/:personId/import': () =>
    toBundle(sampleSnapshot(), {
      now: new Date('2026-11-20T09:00:00Z'),
      baseUrl: 'https://a.example',
    }),
};

export const ownerRoutes = (t: TestApp) =>
  t.app.apiRoutes.filter((r) => r.url.includes(':personId') && r.access.kind === 'owner');

/** Gives the person a relationship (Jo, view on goals) and a journal entry to share. */
export async function ownerRequests(t: TestApp, person: Client): Promise<RecordRequest[]> {
  const jo = await signUpAs(t, 'supporter');
  const relationshipId = await t.services.sharing.createRelationship({
    personId: person.personId,
    accountId: jo.personId,
    role: 'friend',
    knownAs: 'Jo',
    grants: [{ section: 'goals', level: 'view', endsAt: null }],
  });
  const entry = await person.request({
    method: 'POST',
    url: `/api/people/${person.personId}/journal`,
    payload: aJournalEntry({ text: 'One to share' }),
  });
  expect(entry.statusCode, entry.body).toBe(201);
  const entryId: string = entry.json().id;
  // A suggestion for the person to decide on: Kim, who may suggest on About me, proposes one.
  const kim = await signUpAs(t, 'supporter');
  await t.services.sharing.createRelationship({
    personId: person.personId,
    accountId: kim.personId,
    role: 'friend',
    knownAs: 'Kim',
    grants: [{ section: 'about_me', level: 'suggest', endsAt: null }],
  });
  const aboutMe = `/api/people/${person.personId}/about-me`;
  const seen = (await person.request({ method: 'GET', url: aboutMe })).json();
  const suggested = await kim.request({
    method: 'POST',
    url: `/api/people/${person.personId}/suggestions/about-me`,
    payload: {
      itemId: null,
      baseVersion: seen.version,
      data: { ...seen.data, values: 'Kindness' },
    },
  });
  expect(suggested.statusCode, suggested.body).toBe(201);
  const suggestionId: string = suggested.json().id;
  return ownerRoutes(t).map((route) => {
    const body = BODIES[`${route.method} ${route.url}`];
    const isSuggestion = route.url.includes('/suggestions/:id');
    return {
      route,
      realId: true,
      build: (personId: string): InjectOptions => ({
        method: route.method as InjectOptions['method'],
        url: route.url
          .replace(':personId', personId)
          .replace(':relationshipId', relationshipId)
          .replace(':id', isSuggestion ? suggestionId : entryId),
        headers: route.url.endsWith('/accept') ? ifMatch(seen.version) : {},
        ...(body ? { payload: body(relationshipId) } : {}),
      }),
    };
  });
}
