// What the access policy decides from: who is asking, whose record it is, what the person
// gave them, and whether the person has paused sharing. Loaded once per request (one query)
// and decided by the pure `decide` in decision.ts. Pure types: no I/O.
import type { Section } from '../record/sections.ts';
import type { Actor } from './policy.ts';

/** The part someone plays for this person. It belongs to the relationship, not the account. */
export const RELATIONSHIP_ROLES = [
  'family',
  'friend',
  'carer',
  'peer_supporter',
  'practitioner',
  'other',
] as const;
export type RelationshipRole = (typeof RELATIONSHIP_ROLES)[number];

export const GRANT_LEVELS = ['view', 'suggest'] as const;
export type GrantLevel = (typeof GRANT_LEVELS)[number];

/** One section the person shared with one relationship. */
export type Grant = {
  section: Section;
  level: GrantLevel;
  /** The end of this access (ISO time); null for no end date. */
  endsAt: string | null;
  /** Whether the advance choice document (a crisis plan file) goes with the crisis plan. */
  advanceChoice: boolean;
};

export type Relationship = {
  id: string;
  role: RelationshipRole;
  /** The name the person knows them by. */
  knownAs: string;
  /** When the person ended (revoked) it; ended relationships give nothing. */
  endedAt: string | null;
  /**
   * Set when the access comes through a team the actor is in (decision 0040): the team, and the
   * actor's own name, which their reads are logged under. Null for a relationship with the
   * actor's own account (which wins when there are both).
   */
  team?: { id: string; name: string; memberName: string } | null;
};

/** What the store says of the token an ApiTokenActor holds (decision 0049). */
export type ApiTokenState = {
  id: string;
  /** The name the person gave the app or service: its reads are logged under it. */
  name: string;
  /** Its SMART-style scopes, and the sections they map to (fhir-api/scopes.ts). */
  scopes: readonly string[];
  sections: readonly Section[];
  createdAt: string;
  endsAt: string;
  revokedAt: string | null;
};

export type AccessContext = {
  actor: Actor;
  ownerId: string;
  /** The actor's current relationship with the owner, if any. */
  relationship: Relationship | null;
  grants: readonly Grant[];
  /** Journal entries the owner shared, one by one, with this relationship. */
  sharedJournalEntryIds: readonly string[];
  /** The owner paused all sharing. */
  sharingPaused: boolean;
  /** The owner paused emergency links as well. */
  emergencyLinksPaused: boolean;
  /**
   * The actor's account has a confirmed second factor. Staff accounts without one see nothing
   * of any person (decision 0039); people and supporters are not asked for one.
   */
  actorSecondFactor: boolean;
  /** The current time (ISO). */
  now: string;
  /** For an ApiTokenActor: its token, if the store has it for this person. */
  apiToken?: ApiTokenState | null;
};

/** The context of the owner acting on their own record: needs nothing from the store. */
export function ownerContext(ownerId: string, now: string): AccessContext {
  return {
    actor: { accountId: ownerId, role: 'person' },
    ownerId,
    relationship: null,
    grants: [],
    sharedJournalEntryIds: [],
    sharingPaused: false,
    emergencyLinksPaused: false,
    actorSecondFactor: false,
    now,
  };
}
