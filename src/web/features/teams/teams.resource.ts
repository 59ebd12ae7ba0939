// A practitioner's teams and the people connected to them (decision 0040): names, teams and
// which sections each person shares, never record content.
import type { MyPeople, MyTeams } from '../../../domain/services/team-connect.schema.ts';
import { api } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';

export function useMyTeams() {
  return useResource(
    (signal) => api.get<MyTeams>('/teams', signal),
    [],
    (teams) => teams.teams.length === 0,
  );
}

export function useMyPeople() {
  return useResource(
    (signal) => api.get<MyPeople>('/teams/my-people', signal),
    [],
    (people) => people.people.length === 0,
  );
}
