// A team's invitations by email, the team's side (decision 0050): the ones waiting for an
// answer, sending one, and taking one back. The link itself is never shown to the team.
import type {
  PendingTeamInvitation,
  PendingTeamInvitations,
  TeamInvitationInput,
} from '../../../domain/services/team-invitation.schema.ts';
import { api, request } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';

const path = (teamId: string) => `/teams/${encodeURIComponent(teamId)}/invitations`;

export function useTeamInvitations(teamId: string) {
  return useResource(
    (signal) => api.get<PendingTeamInvitations>(path(teamId), signal),
    [teamId],
    (list) => list.invitations.length === 0,
  );
}

export const sendTeamInvitation = (teamId: string, input: TeamInvitationInput) =>
  api.post<PendingTeamInvitation>(path(teamId), input);

export const withdrawTeamInvitation = (teamId: string, invitationId: string) =>
  request<void>('DELETE', `${path(teamId)}/${encodeURIComponent(invitationId)}`);
