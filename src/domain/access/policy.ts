// Who may ask for record data. The one access policy is `decide` in decision.ts, from the
// access context in context.ts; this file holds the actor types both use. Pure: no I/O.
import type { Role } from '../auth/auth.schema.ts';

/** Someone signed in to an account. */
export type AccountActor = { accountId: string; role: Role };
/** Whoever holds an emergency link the person made: read-only, crisis plan only. */
export type EmergencyLinkActor = { kind: 'emergency_link'; linkId: string; personId: string };
export type Actor = AccountActor | EmergencyLinkActor;
/**
 * `suggest`: propose a change to an item of a section for the owner to accept (decision 0029).
 * Nobody but the owner writes; a suggester reads what they suggest on like a viewer.
 */
export type Action = 'read' | 'write' | 'suggest';

export function isAccountActor(actor: Actor): actor is AccountActor {
  return 'accountId' in actor;
}
