// Who may ask for record data. The one access policy is `decide` in decision.ts, from the
// access context in context.ts; this file holds the actor types both use. Pure: no I/O.
import type { Role } from '../auth/auth.schema.ts';

/** Someone signed in to an account. */
export type AccountActor = { accountId: string; role: Role };
/** Whoever holds an emergency link the person made: read-only, crisis plan only. */
export type EmergencyLinkActor = { kind: 'emergency_link'; linkId: string; personId: string };
/**
 * An app or service holding a bearer token the person issued (decision 0049): read-only, the
 * sections the token's scopes map to, through the FHIR read API alone.
 */
export type ApiTokenActor = { kind: 'api_token'; tokenId: string; personId: string };
export type Actor = AccountActor | EmergencyLinkActor | ApiTokenActor;
/**
 * What a route does to a section. `suggest` proposes a change to an item of a section for the
 * owner to accept (decision 0029); nobody but the owner writes, and a suggester reads what they
 * suggest on like a viewer. `comment` and `annotate` add beside the record and never change it:
 * the decision's `comment` and `annotate` sets say who may (decision 0030). `contribute` adds to
 * something worked on together (a review): the owner, or someone with suggest on it (0043).
 */
export type Action = 'read' | 'write' | 'suggest' | 'comment' | 'annotate' | 'contribute';

export function isAccountActor(actor: Actor): actor is AccountActor {
  return 'accountId' in actor;
}

export function isApiTokenActor(actor: Actor): actor is ApiTokenActor {
  return 'kind' in actor && actor.kind === 'api_token';
}
