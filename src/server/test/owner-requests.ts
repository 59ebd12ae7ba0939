// Requests for every owner-only route into a person's record (their sharing settings, the
// single journal entries they share, the suggestions made to them, bringing a record in), made as that person would make them: a real relationship
// of theirs, a real journal entry, bodies they could send. The authorisation matrix replays
// them as everybody else.
import { randomUUID } from 'node:crypto';
import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import { sampleSnapshot } from '../../domain/fhir/sample-snapshot.ts';
import { toBundle } from '../../domain/fhir/to-bundle.ts';
import { hashToken, randomToken } from '../features/auth/tokens.ts';
import { ifMatch } from './api.ts';
import type { Client, TestApp } from './app-harness.ts';
import { aServiceAdmin, signUpAs } from './app-harness.ts';
import { aJournalEntry } from './checkin-fixtures.ts';
import type { RecordRequest } from './record-requests.ts';
import { aTeam, connectToTeam } from './team-fixtures.ts';

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
  'POST /api/people/:personId/api-tokens': () => ({
    name: 'Health app',
    scopes: ['patient/Goal.rs'],
    endsOn: '2026-12-31',
  }),
  'PUT /api/people/:personId/outcome-consent': () => ({ optedIn: true }),
  'POST /api/people/:personId/import': () =>
    toBundle(sampleSnapshot(), {
      now: new Date('2026-11-20T09:00:00Z'),
      baseUrl: 'https://a.example',
    }),
};

/** A pending invitation from the team to this person's email, and its link's token. */
async function anInvitation(t: TestApp, teamId: string, invitedBy: string): Promise<string> {
  const token = randomToken();
  const now = new Date();
  await t.store.db
    .insertInto('team_invitation')
    .values({
      id: randomUUID(),
      team_id: teamId,
      email: `invited-${randomUUID()}@example.com`,
      message: null,
      invited_by: invitedBy,
      token_hash: hashToken(token),
      created_at: now.toISOString(),
      expires_at: new Date(now.getTime() + 365 * 86_400_000).toISOString(),
      ended_at: null,
      outcome: null,
      answered_by: null,
    })
    .execute();
  return token;
}

/**
 * One service with two teams per test app, made once: the person is connected to the first
 * (which they may leave, alone or with its service) and may connect to the second by its code.
 */
const teamsOf = new WeakMap<
  TestApp,
  Promise<{
    serviceId: string;
    adminId: string;
    joined: string;
    open: string;
    invitingTeamIds: string[];
  }>
>();
function teamsFor(t: TestApp) {
  let made = teamsOf.get(t);
  if (!made) {
    made = (async () => {
      const admin = await aServiceAdmin(t);
      const joined = await aTeam(admin);
      const open = await aTeam(admin);
      // Teams that invite the person by email (decision 0050): one per invitation route, so
      // accepting one never stands in the way of another.
      const inviting = [await aTeam(admin), await aTeam(admin), await aTeam(admin)];
      return {
        serviceId: admin.serviceId,
        adminId: admin.personId,
        joined: joined.code,
        open: open.code,
        invitingTeamIds: inviting.map((team) => team.id),
      };
    })();
    teamsOf.set(t, made);
  }
  return made;
}

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
  // A team the person is connected to, and another they may connect to (decision 0040).
  const teams = await teamsFor(t);
  const teamConnection = await connectToTeam(person, teams.joined, { goals: 'view' });
  const [previewTeam, acceptTeam, declineTeam] = teams.invitingTeamIds as [string, string, string];
  const teamBodies: Record<string, object> = {
    'POST /api/people/:personId/teams/invitation/preview': {
      token: await anInvitation(t, previewTeam, teams.adminId),
    },
    'POST /api/people/:personId/teams/invitation': {
      token: await anInvitation(t, acceptTeam, teams.adminId),
      sections: { goals: 'view' },
      endsAt: null,
      advanceChoice: false,
    },
    'POST /api/people/:personId/teams/invitation/decline': {
      token: await anInvitation(t, declineTeam, teams.adminId),
    },
    'POST /api/people/:personId/teams/preview': { code: teams.open },
    'POST /api/people/:personId/teams': {
      code: teams.open,
      sections: { goals: 'view' },
      endsAt: null,
      advanceChoice: false,
    },
  };
  // A token the person gave an app (decision 0049), to revoke.
  const token = await person.request({
    method: 'POST',
    url: `/api/people/${person.personId}/api-tokens`,
    payload: { name: 'Health app', scopes: ['patient/*.rs'], endsOn: '2026-12-31' },
  });
  expect(token.statusCode, token.body).toBe(201);
  const tokenId: string = token.json().item.id;
  return ownerRoutes(t).map((route) => {
    const body =
      BODIES[`${route.method} ${route.url}`] ??
      (teamBodies[`${route.method} ${route.url}`]
        ? () => teamBodies[`${route.method} ${route.url}`] as object
        : undefined);
    const isSuggestion = route.url.includes('/suggestions/:id');
    const isTeam = route.url.includes('/teams/:relationshipId');
    return {
      route,
      realId: true,
      build: (personId: string): InjectOptions => ({
        method: route.method as InjectOptions['method'],
        url: route.url
          .replace(':personId', personId)
          .replace(':relationshipId', isTeam ? teamConnection : relationshipId)
          .replace(':serviceId', teams.serviceId)
          .replace(':tokenId', tokenId)
          .replace(':id', isSuggestion ? suggestionId : entryId),
        headers: route.url.endsWith('/accept') ? ifMatch(seen.version) : {},
        ...(body ? { payload: body(relationshipId) } : {}),
      }),
    };
  });
}
