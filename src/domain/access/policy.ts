// The one access policy. Every read and write of record data is decided here, from who is
// asking, whose record it is, which section, and what they want to do. Pure: no I/O.
import type { Role } from '../auth/auth.schema.ts';
import type { Section } from '../record/sections.ts';

export type Actor = { accountId: string; role: Role };
export type Action = 'read' | 'write';
export type AccessRequest = { actor: Actor; ownerId: string; section: Section; action: Action };

/**
 * Deny by default. Today only the person who owns the record may read or write it; sharing
 * (a later issue) adds grants for supporters and practitioners here, without touching routes.
 */
export function isAllowed(request: AccessRequest): boolean {
  const { actor, ownerId } = request;
  return actor.role === 'person' && actor.accountId === ownerId;
}
