// The one access policy. Every read and write of record data is decided here, from who is
// asking, whose record it is, which section, and what they want to do. Pure: no I/O.
import type { Role } from '../auth/auth.schema.ts';
import type { Section } from '../record/sections.ts';

/** Someone signed in to an account. */
export type AccountActor = { accountId: string; role: Role };
/** Whoever holds an emergency link the person made: read-only, crisis plan only. */
export type EmergencyLinkActor = { kind: 'emergency_link'; linkId: string; personId: string };
export type Actor = AccountActor | EmergencyLinkActor;
export type Action = 'read' | 'write';
export type AccessRequest = { actor: Actor; ownerId: string; section: Section; action: Action };

/** What an emergency link may open: the crisis plan, and the contacts the plan names. */
const EMERGENCY_LINK_SECTIONS: ReadonlySet<Section> = new Set(['crisis_plan', 'support_network']);

export function isAccountActor(actor: Actor): actor is AccountActor {
  return 'accountId' in actor;
}

/**
 * Deny by default. Today only the person who owns the record may read or write it, and an
 * emergency link may read the crisis plan of the person who made it. Sharing (a later issue)
 * adds grants for supporters and practitioners here, without touching routes.
 */
export function isAllowed(request: AccessRequest): boolean {
  const { actor, ownerId, section, action } = request;
  if (!isAccountActor(actor)) {
    return action === 'read' && actor.personId === ownerId && EMERGENCY_LINK_SECTIONS.has(section);
  }
  return actor.role === 'person' && actor.accountId === ownerId;
}
