// A report's pair counts from the kept counts (decision 0055) when its period is kept and it is
// of a whole service: three reads of a few thousand rows at most, whatever the number of people.
// Otherwise (a team's report, a period of other than 12 months, counts not yet filled) from the
// people (outcomes.repo.ts readOutcomeInput), which the kept counts always equal.
import type { Kysely } from 'kysely';
import {
  keptPeriodEnd,
  keptPeriodStart,
  serviceScope,
} from '../../../domain/outcomes/kept-periods.ts';
import {
  type OutcomeInput,
  type OutcomePeriod,
  type OutcomeScope,
  seriesOfPairs,
} from '../../../domain/outcomes/report-input.ts';
import type { Database } from '../../store/schema.ts';
import { readOutcomeInput } from './outcomes.repo.ts';

export async function countsReady(db: Kysely<Database>): Promise<boolean> {
  const row = await db
    .selectFrom('outcome_count_state')
    .select('ready')
    .where('id', '=', 1)
    .executeTakeFirst();
  return row?.ready === 1;
}

/** A whole service's report input for the kept period starting `from`, from the counts. */
export async function readCountedInput(
  db: Kysely<Database>,
  serviceId: string,
  from: string,
): Promise<OutcomeInput> {
  const scope = serviceScope(serviceId);
  const pairs = await db
    .selectFrom('outcome_pair_count')
    .select(['series', 'first_value', 'latest_value', 'people'])
    .where('scope', '=', scope)
    .where('from_month', '=', from)
    .where('people', '>', 0)
    .orderBy('series')
    .orderBy('first_value')
    .orderBy('latest_value')
    .execute();
  const people = await db
    .selectFrom('outcome_member_count')
    .select((eb) => eb.fn.sum<number | string | null>('people').as('n'))
    .where('scope', '=', scope)
    .where('from_month', '<=', keptPeriodEnd(from))
    .where('to_month', '>=', from)
    .executeTakeFirst();
  const tallies = await db
    .selectFrom('outcome_period_count')
    .select(['goals_set', 'goals_achieved', 'reviews_held'])
    .where('scope', '=', scope)
    .where('from_month', '=', from)
    .executeTakeFirst();
  return {
    peopleCounted: Number(people?.n ?? 0),
    series: seriesOfPairs(
      pairs.map((row) => ({
        series: row.series,
        first: row.first_value,
        latest: row.latest_value,
        people: row.people,
      })),
    ),
    goalsSet: Number(tallies?.goals_set ?? 0),
    goalsAchieved: Number(tallies?.goals_achieved ?? 0),
    reviewsHeld: Number(tallies?.reviews_held ?? 0),
  };
}

/** The report's input: from the counts when they are kept for it, else from the people. */
export async function readReportInput(
  db: Kysely<Database>,
  scope: OutcomeScope,
  period: OutcomePeriod,
  wholeService: boolean,
): Promise<OutcomeInput> {
  const from = keptPeriodStart(period);
  if (wholeService && from !== null && (await countsReady(db)))
    return readCountedInput(db, scope.serviceId, from);
  return readOutcomeInput(db, scope, period);
}
