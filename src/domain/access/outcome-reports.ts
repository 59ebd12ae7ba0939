// Who may read a service's outcome report, and for which teams (issue 16, decision 0053). Part of
// the one access model: a report holds no person's record, only counts over people who opted in,
// so it is not decided by `decide` (which is about one person's record) but here, from what the
// store says of the caller, by the same rules of who staff are. Pure: no I/O.
//
// - A service admin reads their own service's report: the whole service, or any one of its teams.
// - A team lead (a practitioner the admin marked as lead of a team they are in now) reads that
//   team's report, and nothing wider: not the whole service, not a team they do not lead.
// - Anyone else (practitioners who lead nothing, people, supporters, emergency links, apps with a
//   token) is refused with the same 404 as a service that is not there, so a report cannot be
//   used to learn which services or teams exist.
// - Staff without a confirmed second factor see nothing drawn from people's records until they
//   set one up (decision 0039), as on the caseload: 403 WM_SECOND_FACTOR_REQUIRED.
import { mustUseSecondFactor } from '../auth/staff.ts';
import { type Actor, isAccountActor } from './policy.ts';

/** What the store says of the caller, read once per report request. */
export type ReportStaff = {
  actor: Actor;
  /** The service the caller runs, as an enabled admin of an enabled service; else null. */
  adminOf: string | null;
  /**
   * The teams the caller leads now: a lead's membership, not ended, of a team not archived, as a
   * practitioner not turned off, of a service not turned off.
   */
  leads: readonly { teamId: string; serviceId: string }[];
  /** A confirmed authenticator app or a passkey (has-second-factor.ts). */
  secondFactor: boolean;
};

/** The report asked for: a service, and one of its teams or (null) the whole service. */
export type ReportRequest = { serviceId: string; teamId: string | null };

/** Every team of the service asked for (archived ones too: a past period was theirs). */
export type ServiceTeamIds = readonly string[];

export type OutcomeReportDecision =
  | {
      allowed: true;
      /** The teams whose people the report counts: one team, or every team of the service. */
      scope: { serviceId: string; teamIds: readonly string[] };
      /** The part the caller reads it in. */
      as: 'service_admin' | 'team_lead';
    }
  | { allowed: false; refusal: 'not_found' | 'second_factor_required' };

const NOT_FOUND: OutcomeReportDecision = { allowed: false, refusal: 'not_found' };

/** Deny by default: only a service's admin, or the lead of the team asked for, reads it. */
export function decideOutcomeReport(
  staff: ReportStaff,
  request: ReportRequest,
  serviceTeams: ServiceTeamIds,
): OutcomeReportDecision {
  const { actor } = staff;
  if (!isAccountActor(actor) || !mustUseSecondFactor(actor.role)) return NOT_FOUND;
  if (!staff.secondFactor) return { allowed: false, refusal: 'second_factor_required' };
  const { serviceId, teamId } = request;
  if (actor.role === 'service_admin') {
    if (staff.adminOf === null || staff.adminOf !== serviceId) return NOT_FOUND;
    if (teamId === null)
      return { allowed: true, scope: { serviceId, teamIds: serviceTeams }, as: 'service_admin' };
    if (!serviceTeams.includes(teamId)) return NOT_FOUND;
    return { allowed: true, scope: { serviceId, teamIds: [teamId] }, as: 'service_admin' };
  }
  // A practitioner: only a team they lead now, of this service, named in the request.
  if (teamId === null) return NOT_FOUND;
  const leads = staff.leads.some((lead) => lead.teamId === teamId && lead.serviceId === serviceId);
  if (!leads || !serviceTeams.includes(teamId)) return NOT_FOUND;
  return { allowed: true, scope: { serviceId, teamIds: [teamId] }, as: 'team_lead' };
}
