// The teams a staff account is in now (decision 0040): their membership not removed, the team not
// archived, their practitioner account and the service not turned off. Only through these does a
// team connection give them anything. The access context's one query (sharing/access-context.ts)
// says the same in its own compiled SQL; keep the two alike.
import type { Kysely } from 'kysely';
import type { Database } from '../../store/schema.ts';

/** team_member (tm), team (t), staff_member (sm) and service (sv), narrowed to "in it now". */
export function teamsInNow(db: Kysely<Database>, accountId: string) {
  return db
    .selectFrom('team_member as tm')
    .innerJoin('team as t', 't.id', 'tm.team_id')
    .innerJoin('staff_member as sm', (join) =>
      join.onRef('sm.account_id', '=', 'tm.account_id').onRef('sm.service_id', '=', 't.service_id'),
    )
    .innerJoin('service as sv', 'sv.id', 't.service_id')
    .where('tm.account_id', '=', accountId)
    .where('tm.removed_at', 'is', null)
    .where('t.archived_at', 'is', null)
    .where('sm.role', '=', 'practitioner')
    .where('sm.disabled_at', 'is', null)
    .where('sv.disabled_at', 'is', null);
}
