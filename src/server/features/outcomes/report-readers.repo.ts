// Who is asking for an outcome report (decision 0053): what the store says of the caller, for the
// pure decideOutcomeReport, and the teams of the service asked for. Kysely queries only, on the
// main database (who may read is decided on the primary, never on a replica that may lag).
import { type Kysely, sql } from 'kysely';
import type { ReportStaff } from '../../../domain/access/outcome-reports.ts';
import type { AccountActor } from '../../../domain/access/policy.ts';
import type { Database } from '../../store/schema.ts';
import { hasSecondFactor, isOn } from '../second-factor/has-second-factor.ts';
import { adminServiceOf } from '../services/teams.repo.ts';
import { teamsInNow } from '../team-connections/teams-now.ts';

export function createReportReadersRepo(db: Kysely<Database>) {
  return {
    /** The caller as decideOutcomeReport needs them: three indexed lookups by their account. */
    async staffOf(actor: AccountActor): Promise<ReportStaff> {
      const accountId = actor.accountId;
      const [admin, leads, factor] = await Promise.all([
        adminServiceOf(db, accountId),
        // "In the team now" exactly as the access context says it (teams-now.ts), and its lead.
        teamsInNow(db, accountId)
          .where('tm.lead', '=', 1)
          .select(['t.id as team_id', 't.service_id'])
          .execute(),
        db
          .selectFrom('account')
          .select(hasSecondFactor(sql.ref('account.id')).as('on'))
          .where('account.id', '=', accountId)
          .executeTakeFirst(),
      ]);
      return {
        actor,
        adminOf: admin ?? null,
        leads: leads.map((lead) => ({ teamId: lead.team_id, serviceId: lead.service_id })),
        secondFactor: isOn(factor?.on),
      };
    },

    /** Every team of the service, archived ones too (a past period was theirs); none if no such service. */
    async teamIdsOf(serviceId: string): Promise<string[]> {
      const rows = await db
        .selectFrom('team')
        .select('id')
        .where('service_id', '=', serviceId)
        .orderBy('id')
        .execute();
      return rows.map((row) => row.id);
    },
  };
}

export type ReportReadersRepo = ReturnType<typeof createReportReadersRepo>;
