// Invitations: made, listed and withdrawn by the person; looked at and accepted by the invitee.
// Answers are parsed with the shared schemas, so a section this app does not know is an error;
// they load beside the first request (lib/lazy-schema.ts).
import type {
  AcceptedInvitation,
  CreatedInvitation,
  CreateInvitationInput,
  Invitation,
  InvitationPreview,
} from '../../../domain/sharing/invitation.schema.ts';
import { api, recordPath, request } from '../../lib/api.ts';
import { parsed, parsedChange } from '../../lib/lazy-schema.ts';

const schemas = () => import('../../../domain/sharing/invitation.schema.ts');
const invitationListSchema = () => schemas().then((m) => m.invitationListSchema);
const createdInvitationSchema = () => schemas().then((m) => m.createdInvitationSchema);
const invitationPreviewSchema = () => schemas().then((m) => m.invitationPreviewSchema);
const acceptedInvitationSchema = () => schemas().then((m) => m.acceptedInvitationSchema);

export const invitations = (personId: string) => {
  const base = recordPath(personId, '/invitations');
  return {
    list: async (signal?: AbortSignal): Promise<Invitation[]> =>
      (await parsed(invitationListSchema, api.get<unknown>(base, signal))).items,
    create: (input: CreateInvitationInput): Promise<CreatedInvitation> =>
      parsedChange(createdInvitationSchema, () => api.post<unknown>(base, input)),
    withdraw: (id: string) => request<void>('DELETE', `${base}/${encodeURIComponent(id)}`),
  };
};

export function previewInvitation(token: string, signal?: AbortSignal): Promise<InvitationPreview> {
  return parsed(
    invitationPreviewSchema,
    api.get<unknown>(`/invitations/${encodeURIComponent(token)}`, signal),
  );
}

export function acceptInvitation(
  by: { token: string } | { code: string },
): Promise<AcceptedInvitation> {
  return parsedChange(acceptedInvitationSchema, () => api.post<unknown>('/invitations/accept', by));
}

/** The link the person passes on: opens the accept page of this app. */
export function invitationUrl(token: string): string {
  return `${window.location.origin}/invitations/${token}`;
}

/** Who invites and what they would share, for a code read out over the phone. */
export function previewInvitationByCode(code: string): Promise<InvitationPreview> {
  // Changes nothing (a POST keeps the code out of the address): read beside the schema.
  return parsed(invitationPreviewSchema, api.post<unknown>('/invitations/preview', { code }));
}
