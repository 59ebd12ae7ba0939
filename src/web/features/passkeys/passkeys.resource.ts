// Passkeys (decision 0041): the Settings calls for the signed-in account's own passkeys, and a
// passkey as the second step of signing in.
import type { SessionInfo } from '../../../domain/auth/auth.schema.ts';
import type {
  AddPasskey,
  AuthenticationOptions,
  Passkey,
  PasskeyList,
  PasskeySignIn,
  RegistrationOptions,
  RemovePasskey,
} from '../../../domain/auth/passkey.schema.ts';
import { api, request } from '../../lib/api.ts';

export const passkeysApi = {
  list: (signal?: AbortSignal) => api.get<PasskeyList>('/account/passkeys', signal),
  options: () => api.post<RegistrationOptions>('/account/passkeys/options'),
  add: (body: AddPasskey) => api.post<Passkey>('/account/passkeys', body),
  remove: (id: string, body: RemovePasskey) =>
    request<void>('DELETE', `/account/passkeys/${encodeURIComponent(id)}`, { body }),
  /** The second step of signing in: a challenge for the account's passkeys, then the answer. */
  signInOptions: () => api.post<AuthenticationOptions>('/auth/passkey/options'),
  signIn: (body: PasskeySignIn) => api.post<SessionInfo>('/auth/passkey', body),
};
