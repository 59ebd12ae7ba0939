// The person's choice to count, anonymously, in their services' outcome reports (decision 0051).
import type { OutcomeConsent } from '../../../domain/outcomes/outcome-consent.schema.ts';
import { api, recordPath, request } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';

const path = (personId: string) => recordPath(personId, '/outcome-consent');

export function useOutcomeConsent(personId: string) {
  return useResource((signal) => api.get<OutcomeConsent>(path(personId), signal), [personId]);
}

/** No If-Match: choosing is the same whatever was chosen before, and says so in the access log. */
export const chooseOutcomeConsent = (personId: string, optedIn: boolean) =>
  request<OutcomeConsent>('PUT', path(personId), { body: { optedIn } });
