// Services (decision 0038): a service admin's set-up through the one-time link, and the service
// the signed-in staff member works for.
import type { SessionInfo } from '../../../domain/auth/auth.schema.ts';
import type { MyService, SetUpInput } from '../../../domain/services/services.schema.ts';
import { api } from '../../lib/api.ts';

/** Chooses the password and signs in: the session is handed to the session context. */
export function setUp(input: SetUpInput): Promise<SessionInfo> {
  return api.post<SessionInfo>('/set-up', input);
}

export function myService(signal?: AbortSignal): Promise<MyService> {
  return api.get<MyService>('/my-service', signal);
}
