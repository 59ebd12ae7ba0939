// The keys (API tokens) the person gives apps and services to read their record through the
// FHIR read API (decision 0049): list, issue (the key comes back this once), revoke.
import type {
  ApiToken,
  IssueApiToken,
  IssuedApiToken,
} from '../../../domain/fhir-api/api-tokens.schema.ts';
import { api, recordPath, request } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';

const base = (personId: string) => recordPath(personId, '/api-tokens');

export function useApiTokens(personId: string) {
  return useResource(
    (signal) => api.get<{ items: ApiToken[] }>(base(personId), signal).then((body) => body.items),
    [personId],
  );
}

export const issueApiToken = (personId: string, input: IssueApiToken) =>
  api.post<IssuedApiToken>(base(personId), input);

export const revokeApiToken = (personId: string, tokenId: string) =>
  request<void>('DELETE', `${base(personId)}/${encodeURIComponent(tokenId)}`);
