// Emergency links: made, renamed and revoked by the person; opened by anyone holding one.
import type { NewEmergencyLink } from '../../../domain/crisis/emergency-link.schema.ts';
import type { CrisisPlan } from '../../../domain/record/plans.schema.ts';
import { api, recordPath, request } from '../../lib/api.ts';
import type { NamedContact } from '../../lib/offline.ts';

export type LinkStatus = 'active' | 'expired' | 'revoked';
export type EmergencyLink = {
  id: string;
  /** Sent back as If-Match when revoking. */
  version: number;
  /** The person's own name for the link ('' when none); never shown to whoever opens it. */
  label: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  status: LinkStatus;
  /** When the link was opened, each time. */
  views: string[];
};
export type NewLink = EmergencyLink & { token: string };

export type SharedCrisisPlan = {
  displayName: string;
  updatedAt: string | null;
  expiresAt: string;
  plan: CrisisPlan;
  contacts: NamedContact[];
};

/** The choices of how long a link lasts, in hours (the server takes 1 to 720). */
export const EXPIRY_CHOICES = [24, 72, 168, 336, 720] as const;

export const emergencyLinks = (personId: string) => {
  const base = recordPath(personId, '/emergency-links');
  return {
    list: (signal?: AbortSignal) =>
      api.get<{ items: EmergencyLink[] }>(base, signal).then((body) => body.items),
    create: (link: NewEmergencyLink) => api.post<NewLink>(base, link),
    rename: (link: Pick<EmergencyLink, 'id' | 'version'>, label: string) =>
      request<EmergencyLink>('PATCH', `${base}/${link.id}`, {
        body: { label },
        version: link.version,
      }),
    revoke: (link: Pick<EmergencyLink, 'id' | 'version'>) =>
      api.post<EmergencyLink>(`${base}/${link.id}/revoke`, undefined, link.version),
  };
};

export function openSharedPlan(token: string, signal?: AbortSignal) {
  return api.get<SharedCrisisPlan>(`/emergency/${encodeURIComponent(token)}`, signal);
}

export function linkUrl(token: string): string {
  return `${window.location.origin}/emergency/${token}`;
}
