// A forgotten password over the API (issue 15). Neither answer says whether an account exists.
import type {
  ForgotPassword,
  PasswordResetAnswer,
  ResetPassword,
} from '../../../domain/auth/password-reset.schema.ts';
import { api } from '../../lib/api.ts';

export function askForResetLink(input: ForgotPassword): Promise<PasswordResetAnswer> {
  return api.post<PasswordResetAnswer>('/auth/password-reset', input);
}

export function resetPassword(input: ResetPassword): Promise<PasswordResetAnswer> {
  return api.post<PasswordResetAnswer>('/auth/password-reset/complete', input);
}
