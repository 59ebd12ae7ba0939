// Sign-in and sign-up calls. The session they return is handed to the session context.
import type { SessionInfo, SignInInput, SignUpInput } from '../../../domain/auth/auth.schema.ts';
import type { SecondFactorRequired } from '../../../domain/auth/second-factor.schema.ts';
import { api } from '../../lib/api.ts';

/** The session, or (two-step sign-in on) word that the code from the app comes next. */
export function signIn(input: SignInInput): Promise<SessionInfo | SecondFactorRequired> {
  return api.post<SessionInfo | SecondFactorRequired>('/auth/sign-in', input);
}

export function signUp(input: SignUpInput): Promise<SessionInfo> {
  return api.post<SessionInfo>('/auth/sign-up', input);
}
