// Services (decision 0038): a service admin's set-up through the one-time link, the service the
// signed-in staff member works for, and (issue 14) the admin's teams and staff.
import type { SessionInfo } from '../../../domain/auth/auth.schema.ts';
import type { MyService, SetUpInput } from '../../../domain/services/services.schema.ts';
import type {
  StaffInput,
  StaffInvited,
  StaffList,
  StaffMember,
  Team,
  TeamInput,
  TeamList,
} from '../../../domain/services/teams.schema.ts';
import { api, request } from '../../lib/api.ts';

/** Chooses the password and signs in: the session is handed to the session context. */
export function setUp(input: SetUpInput): Promise<SessionInfo> {
  return api.post<SessionInfo>('/set-up', input);
}

export function myService(signal?: AbortSignal): Promise<MyService> {
  return api.get<MyService>('/my-service', signal);
}

export function listTeams(signal?: AbortSignal): Promise<TeamList> {
  return api.get<TeamList>('/service/teams', signal);
}

export function addTeam(input: TeamInput): Promise<Team> {
  return api.post<Team>('/service/teams', input);
}

/** A team's name is not versioned: the last name saved is the name (nothing else is lost). */
export function renameTeam(teamId: string, input: TeamInput): Promise<Team> {
  return request<Team>('PUT', `/service/teams/${encodeURIComponent(teamId)}`, { body: input });
}

/** A team's code for people to join it with (decision 0040); null until the admin makes one. */
export function teamCode(teamId: string, signal?: AbortSignal): Promise<{ code: string | null }> {
  return api.get<{ code: string | null }>(
    `/service/teams/${encodeURIComponent(teamId)}/code`,
    signal,
  );
}

/** Makes a new code; the old one stops working at once. */
export function newTeamCode(teamId: string): Promise<{ code: string | null }> {
  return api.post<{ code: string | null }>(`/service/teams/${encodeURIComponent(teamId)}/code`);
}

/** Closes a team: its staff lose the access people gave it at once; people keep everything. */
export function archiveTeam(teamId: string): Promise<void> {
  return request<void>('POST', `/service/teams/${encodeURIComponent(teamId)}/archive`);
}

/** Takes a practitioner out of one team at once: they read nobody through it from then on. */
export function removeFromTeam(teamId: string, accountId: string): Promise<void> {
  return request<void>(
    'DELETE',
    `/service/teams/${encodeURIComponent(teamId)}/members/${encodeURIComponent(accountId)}`,
  );
}

export function listStaff(signal?: AbortSignal): Promise<StaffList> {
  return api.get<StaffList>('/service/staff', signal);
}

export function inviteStaff(input: StaffInput): Promise<StaffInvited> {
  return api.post<StaffInvited>('/service/staff', input);
}

export function setStaffDisabled(accountId: string, disabled: boolean): Promise<StaffMember> {
  const action = disabled ? 'disable' : 'enable';
  return api.post<StaffMember>(`/service/staff/${encodeURIComponent(accountId)}/${action}`);
}

/** Makes a practitioner a lead of one of their teams, or not (decision 0053). */
export function setTeamLead(
  teamId: string,
  accountId: string,
  lead: boolean,
): Promise<StaffMember> {
  return request<StaffMember>(
    'PUT',
    `/service/teams/${encodeURIComponent(teamId)}/members/${encodeURIComponent(accountId)}/lead`,
    { body: { lead } },
  );
}
