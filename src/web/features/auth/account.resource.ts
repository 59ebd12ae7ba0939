// The signed-in account's own settings: read it, change the name, and say the welcome was shown.
import type { Account, AccountChange } from '../../../domain/auth/auth.schema.ts';
import { api, request } from '../../lib/api.ts';

export const accountApi = {
  get: (signal?: AbortSignal) => api.get<Account>('/account', signal),
  change: (change: AccountChange) => request<Account>('PATCH', '/account', { body: change }),
  welcomed: () => api.post<Account>('/account/welcomed'),
};
