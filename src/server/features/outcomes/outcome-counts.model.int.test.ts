// The kept outcome counts (decision 0055) always give what the report from people gives: random
// sequences of writes through the real routes (check-ins, rating sets, measure responses, goals
// and reviews made, edited, deleted and brought back, "for me only" on and off, the choice to
// count on and off, team connections starting and ending, time passing between them), on both
// databases, then every kept period of each service read both ways.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths } from '../../../domain/outcomes/kept-periods.ts';
import { aServiceAdmin, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import {
  aCountedPerson,
  type Done,
  type OutcomeCommand,
  outcomeCommand,
  runOutcomeCommands,
  startingValues,
} from '../../test/outcome-commands.ts';
import { countedAndFromPeople, keptPeriodsFrom } from '../../test/outcome-counts-check.ts';
import { aTeam } from '../../test/team-fixtures.ts';

const SEED = 160055;
const RUNS = 20;

describe.each(DIALECTS)('The kept outcome counts against the people on %s', (dialect) => {
  let t: TestApp;
  /** Two services: two teams of the first (someone in both counts once), one of the second. */
  const services: { serviceId: string; teamIds: string[]; codes: string[] }[] = [];
  beforeAll(async () => {
    t = await startTestApp(dialect);
    for (const teams of [2, 1]) {
      const admin = await aServiceAdmin(t, undefined, { secondFactor: true });
      const made = [];
      for (let i = 0; i < teams; i++) made.push(await aTeam(admin));
      services.push({
        serviceId: admin.serviceId,
        teamIds: made.map((team) => team.id),
        codes: made.map((team) => team.code),
      });
    }
  }, 60_000);
  afterAll(() => t.close());

  it('equals the report from people for every kept period, after every sequence of writes', async () => {
    const done = Object.fromEntries(outcomeCommandKinds.map((kind) => [kind, 0])) as Done;
    const firstMonth = addMonths(t.clock.now.toISOString().slice(0, 7), -17);
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...services.flatMap((s) => s.codes)),
        startingValues,
        fc.array(outcomeCommand, { minLength: 4, maxLength: 16 }),
        async (code, values, then) => {
          // A minute on for each new person: sign-ups are limited per minute, by the app's clock.
          t.clock.advanceMinutes(1);
          const person = await aCountedPerson(t);
          const commands: OutcomeCommand[] = [
            { kind: 'consent', on: true },
            { kind: 'join', team: 0 },
            ...values,
            ...then,
          ];
          const teams = services
            .filter((s) => s.codes.includes(code))
            .flatMap((s) => [code, ...s.codes.filter((other) => other !== code)])
            .map((c) => ({ code: c }));
          await runOutcomeCommands(t, person, teams, commands, done);
          const periods = keptPeriodsFrom(firstMonth, t.clock.now.toISOString().slice(0, 7));
          for (const service of services)
            for (const answer of await countedAndFromPeople(t.store.db, service, periods)) {
              expect(answer.counted, `${service.serviceId} from ${answer.from}`).toEqual(
                answer.fromPeople,
              );
              if (answer.fromPeople.series.length > 0) compared += 1;
            }
        },
      ),
      { numRuns: RUNS, seed: SEED, endOnFailure: true },
    );
    // The sequences did what they say: pairs were compared, and every kind of write happened.
    expect(compared, JSON.stringify(done)).toBeGreaterThan(RUNS);
    for (const kind of [
      'checkin',
      'rating',
      'measure',
      'goal',
      'review',
      'consent',
      'join',
      'leave',
      'time',
    ] as const)
      expect(done[kind], kind).toBeGreaterThan(0);
    // Tens of seconds alone; far longer while other test files share the machine's two cores.
  }, 600_000);
});

const outcomeCommandKinds: OutcomeCommand['kind'][] = [
  'checkin',
  'editCheckin',
  'deleteCheckin',
  'undeleteCheckin',
  'rating',
  'editRating',
  'deleteRating',
  'undeleteRating',
  'measure',
  'toggleMeasure',
  'goal',
  'achieveGoal',
  'deleteGoal',
  'undeleteGoal',
  'review',
  'consent',
  'join',
  'leave',
  'time',
];
