// The outcome rollup kept by the write paths is always the one a rebuild from scratch gives
// (decision 0051): random sequences of check-in, rating set, measure response and goal writes
// through the real routes (create, edit, delete, undo, restore an older version, "for me only"
// on and off, moving a value to another month), on both databases, then the person's rows are
// compared with those rebuilt from their records.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ifMatch } from '../../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { checkinUrls } from '../../test/checkin-fixtures.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal } from '../../test/fixtures.ts';
import { answersTo } from '../../test/measure-fixtures.ts';
import { rebuildPersonOutcomes } from './outcome-rollup.ts';

const SEED = 160051;
const RUNS = 25;
const MONTHS = ['2026-08', '2026-09', '2026-10', '2026-11'];
const SCALES = ['mood', 'hope', 'sleep'] as const;

const moment = fc
  .record({
    month: fc.constantFrom(...MONTHS),
    day: fc.integer({ min: 1, max: 20 }),
    hour: fc.integer({ min: 0, max: 23 }),
  })
  .map(
    ({ month, day, hour }) =>
      `${month}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00Z`,
  );
const scores = fc
  .subarray([...SCALES], { minLength: 1 })
  .chain((scales) =>
    fc
      .tuple(...scales.map(() => fc.integer({ min: 1, max: 7 })))
      .map((values) => Object.fromEntries(scales.map((scale, index) => [scale, values[index]]))),
  );
/** Which existing item a command acts on: taken modulo how many there are. */
const which = fc.nat({ max: 20 });

const newCheckin = fc.record({
  kind: fc.constant('checkin' as const),
  at: moment,
  scores,
  forMeOnly: fc.boolean(),
});
const newRating = fc.record({
  kind: fc.constant('rating' as const),
  at: moment,
  area: which,
  score: fc.integer({ min: 1, max: 7 }),
});
const newMeasure = fc.record({
  kind: fc.constant('measure' as const),
  at: moment,
  items: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 9, maxLength: 9 }),
  forMeOnly: fc.boolean(),
});
const newGoal = fc.record({ kind: fc.constant('goal' as const), achieved: fc.boolean() });
/** Each sequence starts with something of each kind to change. */
const starting = fc.tuple(newCheckin, newCheckin, newRating, newRating, newMeasure, newGoal);

const command = fc.oneof(
  newCheckin,
  fc.record({
    kind: fc.constant('editCheckin' as const),
    which,
    at: moment,
    scores,
    forMeOnly: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('deleteCheckin' as const), which }),
  fc.record({ kind: fc.constant('undeleteCheckin' as const), which }),
  fc.record({
    kind: fc.constant('rating' as const),
    at: moment,
    area: which,
    score: fc.integer({ min: 1, max: 7 }),
  }),
  fc.record({
    kind: fc.constant('editRating' as const),
    which,
    at: moment,
    area: which,
    score: fc.integer({ min: 1, max: 7 }),
  }),
  fc.record({ kind: fc.constant('deleteRating' as const), which }),
  fc.record({ kind: fc.constant('undeleteRating' as const), which }),
  fc.record({ kind: fc.constant('restoreRating' as const), which }),
  newMeasure,
  fc.record({ kind: fc.constant('toggleMeasure' as const), which }),
  newGoal,
  fc.record({
    kind: fc.constant('achieveGoal' as const),
    which,
    status: fc.constantFrom('achieved', 'in_progress'),
  }),
  fc.record({ kind: fc.constant('deleteGoal' as const), which }),
  fc.record({ kind: fc.constant('undeleteGoal' as const), which }),
);
type Command = typeof command extends fc.Arbitrary<infer C> ? C : never;

describe.each(DIALECTS)('The outcome rollup against a rebuild on %s', (dialect) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(() => t.close());

  async function run(person: Client, commands: Command[]) {
    const base = `/api/people/${person.personId}`;
    const urls = checkinUrls(person.personId);
    const ids = {
      checkins: [] as string[],
      ratings: [] as string[],
      responses: [] as string[],
      goals: [] as string[],
    };
    const send = (method: string, url: string, payload?: object, version?: number) =>
      person.request({
        method: method as 'GET',
        url,
        ...(payload ? { payload } : {}),
        ...(version === undefined ? {} : { headers: ifMatch(version) }),
      });
    /** The item's current version (and whether it is deleted), read as the web would. */
    const current = async (url: string) => {
      const response = await send('GET', url);
      const body = response.json() as { version: number; deletedAt?: string | null };
      return body;
    };
    const pick = (list: string[], index: number) =>
      list.length ? list[index % list.length] : undefined;
    const areas = (
      (await send('GET', `${base}/life-areas`)).json() as { items: { id: string }[] }
    ).items.map((a) => a.id);
    const created = (response: { statusCode: number; body: string }, list: string[]) => {
      expect(response.statusCode, response.body).toBe(201);
      list.push((JSON.parse(response.body) as { id: string }).id);
    };
    for (const c of commands) {
      switch (c.kind) {
        case 'checkin':
          created(
            await send('POST', urls.checkins, {
              takenAt: c.at,
              scores: c.scores,
              note: '',
              forMeOnly: c.forMeOnly,
            }),
            ids.checkins,
          );
          break;
        case 'editCheckin': {
          const id = pick(ids.checkins, c.which);
          if (!id) break;
          const now = await current(urls.checkin(id));
          await send(
            'PUT',
            urls.checkin(id),
            { takenAt: c.at, scores: c.scores, note: '', forMeOnly: c.forMeOnly },
            now.version,
          );
          break;
        }
        case 'deleteCheckin':
        case 'undeleteCheckin': {
          const id = pick(ids.checkins, c.which);
          if (!id) break;
          const now = await current(urls.checkin(id));
          if (c.kind === 'deleteCheckin')
            await send('DELETE', urls.checkin(id), undefined, now.version);
          else await send('POST', `${urls.checkin(id)}/undelete`, undefined, now.version);
          break;
        }
        case 'rating': {
          const area = areas[c.area % areas.length] ?? '';
          const payload = {
            date: c.at.slice(0, 10),
            ratings: [{ lifeAreaId: area, score: c.score, wantHelp: false }],
          };
          created(await send('POST', urls.ratings, payload), ids.ratings);
          break;
        }
        case 'editRating': {
          const id = pick(ids.ratings, c.which);
          if (!id) break;
          const area = areas[c.area % areas.length] ?? '';
          const now = await current(urls.rating(id));
          const payload = {
            date: c.at.slice(0, 10),
            ratings: [{ lifeAreaId: area, score: c.score, wantHelp: false }],
          };
          await send('PUT', urls.rating(id), payload, now.version);
          break;
        }
        case 'deleteRating':
        case 'undeleteRating':
        case 'restoreRating': {
          const id = pick(ids.ratings, c.which);
          if (!id) break;
          const now = await current(urls.rating(id));
          if (c.kind === 'deleteRating')
            await send('DELETE', urls.rating(id), undefined, now.version);
          else if (c.kind === 'undeleteRating')
            await send('POST', `${urls.rating(id)}/undelete`, undefined, now.version);
          else
            await send('POST', `${urls.rating(id)}/history/restore`, { version: 1 }, now.version);
          break;
        }
        case 'measure':
          created(
            await send('POST', `${base}/measure-responses`, {
              measureId: 'phq-9',
              response: answersTo('phq-9', c.items, { authored: c.at }),
              forMeOnly: c.forMeOnly,
            }),
            ids.responses,
          );
          break;
        case 'toggleMeasure': {
          const id = pick(ids.responses, c.which);
          if (!id) break;
          const url = `${base}/measure-responses/${id}`;
          const now = (await current(url)) as { version: number; forMeOnly?: boolean };
          await send('PATCH', url, { forMeOnly: !now.forMeOnly }, now.version);
          break;
        }
        case 'goal':
          created(
            await send(
              'POST',
              `${base}/goals`,
              aGoal({ status: c.achieved ? 'achieved' : 'not_started' }),
            ),
            ids.goals,
          );
          break;
        case 'achieveGoal':
        case 'deleteGoal':
        case 'undeleteGoal': {
          const id = pick(ids.goals, c.which);
          if (!id) break;
          const url = `${base}/goals/${id}`;
          const now = await current(url);
          if (c.kind === 'achieveGoal')
            await send('PUT', url, aGoal({ status: c.status }), now.version);
          else if (c.kind === 'deleteGoal') await send('DELETE', url, undefined, now.version);
          else await send('POST', `${url}/undelete`, undefined, now.version);
          break;
        }
      }
    }
  }

  async function rowsOf(personId: string) {
    const values = await t.store.db
      .selectFrom('outcome_value')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('series')
      .orderBy('month')
      .execute();
    const goals = await t.store.db
      .selectFrom('outcome_goal')
      .selectAll()
      .where('person_id', '=', personId)
      .orderBy('goal_id')
      .execute();
    return { values, goals };
  }

  /** A new person makes `commands`; their kept rows must be those a rebuild gives. */
  async function keptAgainstRebuild(commands: Command[]) {
    // A minute on for each new person: sign-ups are limited per minute, by the app's clock.
    t.clock.advanceMinutes(1);
    const person = await signUp(t.app);
    await run(person, commands);
    const kept = await rowsOf(person.personId);
    await t.store.db.transaction().execute((trx) => rebuildPersonOutcomes(trx, person.personId));
    expect(kept).toEqual(await rowsOf(person.personId));
    return kept;
  }

  it('keeps, after every sequence of writes, exactly the rows a rebuild gives', async () => {
    let sequences = 0;
    let rows = 0;
    await fc.assert(
      fc.asyncProperty(starting, fc.array(command, { maxLength: 14 }), async (first, then) => {
        const kept = await keptAgainstRebuild([...first, ...then]);
        sequences += 1;
        rows += kept.values.length + kept.goals.length;
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    expect(sequences).toBe(RUNS);
    // The sequences did write rollup rows: the comparison is not between two empty tables.
    expect(rows).toBeGreaterThan(3 * RUNS);
    // About 10 s alone; far longer while other test files share the machine's two cores.
  }, 180_000);

  it('orders check-ins taken at the same instant by id, as a rebuild does', async () => {
    // Only new check-ins, at two instants that are each a month's first or last: every one after
    // the first ties on time with a stored end, holding some of the scales or others.
    const tied = fc.record({
      kind: fc.constant('checkin' as const),
      at: fc.constantFrom('2026-09-01T00:00:00Z', '2026-09-30T23:00:00Z'),
      scores,
      forMeOnly: fc.constant(false),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(tied, { minLength: 3, maxLength: 12 }), async (commands) => {
        await keptAgainstRebuild(commands);
      }),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
  }, 180_000);
});
