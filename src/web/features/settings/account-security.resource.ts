// The signed-in account's password and devices (Settings): change the password, list the
// devices signed in, sign one of them out.
import type {
  DeviceSession,
  PasswordChange,
  PasswordChanged,
} from '../../../domain/auth/account-security.schema.ts';
import { api, request } from '../../lib/api.ts';

export const securityApi = {
  changePassword: (change: PasswordChange) =>
    api.post<PasswordChanged>('/account/password', change),
  devices: (signal?: AbortSignal) =>
    api.get<{ items: DeviceSession[] }>('/account/sessions', signal).then((body) => body.items),
  signOutDevice: (id: string) =>
    request<void>('DELETE', `/account/sessions/${encodeURIComponent(id)}`),
};
