// Invitations: made, listed and withdrawn by the person; looked at and accepted by the invitee.
// Answers are parsed with the shared schemas, so a section this app does not know is an error.
import {
  type AcceptedInvitation,
  acceptedInvitationSchema,
  type CreatedInvitation,
  type CreateInvitationInput,
  createdInvitationSchema,
  type Invitation,
  type InvitationPreview,
  invitationListSchema,
  invitationPreviewSchema,
} from '../../../domain/sharing/invitation.schema.ts';
import { api, recordPath, request } from '../../lib/api.ts';

export const invitations = (personId: string) => {
  const base = recordPath(personId, '/invitations');
  return {
    list: async (signal?: AbortSignal): Promise<Invitation[]> =>
      invitationListSchema.parse(await api.get<unknown>(base, signal)).items,
    create: async (input: CreateInvitationInput): Promise<CreatedInvitation> =>
      createdInvitationSchema.parse(await api.post<unknown>(base, input)),
    withdraw: (id: string) => request<void>('DELETE', `${base}/${encodeURIComponent(id)}`),
  };
};

export async function previewInvitation(
  token: string,
  signal?: AbortSignal,
): Promise<InvitationPreview> {
  const body = await api.get<unknown>(`/invitations/${encodeURIComponent(token)}`, signal);
  return invitationPreviewSchema.parse(body);
}

export async function acceptInvitation(
  by: { token: string } | { code: string },
): Promise<AcceptedInvitation> {
  return acceptedInvitationSchema.parse(await api.post<unknown>('/invitations/accept', by));
}

/** The link the person passes on: opens the accept page of this app. */
export function invitationUrl(token: string): string {
  return `${window.location.origin}/invitations/${token}`;
}

/** Who invites and what they would share, for a code read out over the phone. */
export async function previewInvitationByCode(code: string): Promise<InvitationPreview> {
  return invitationPreviewSchema.parse(await api.post<unknown>('/invitations/preview', { code }));
}
