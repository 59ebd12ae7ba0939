// Who counts as staff for sign-in. Its own module with no schema library, so the web app's
// first load (lib/session.tsx) can use it without zod. Pure.
import type { Role } from './auth.schema.ts';

/**
 * Staff accounts (a service's practitioners and admins) must have a confirmed second factor
 * before they see anything of any person (issue 14, decision 0039).
 */
export function mustUseSecondFactor(role: Role): boolean {
  return role === 'practitioner' || role === 'service_admin';
}
