// Outcome reports (issue 16, decision 0053): which reports the signed-in staff member may open
// (a service admin: their service and its teams; a team lead: the teams they lead), and one
// report. Counts over people who opted in; never a person.
import type { OutcomeReport } from '../../../domain/outcomes/report.schema.ts';
import type { MyService } from '../../../domain/services/services.schema.ts';
import type { MyTeams } from '../../../domain/services/team-connect.schema.ts';
import type { TeamList } from '../../../domain/services/teams.schema.ts';
import { api } from '../../lib/api.ts';

/** What the page offers: the service, and the teams the caller may choose; `whole` for admins. */
export type ReportChoices = {
  serviceId: string;
  teams: { id: string; name: string }[];
  whole: boolean;
};

export async function reportChoices(
  role: string | null,
  signal?: AbortSignal,
): Promise<ReportChoices | null> {
  if (role === 'service_admin') {
    const [service, teams] = await Promise.all([
      api.get<MyService>('/my-service', signal),
      api.get<TeamList>('/service/teams', signal),
    ]);
    return {
      serviceId: service.id,
      teams: teams.teams.map(({ id, name }) => ({ id, name })),
      whole: true,
    };
  }
  if (role !== 'practitioner') return null;
  const mine = (await api.get<MyTeams>('/teams', signal)).teams.filter((team) => team.lead);
  const first = mine[0];
  if (!first) return null;
  return {
    serviceId: first.serviceId,
    teams: mine
      .filter((team) => team.serviceId === first.serviceId)
      .map(({ id, name }) => ({ id, name })),
    whole: false,
  };
}

export type ReportAsk = { from: string; to: string; team: string };

/** The query string of a report: the months, and the team unless it is the whole service. */
export function reportQuery(ask: ReportAsk): string {
  const query = new URLSearchParams({ from: ask.from, to: ask.to });
  if (ask.team) query.set('team', ask.team);
  return query.toString();
}

export function outcomeReport(serviceId: string, ask: ReportAsk): Promise<OutcomeReport> {
  return api.get<OutcomeReport>(
    `/services/${encodeURIComponent(serviceId)}/outcomes?${reportQuery(ask)}`,
  );
}

/** The CSV of the same report, for a plain download link. */
export const outcomeCsvUrl = (serviceId: string, ask: ReportAsk) =>
  `/api/services/${encodeURIComponent(serviceId)}/outcomes.csv?${reportQuery(ask)}`;
