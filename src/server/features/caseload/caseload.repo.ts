// The one count the caseload needs that is not a read of a record section: the suggestions
// waiting for each person from this practitioner or their team (decision 0044). Batched: one
// grouped, indexed query per few hundred people, whatever their number.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';

/** People per query: well under both databases' parameter limits. */
const CHUNK = 400;

export function createCaseloadRepo(db: Kysely<Database>) {
  return {
    /**
     * Pending suggestions per person, written by `accountId` or made through the team
     * connection given for that person. People with none are left out of the map.
     */
    async suggestionsWaiting(
      accountId: string,
      people: readonly { personId: string; relationshipId: string }[],
    ): Promise<Map<string, number>> {
      const counts = new Map<string, number>();
      for (let start = 0; start < people.length; start += CHUNK) {
        const some = people.slice(start, start + CHUNK);
        const rows = await db
          .selectFrom('suggestion')
          .select(['person_id', (eb) => eb.fn.countAll().as('n')])
          .where(
            'person_id',
            'in',
            some.map((p) => p.personId),
          )
          .where('status', '=', 'pending')
          .where((eb) =>
            eb.or([
              eb('author_id', '=', accountId),
              eb(
                'relationship_id',
                'in',
                some.map((p) => p.relationshipId),
              ),
            ]),
          )
          .groupBy('person_id')
          .execute();
        for (const row of rows) counts.set(row.person_id, Number(row.n));
      }
      return counts;
    },
  };
}

export type CaseloadRepo = ReturnType<typeof createCaseloadRepo>;
