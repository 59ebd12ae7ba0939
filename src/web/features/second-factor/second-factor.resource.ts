// Two-step sign-in (decision 0039): the Settings calls for the signed-in account's own factor,
// and the second step of signing in.
import type { SessionInfo } from '../../../domain/auth/auth.schema.ts';
import type {
  RecoveryCodes,
  SecondFactorOff,
  SecondFactorSignIn,
  SecondFactorStatus,
  TotpConfirm,
  TotpEnrolment,
} from '../../../domain/auth/second-factor.schema.ts';
import { api, request } from '../../lib/api.ts';

export const secondFactorApi = {
  status: (signal?: AbortSignal) => api.get<SecondFactorStatus>('/account/second-factor', signal),
  start: () => api.post<TotpEnrolment>('/account/second-factor/totp'),
  confirm: (body: TotpConfirm) =>
    api.post<RecoveryCodes>('/account/second-factor/totp/confirm', body),
  turnOff: (body: SecondFactorOff) => request<void>('DELETE', '/account/second-factor', { body }),
  /** The second step of signing in: a code from the app, or a recovery code. */
  signIn: (body: SecondFactorSignIn) => api.post<SessionInfo>('/auth/second-factor', body),
};
