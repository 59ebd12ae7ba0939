// A person's connections to teams (decision 0040): find a team by its code, connect with the
// sections chosen, leave a team or a whole service; or answer a team's invitation by email
// (decision 0050). Answers are parsed with the shared schemas,
// which load beside the first request (lib/lazy-schema.ts).
import type {
  ConnectedTeam,
  ConnectTeam,
  TeamPreview,
} from '../../../domain/services/team-connect.schema.ts';
import type {
  AcceptTeamInvitation,
  TeamInvitationPreview,
} from '../../../domain/services/team-invitation.schema.ts';
import { api, recordPath, request } from '../../lib/api.ts';
import { parsed } from '../../lib/lazy-schema.ts';

const schemas = () => import('../../../domain/services/team-connect.schema.ts');
const invitationSchemas = () => import('../../../domain/services/team-invitation.schema.ts');

export const previewTeam = (personId: string, code: string): Promise<TeamPreview> =>
  parsed(
    () => schemas().then((m) => m.teamPreviewSchema),
    api.post<unknown>(recordPath(personId, '/teams/preview'), { code }),
  );

export const connectTeam = (personId: string, input: ConnectTeam): Promise<ConnectedTeam> =>
  parsed(
    () => schemas().then((m) => m.connectedTeamSchema),
    api.post<unknown>(recordPath(personId, '/teams'), input),
  );

export const leaveTeam = (personId: string, relationshipId: string) =>
  api.post<void>(recordPath(personId, `/teams/${encodeURIComponent(relationshipId)}/leave`));

export const leaveService = (personId: string, serviceId: string) =>
  api.post<void>(recordPath(personId, `/services/${encodeURIComponent(serviceId)}/leave`));

/** A team's invitation by email (decision 0050): who invites, shown before choosing. */
export const previewTeamInvitation = (
  personId: string,
  token: string,
  signal?: AbortSignal,
): Promise<TeamInvitationPreview> =>
  parsed(
    () => invitationSchemas().then((m) => m.teamInvitationPreviewSchema),
    request<unknown>('POST', recordPath(personId, '/teams/invitation/preview'), {
      body: { token },
      signal,
    }),
  );

export const acceptTeamInvitation = (
  personId: string,
  input: AcceptTeamInvitation,
): Promise<ConnectedTeam> =>
  parsed(
    () => schemas().then((m) => m.connectedTeamSchema),
    api.post<unknown>(recordPath(personId, '/teams/invitation'), input),
  );

export const declineTeamInvitation = (personId: string, token: string) =>
  api.post<void>(recordPath(personId, '/teams/invitation/decline'), { token });
