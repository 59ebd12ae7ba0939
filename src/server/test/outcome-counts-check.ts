// For tests of the kept outcome counts (decision 0055): every kept period's report input of a
// whole service read from the counts, beside the same read from its people.
import type { Kysely } from 'kysely';
import { addMonths } from '../../domain/outcomes/kept-periods.ts';
import type { OutcomeInput } from '../../domain/outcomes/report-input.ts';
import { readCountedInput } from '../features/outcomes/outcome-counts.repo.ts';
import { readOutcomeInput } from '../features/outcomes/outcomes.repo.ts';
import type { Database } from '../store/schema.ts';

/** Pairs in one order, whatever order the database sorted text in. */
const ordered = (input: OutcomeInput): OutcomeInput => ({
  ...input,
  series: [...input.series]
    .sort((a, b) => (a.series < b.series ? -1 : 1))
    .map((s) => ({
      ...s,
      pairs: [...s.pairs].sort((a, b) => a.first - b.first || a.latest - b.latest),
    })),
});

/** The kept periods whose first month is from `first` to `last`. */
export function keptPeriodsFrom(first: string, last: string): string[] {
  const periods: string[] = [];
  for (let month = first; month <= last; month = addMonths(month, 1)) periods.push(month);
  return periods;
}

/** For each period: [what the counts give, what the people give]. */
export async function countedAndFromPeople(
  db: Kysely<Database>,
  service: { serviceId: string; teamIds: readonly string[] },
  periods: readonly string[],
): Promise<{ from: string; counted: OutcomeInput; fromPeople: OutcomeInput }[]> {
  const answers = [];
  for (const from of periods) {
    const counted = await readCountedInput(db, service.serviceId, from);
    const fromPeople = await readOutcomeInput(db, service, {
      fromMonth: from,
      toMonth: addMonths(from, 11),
    });
    answers.push({ from, counted: ordered(counted), fromPeople: ordered(fromPeople) });
  }
  return answers;
}
