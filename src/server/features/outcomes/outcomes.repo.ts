// The report's SQL (decision 0051): from the rollup, only aggregate counts for a team or a
// service over whole months; never a person's id, never a person's row. One query path for
// SQLite and PostgreSQL, without ROLLUP or GROUPING SETS (Citus has gaps there, decision 0054).
// `db` is the reports database: a replica when one is configured. It only reads.
import type { Kysely } from 'kysely';
import { nextMonth } from '../../../domain/outcomes/outcome-values.ts';
import {
  type OutcomeInput,
  type OutcomePeriod,
  type OutcomeScope,
  seriesOfPairs,
} from '../../../domain/outcomes/report-input.ts';
import type { Database } from '../../store/schema.ts';

const NOBODY: OutcomeInput = {
  peopleCounted: 0,
  series: [],
  goalsSet: 0,
  goalsAchieved: 0,
  reviewsHeld: 0,
};

/**
 * The people who count, once each however many of the report's teams they are in: opted in now,
 * and connected to one of the teams (of the service) at some time in the period: connected on
 * or before its last day and not ended before its first.
 */
function countedPeople(db: Kysely<Database>, scope: OutcomeScope, period: OutcomePeriod) {
  return db
    .selectFrom('relationship as r')
    .innerJoin('team as t', 't.id', 'r.team_id')
    .innerJoin('outcome_consent as c', 'c.person_id', 'r.person_id')
    .select('r.person_id')
    .distinct()
    .where('t.service_id', '=', scope.serviceId)
    .where('r.team_id', 'in', [...scope.teamIds])
    .where('r.created_at', '<', nextMonth(period.toMonth))
    .where((eb) => eb.or([eb('r.ended_at', 'is', null), eb('r.ended_at', '>=', period.fromMonth)]));
}

export async function readOutcomeInput(
  db: Kysely<Database>,
  scope: OutcomeScope,
  period: OutcomePeriod,
): Promise<OutcomeInput> {
  if (scope.teamIds.length === 0) return NOBODY;
  const { fromMonth, toMonth } = period;
  const end = nextMonth(toMonth);
  const counted = () => db.with('counted', () => countedPeople(db, scope, period));

  // Each person's first and last month with a value of each series in the period; their first
  // value is the first of the first month, their latest the last of the last month. Two values
  // at the same time are not a change: a pair needs first_at and last_at to differ.
  const pairs = await counted()
    .with('bounds', (w) =>
      w
        .selectFrom('outcome_value as v')
        .innerJoin('counted', 'counted.person_id', 'v.person_id')
        .select((eb) => [
          'v.person_id',
          'v.series',
          eb.fn.min('v.month').as('first_month'),
          eb.fn.max('v.month').as('last_month'),
        ])
        .where('v.month', '>=', fromMonth)
        .where('v.month', '<=', toMonth)
        .groupBy(['v.person_id', 'v.series']),
    )
    .selectFrom('bounds as b')
    .innerJoin('outcome_value as f', (join) =>
      join
        .onRef('f.person_id', '=', 'b.person_id')
        .onRef('f.series', '=', 'b.series')
        .onRef('f.month', '=', 'b.first_month'),
    )
    .innerJoin('outcome_value as l', (join) =>
      join
        .onRef('l.person_id', '=', 'b.person_id')
        .onRef('l.series', '=', 'b.series')
        .onRef('l.month', '=', 'b.last_month'),
    )
    .select((eb) => [
      'b.series',
      'f.first_value as first',
      'l.last_value as latest',
      eb.fn.countAll<number | string>().as('people'),
    ])
    .whereRef('f.first_at', '<>', 'l.last_at')
    .groupBy(['b.series', 'f.first_value', 'l.last_value'])
    .orderBy('b.series')
    .orderBy('f.first_value')
    .orderBy('l.last_value')
    .execute();

  const totals = await counted()
    .selectNoFrom((eb) => [
      eb.selectFrom('counted').select(eb.fn.countAll<number | string>().as('n')).as('people'),
      eb
        .selectFrom('outcome_goal as g')
        .innerJoin('counted', 'counted.person_id', 'g.person_id')
        .select(eb.fn.countAll<number | string>().as('n'))
        .where('g.created_month', '>=', fromMonth)
        .where('g.created_month', '<=', toMonth)
        .as('goals_set'),
      eb
        .selectFrom('outcome_goal as g')
        .innerJoin('counted', 'counted.person_id', 'g.person_id')
        .select(eb.fn.countAll<number | string>().as('n'))
        .where('g.achieved_month', '>=', fromMonth)
        .where('g.achieved_month', '<=', toMonth)
        .as('goals_achieved'),
      eb
        .selectFrom('review as v')
        .innerJoin('counted', 'counted.person_id', 'v.person_id')
        .select(eb.fn.countAll<number | string>().as('n'))
        .where('v.deleted_at', 'is', null)
        .where('v.created_at', '>=', fromMonth)
        .where('v.created_at', '<', end)
        .as('reviews_held'),
    ])
    .executeTakeFirstOrThrow();

  return {
    peopleCounted: Number(totals.people ?? 0),
    series: seriesOfPairs(pairs),
    goalsSet: Number(totals.goals_set ?? 0),
    goalsAchieved: Number(totals.goals_achieved ?? 0),
    reviewsHeld: Number(totals.reviews_held ?? 0),
  };
}
