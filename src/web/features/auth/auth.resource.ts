// Sign-in and sign-up calls. The session they return is handed to the session context.
import type { SessionInfo, SignInInput, SignUpInput } from '../../../domain/auth/auth.schema.ts';
import { api } from '../../lib/api.ts';

export function signIn(input: SignInInput): Promise<SessionInfo> {
  return api.post<SessionInfo>('/auth/sign-in', input);
}

export function signUp(input: SignUpInput): Promise<SessionInfo> {
  return api.post<SessionInfo>('/auth/sign-up', input);
}
