// A service's outcome report (issue 16, decision 0053): counts over people who opted in, for a
// period, for one team or the whole service. First step: who may read it, decided by the one
// access model's decideOutcomeReport from what the store says of the caller; a refusal is the
// 404 of nothing there (or, for staff without a second factor, the 403 asking for one). Then the
// period's rules, the pair counts read from the reports database (only counts leave it, never a
// person), the smallest group the policy shows, and the report built by the pure builder.
// No person's record is read or shown, so nothing is written to anyone's access log.
import type { Kysely } from 'kysely';
import { decideOutcomeReport } from '../../../domain/access/outcome-reports.ts';
import type { AccountActor } from '../../../domain/access/policy.ts';
import { waitInWords } from '../../../domain/auth/sign-in-delay.ts';
import { AppError, notFound, RetryLaterError } from '../../../domain/errors.ts';
import { type MessageKey, t } from '../../../domain/i18n/translate.ts';
import { buildOutcomeReport, outcomeReportCsv } from '../../../domain/outcomes/build-report.ts';
import type { OutcomeReport } from '../../../domain/outcomes/report.schema.ts';
import { assertNoSmallGroup } from '../../../domain/outcomes/report-guards.ts';
import type { OutcomeReportQuery } from '../../../domain/outcomes/report-request.schema.ts';
import { assertReportPeriod } from '../../../domain/outcomes/report-request.ts';
import {
  type AddedMeasure,
  addedMeasureSeries,
  reportedSeries,
} from '../../../domain/outcomes/report-series.ts';
import { seriesName } from '../../../domain/outcomes/report-series-names.ts';
import {
  DEFAULT_SUPPRESSION_POLICY,
  type SuppressionPolicy,
} from '../../../domain/outcomes/suppression.ts';
import type { Database } from '../../store/schema.ts';
import { readReportInput } from './outcome-counts.repo.ts';
import type { ReportReadersRepo } from './report-readers.repo.ts';

/** Reports one account may ask for per minute: a page and its CSV, with room to spare. */
export const REPORTS_PER_MINUTE = 20;
const MINUTE_MS = 60_000;

export function createOutcomeReports(deps: {
  readers: ReportReadersRepo;
  /** Where the pair counts are read: the reports database (a replica) when there is one. */
  reportsDb: Kysely<Database>;
  /** Counts each account's report requests (features/limits/hit-counter.ts). */
  attempts: { hit(key: string, windowMs: number): Promise<{ hits: number; resetsInMs: number }> };
  /** Measures beyond the built-ins (the service's uploads, the operator's imports): each scale that says which way is better counts. */
  addedMeasuresOf: (serviceId: string) => Promise<AddedMeasure[]>;
  policy?: SuppressionPolicy;
}) {
  const policy = deps.policy ?? DEFAULT_SUPPRESSION_POLICY;

  /** A report reads many rows: each account may ask for a few a minute, on every server. */
  async function countRequest(accountId: string): Promise<void> {
    const { hits, resetsInMs } = await deps.attempts.hit(`outcome-report:${accountId}`, MINUTE_MS);
    if (hits > REPORTS_PER_MINUTE) {
      const wait = resetsInMs / 1000;
      throw new RetryLaterError('WM_RATE_LIMITED', wait, { wait: waitInWords(wait) });
    }
  }

  async function report(
    actor: AccountActor,
    serviceId: string,
    query: OutcomeReportQuery,
  ): Promise<OutcomeReport> {
    await countRequest(actor.accountId);
    const [staff, teamIds] = await Promise.all([
      deps.readers.staffOf(actor),
      deps.readers.teamIdsOf(serviceId),
    ]);
    const decision = decideOutcomeReport(staff, { serviceId, teamId: query.team ?? null }, teamIds);
    if (!decision.allowed)
      throw decision.refusal === 'second_factor_required'
        ? new AppError('WM_SECOND_FACTOR_REQUIRED')
        : notFound();
    assertReportPeriod(query.from, query.to);
    // A whole service's 12 months read kept counts; anything else its people (decision 0055).
    const [input, added] = await Promise.all([
      readReportInput(
        deps.reportsDb,
        decision.scope,
        { fromMonth: query.from, toMonth: query.to },
        query.team === undefined,
      ),
      deps.addedMeasuresOf(serviceId),
    ]);
    // Refused, not answered with stars: a filter narrowed until few are left could point at one.
    assertNoSmallGroup(input.peopleCounted, policy);
    const series = [...reportedSeries(), ...addedMeasureSeries(added)];
    return buildOutcomeReport(input, series, policy);
  }

  return {
    report,
    /** The same report as CSV, in the request's language. */
    async csv(actor: AccountActor, serviceId: string, query: OutcomeReportQuery): Promise<string> {
      const built = await report(actor, serviceId, query);
      return outcomeReportCsv(built, (key) =>
        key.includes(':') ? seriesName(key, t) : t(key as MessageKey),
      );
    },
  };
}

export type OutcomeReports = ReturnType<typeof createOutcomeReports>;
