// The person's choice to count in their services' outcome reports (decision 0051). The OWNER
// rule of the routes has decided that the asker owns the record. A row in outcome_consent means
// "count me"; stopping deletes it, so every later report leaves them out. Each change is written
// to the person's own access log, as a change to who learns from their record.

import type { Kysely } from 'kysely';
import type { OutcomeConsent } from '../../../domain/outcomes/outcome-consent.schema.ts';
import type { Database } from '../../store/schema.ts';
import type { AccessLog } from '../sharing/access-log.ts';
import { EVERYTHING, withOutcomeCounts } from './outcome-counts.ts';

export function createOutcomeConsentService(
  db: Kysely<Database>,
  clock: () => Date,
  log: Pick<AccessLog, 'append'>,
) {
  async function read(personId: string): Promise<OutcomeConsent> {
    const row = await db
      .selectFrom('outcome_consent')
      .select('opted_in_at')
      .where('person_id', '=', personId)
      .executeTakeFirst();
    return { optedIn: row !== undefined, optedInAt: row?.opted_in_at ?? null };
  }

  return {
    read,

    /** Sets the choice; choosing what is already chosen changes nothing and logs nothing. */
    async choose(personId: string, optedIn: boolean): Promise<OutcomeConsent> {
      // The kept counts gain or lose everything the person adds, in the same transaction
      // (decision 0055): a report made after an opt-out leaves them out at once.
      const changed = await db.transaction().execute((trx) =>
        withOutcomeCounts(trx, personId, EVERYTHING, async () =>
          optedIn
            ? (
                await trx
                  .insertInto('outcome_consent')
                  .values({ person_id: personId, opted_in_at: clock().toISOString() })
                  .onConflict((oc) => oc.column('person_id').doNothing())
                  .executeTakeFirst()
              ).numInsertedOrUpdatedRows
            : (
                await trx
                  .deleteFrom('outcome_consent')
                  .where('person_id', '=', personId)
                  .executeTakeFirst()
              ).numDeletedRows,
        ),
      );
      if (Number(changed ?? 0) > 0)
        await log.append({
          personId,
          actorId: personId,
          actorName: '',
          actorRole: 'owner',
          relationshipId: null,
          what: optedIn ? 'outcomes_opted_in' : 'outcomes_opted_out',
          section: null,
          detail: {},
        });
      return read(personId);
    },
  };
}

export type OutcomeConsentService = ReturnType<typeof createOutcomeConsentService>;
