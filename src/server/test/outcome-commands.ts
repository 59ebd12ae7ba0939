// Random writes that change what a person adds to outcome reports, sent through the real routes
// as a client would (decision 0055's model test): check-ins, rating sets, measure responses,
// goals and reviews, each made, edited, deleted and brought back, "for me only" on and off; the
// choice to count on and off; team connections starting and ending; and time passing, so
// connections start and end in different months. Moments are days before the app's clock.
import fc from 'fast-check';
import { ifMatch } from './api.ts';
import { type Client, signIn, type TestApp } from './app-harness.ts';
import { checkinUrls } from './checkin-fixtures.ts';
import { aGoal, aSignUp } from './fixtures.ts';
import { answersTo } from './measure-fixtures.ts';

const moment = fc.record({
  daysBack: fc.integer({ min: 0, max: 150 }),
  hours: fc.integer({ min: 1, max: 23 }),
});
const which = fc.nat({ max: 20 });
const scores = fc
  .subarray(['mood', 'hope', 'sleep'], { minLength: 1 })
  .chain((scales) =>
    fc
      .tuple(...scales.map(() => fc.integer({ min: 1, max: 7 })))
      .map((values) => Object.fromEntries(scales.map((scale, index) => [scale, values[index]]))),
  );

export const newCheckin = fc.record({
  kind: fc.constant('checkin' as const),
  at: moment,
  scores,
  forMeOnly: fc.boolean(),
});
const newMeasure = fc.record({
  kind: fc.constant('measure' as const),
  at: moment,
  items: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 }),
  forMeOnly: fc.boolean(),
});
const rating = fc.record({
  kind: fc.constantFrom('rating' as const, 'editRating' as const),
  which,
  at: moment,
  area: which,
  score: fc.integer({ min: 1, max: 7 }),
});

/** Each sequence starts with values of each kind, so later writes have pairs to move. */
export const startingValues = fc.tuple(
  newCheckin,
  newCheckin,
  newMeasure,
  newMeasure,
  rating,
  rating,
);

export const outcomeCommand = fc.oneof(
  newCheckin,
  fc.record({
    kind: fc.constant('editCheckin' as const),
    which,
    at: moment,
    scores,
    forMeOnly: fc.boolean(),
  }),
  fc.record({ kind: fc.constantFrom('deleteCheckin' as const, 'undeleteCheckin' as const), which }),
  rating,
  fc.record({ kind: fc.constantFrom('deleteRating' as const, 'undeleteRating' as const), which }),
  newMeasure,
  fc.record({ kind: fc.constant('toggleMeasure' as const), which }),
  fc.record({ kind: fc.constant('goal' as const), achieved: fc.boolean() }),
  fc.record({
    kind: fc.constantFrom('achieveGoal' as const, 'deleteGoal' as const, 'undeleteGoal' as const),
    which,
  }),
  fc.record({ kind: fc.constant('review' as const) }),
  fc.record({ kind: fc.constant('consent' as const), on: fc.boolean() }),
  fc.record({ kind: fc.constant('join' as const), team: which }),
  fc.record({ kind: fc.constant('leave' as const), which }),
  fc.record({ kind: fc.constant('time' as const), days: fc.integer({ min: 1, max: 40 }) }),
);
export type OutcomeCommand = typeof outcomeCommand extends fc.Arbitrary<infer C> ? C : never;

/** What a sequence did, so a test can show it did something. */
export type Done = Record<OutcomeCommand['kind'], number>;

/** A new person, signed up with a password the runner signs in with again after time passes. */
export async function aCountedPerson(t: TestApp): Promise<Client & { email: string }> {
  const input = aSignUp();
  const response = await t.app.inject({ method: 'POST', url: '/api/auth/sign-up', payload: input });
  if (response.statusCode !== 201) throw new Error(`sign-up: ${response.body}`);
  return { ...(await signIn(t.app, input.email, input.password)), email: input.email };
}

export async function runOutcomeCommands(
  t: TestApp,
  first: Client & { email: string },
  teams: readonly { code: string }[],
  commands: readonly OutcomeCommand[],
  done: Done,
): Promise<void> {
  let person: Client = first;
  const base = `/api/people/${person.personId}`;
  const urls = checkinUrls(person.personId);
  const ids = { checkins: [], ratings: [], responses: [], goals: [], links: [] } as Record<
    'checkins' | 'ratings' | 'responses' | 'goals' | 'links',
    string[]
  >;
  const send = async (method: string, url: string, payload?: object, version?: number) => {
    const response = await person.request({
      method: method as 'GET',
      url,
      ...(payload ? { payload } : {}),
      ...(version === undefined ? {} : { headers: ifMatch(version) }),
    });
    if (response.statusCode >= 500) throw new Error(`${method} ${url}: ${response.body}`);
    return response;
  };
  const versionOf = async (url: string) =>
    (await send('GET', url)).json() as { version: number; forMeOnly?: boolean };
  const pick = (list: string[], index: number) =>
    list.length ? list[index % list.length] : undefined;
  const at = (m: { daysBack: number; hours: number }) =>
    new Date(t.clock.now.getTime() - m.daysBack * 86_400_000 - m.hours * 3_600_000).toISOString();
  const made = (response: { statusCode: number; json(): unknown }, list?: string[]) => {
    if (response.statusCode !== 201) return false;
    const body = response.json() as { id?: string; relationshipId?: string };
    list?.push(body.id ?? body.relationshipId ?? '');
    return true;
  };
  const areas = (
    (await send('GET', `${base}/life-areas`)).json() as { items: { id: string }[] }
  ).items.map((area) => area.id);
  for (const c of commands) {
    let did = true;
    switch (c.kind) {
      case 'checkin': {
        const body = { takenAt: at(c.at), scores: c.scores, note: '', forMeOnly: c.forMeOnly };
        did = made(await send('POST', urls.checkins, body), ids.checkins);
        break;
      }
      case 'editCheckin':
      case 'deleteCheckin':
      case 'undeleteCheckin': {
        const id = pick(ids.checkins, c.which);
        if (!id) break;
        const { version } = await versionOf(urls.checkin(id));
        if (c.kind === 'editCheckin') {
          const body = { takenAt: at(c.at), scores: c.scores, note: '', forMeOnly: c.forMeOnly };
          await send('PUT', urls.checkin(id), body, version);
        } else if (c.kind === 'deleteCheckin')
          await send('DELETE', urls.checkin(id), undefined, version);
        else await send('POST', `${urls.checkin(id)}/undelete`, undefined, version);
        break;
      }
      case 'rating':
      case 'editRating': {
        const body = {
          date: at(c.at).slice(0, 10),
          ratings: [
            { lifeAreaId: areas[c.area % areas.length] ?? '', score: c.score, wantHelp: false },
          ],
        };
        const id = pick(ids.ratings, c.which);
        if (c.kind === 'rating' || !id)
          did = made(await send('POST', urls.ratings, body), ids.ratings);
        else await send('PUT', urls.rating(id), body, (await versionOf(urls.rating(id))).version);
        break;
      }
      case 'deleteRating':
      case 'undeleteRating': {
        const id = pick(ids.ratings, c.which);
        if (!id) break;
        const { version } = await versionOf(urls.rating(id));
        if (c.kind === 'deleteRating') await send('DELETE', urls.rating(id), undefined, version);
        else await send('POST', `${urls.rating(id)}/undelete`, undefined, version);
        break;
      }
      case 'measure': {
        const response = answersTo('phq-9', c.items, { authored: at(c.at) });
        const body = { measureId: 'phq-9', response, forMeOnly: c.forMeOnly };
        did = made(await send('POST', `${base}/measure-responses`, body), ids.responses);
        break;
      }
      case 'toggleMeasure': {
        const id = pick(ids.responses, c.which);
        if (!id) break;
        const url = `${base}/measure-responses/${id}`;
        const now = await versionOf(url);
        await send('PATCH', url, { forMeOnly: !now.forMeOnly }, now.version);
        break;
      }
      case 'goal': {
        const body = aGoal({ status: c.achieved ? 'achieved' : 'not_started' });
        did = made(await send('POST', `${base}/goals`, body), ids.goals);
        break;
      }
      case 'achieveGoal':
      case 'deleteGoal':
      case 'undeleteGoal': {
        const id = pick(ids.goals, c.which);
        if (!id) break;
        const url = `${base}/goals/${id}`;
        const { version } = await versionOf(url);
        if (c.kind === 'achieveGoal')
          await send('PUT', url, aGoal({ status: 'achieved' }), version);
        else if (c.kind === 'deleteGoal') await send('DELETE', url, undefined, version);
        else await send('POST', `${url}/undelete`, undefined, version);
        break;
      }
      case 'review':
        did = made(await send('POST', `${base}/reviews`, {}));
        break;
      case 'consent':
        await send('PUT', `${base}/outcome-consent`, { optedIn: c.on });
        break;
      case 'join': {
        const team = teams[c.team % teams.length];
        if (!team) break;
        const body = {
          code: team.code,
          sections: { measures: 'view' },
          endsAt: null,
          advanceChoice: false,
        };
        did = made(await send('POST', `${base}/teams`, body), ids.links);
        break;
      }
      case 'leave': {
        const id = pick(ids.links, c.which);
        did =
          id !== undefined && (await send('POST', `${base}/teams/${id}/leave`)).statusCode < 300;
        break;
      }
      case 'time':
        // Time passes: connections, goals and reviews fall in later months. Signed in again,
        // as the session has long gone idle.
        t.clock.advanceMinutes(c.days * 24 * 60);
        person = await signIn(t.app, first.email, 'a long enough password');
        break;
    }
    if (did) done[c.kind] += 1;
  }
}
