// A person's rows as the kept outcome counts read them (decision 0055): their team connections
// by service, monthly values, goals and live reviews' months, for one person (a write) or many
// at once (a refill), and their part of the counts worked out from them.
import type { Kysely, Transaction } from 'kysely';
import {
  addMonths,
  KEPT_PERIOD_MONTHS,
  keptPeriodsHolding,
} from '../../../domain/outcomes/kept-periods.ts';
import {
  type GoalMonths,
  type OutcomeCounts,
  personOutcomeCounts,
  type TeamLink,
} from '../../../domain/outcomes/outcome-counts.ts';
import {
  monthOf,
  type OutcomeMonthValue,
  type SeriesKind,
} from '../../../domain/outcomes/outcome-values.ts';
import type { Database, OutcomeValueTable } from '../../store/schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** What a write may change of the person's part; only that is read, before and after. */
export type CountedPart = {
  /** Monthly values of one kind (or all), in these months (or all). */
  values?: { kind?: SeriesKind; months?: readonly string[] };
  goals?: boolean;
  reviews?: boolean;
  /** Their consent or team connections: whether, and where, they count at all. */
  members?: boolean;
};

/** The person's team connections, ended ones too, by their teams' services. */
export async function teamLinksOf(
  db: Db,
  personIds: readonly string[],
): Promise<(TeamLink & { personId: string })[]> {
  if (personIds.length === 0) return [];
  const rows = await db
    .selectFrom('relationship as r')
    .innerJoin('team as t', 't.id', 'r.team_id')
    .select(['r.person_id', 't.service_id', 'r.created_at', 'r.ended_at'])
    .where('r.person_id', 'in', [...personIds])
    .execute();
  return rows.map((row) => ({
    personId: row.person_id,
    serviceId: row.service_id,
    createdAt: row.created_at,
    endedAt: row.ended_at,
  }));
}

/** A stored monthly value row as the counts' arithmetic reads it. */
export const asMonthValue = (row: OutcomeValueTable): OutcomeMonthValue => ({
  series: row.series,
  month: row.month,
  firstAt: row.first_at,
  firstValue: row.first_value,
  lastAt: row.last_at,
  lastValue: row.last_value,
});

export type PersonRows = {
  values: OutcomeMonthValue[];
  goals: GoalMonths[];
  reviewMonths: string[];
};

/** Monthly values, goals and live reviews' months of these people, for the parts asked. */
export async function outcomeRowsOf(
  db: Db,
  personIds: readonly string[],
  part: CountedPart,
): Promise<Map<string, PersonRows>> {
  const ids = [...personIds];
  const rows = new Map<string, PersonRows>();
  const of = (personId: string) => {
    let found = rows.get(personId);
    if (!found) {
      found = { values: [], goals: [], reviewMonths: [] };
      rows.set(personId, found);
    }
    return found;
  };
  if (part.values) {
    let query = db.selectFrom('outcome_value').selectAll().where('person_id', 'in', ids);
    const { kind, months } = part.values;
    if (kind) query = query.where('series', 'like', `${kind}:%`);
    if (months && months.length > 0) {
      const sorted = [...months].sort();
      query = query
        .where('month', '>=', addMonths(sorted[0] ?? '', 1 - KEPT_PERIOD_MONTHS))
        .where('month', '<=', addMonths(sorted[sorted.length - 1] ?? '', KEPT_PERIOD_MONTHS - 1));
    }
    for (const row of await query.execute()) of(row.person_id).values.push(asMonthValue(row));
  }
  if (part.goals)
    for (const goal of await db
      .selectFrom('outcome_goal')
      .select(['person_id', 'created_month', 'achieved_month'])
      .where('person_id', 'in', ids)
      .execute())
      of(goal.person_id).goals.push({
        createdMonth: goal.created_month,
        achievedMonth: goal.achieved_month,
      });
  if (part.reviews)
    for (const review of await db
      .selectFrom('review')
      .select(['person_id', 'created_at'])
      .where('person_id', 'in', ids)
      .where('deleted_at', 'is', null)
      .execute())
      of(review.person_id).reviewMonths.push(monthOf(review.created_at));
  return rows;
}

const NO_ROWS: PersonRows = { values: [], goals: [], reviewMonths: [] };

/** One person's part of the counts, from their rows read for `part`, added `into`. */
export function partOf(
  links: readonly TeamLink[],
  rows: PersonRows | undefined,
  part: CountedPart,
  into?: OutcomeCounts,
): OutcomeCounts {
  const { values, goals, reviewMonths } = rows ?? NO_ROWS;
  const months = part.values?.months;
  return personOutcomeCounts(
    {
      links,
      values: part.values
        ? { rows: values, ...(months ? { periods: keptPeriodsHolding(months) } : {}) }
        : undefined,
      goals: part.goals ? goals : undefined,
      reviewMonths: part.reviews ? reviewMonths : undefined,
      members: part.members,
    },
    into,
  );
}
