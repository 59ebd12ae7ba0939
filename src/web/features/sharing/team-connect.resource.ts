// A person's connections to teams (decision 0040): find a team by its code, connect with the
// sections chosen, leave a team or a whole service. Answers are parsed with the shared schemas,
// which load beside the first request (lib/lazy-schema.ts).
import type {
  ConnectedTeam,
  ConnectTeam,
  TeamPreview,
} from '../../../domain/services/team-connect.schema.ts';
import { api, recordPath } from '../../lib/api.ts';
import { parsed } from '../../lib/lazy-schema.ts';

const schemas = () => import('../../../domain/services/team-connect.schema.ts');

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
