// The one access policy: from an access context to a decision about the whole record. Routes
// and services never ask "may I?" again; they read the decision the request carries. Pure.

import { mustUseSecondFactor } from '../auth/staff.ts';
import {
  type PersonSection,
  SECTIONS,
  type Section,
  SUPPORTER_SECTIONS,
  TOGETHER_SECTIONS,
} from '../record/sections.ts';
import type { AccessContext, Grant } from './context.ts';
import { isAccountActor, isApiTokenActor } from './policy.ts';

export type AccessDecision = {
  readonly ownerId: string;
  /** The actor owns this record: all of its sections, nothing withheld. */
  readonly isOwner: boolean;
  /**
   * The actor decides who sees this record (sharing settings, previews): a person owning their
   * record. A supporter's own space is never shared, so its owner has nothing to manage.
   */
  readonly managesSharing: boolean;
  /** The relationship the access comes through, if any (for the access log). */
  readonly relationshipId: string | null;
  readonly read: ReadonlySet<Section>;
  /** Sections the actor may suggest changes on, for the owner to accept (decision 0029). */
  readonly suggest: ReadonlySet<Section>;
  /** Only the owner writes. */
  readonly write: ReadonlySet<Section>;
  /**
   * Sections whose items may be commented on (encouragement): goals, for whoever reads them,
   * the owner included. A comment never changes the record (decision 0030).
   */
  readonly comment: ReadonlySet<Section>;
  /**
   * Sections on which the actor may record their own view beside the person's words: the
   * plans and life-area ratings they may suggest on. Never the owner (their words are the
   * record; they reply instead). Decision 0030.
   */
  readonly annotate: ReadonlySet<Section>;
  /**
   * Sections worked on together (reviews): the owner, and whoever the person gave suggest on
   * the section, add to them directly, each addition saved under its author's name. Decision 0043.
   */
  readonly contribute: ReadonlySet<Section>;
  /**
   * Sections whose item names alone may be read to label what else is shown: a life-area
   * rating is of a named area, so whoever sees check-ins sees the names of the areas rated,
   * and nothing else of the goals section.
   */
  readonly namesOf: ReadonlySet<Section>;
  readonly withheld: {
    /** Rows the person marked "for me only" are left out. */
    readonly forMeOnly: boolean;
    /** Journal entries this actor may read: 'all' for the owner, else the ones shared. */
    readonly journalEntries: 'all' | ReadonlySet<string>;
    /** The advance choice document (crisis plan file) is left out. */
    readonly advanceChoiceDocument: boolean;
  };
};

const NOTHING: ReadonlySet<Section> = new Set();

/** Sections whose items take comments. */
export const COMMENT_SECTIONS: ReadonlySet<Section> = new Set(['goals']);
/** Sections whose items take a second view beside the person's words. */
export const ANNOTATION_SECTIONS: ReadonlySet<Section> = new Set([
  'staying_well',
  'crisis_plan',
  'safety_plan',
  'after_crisis',
  'moving_on',
  'checkins',
]);

const within = (sections: ReadonlySet<Section>, allowed: ReadonlySet<Section>) =>
  new Set([...sections].filter((section) => allowed.has(section)));

/** What an emergency link may open: the crisis plan, and the contacts the plan names. */
const EMERGENCY_LINK_SECTIONS: ReadonlySet<Section> = new Set(['crisis_plan', 'support_network']);

function nothing(context: AccessContext): AccessDecision {
  return {
    ownerId: context.ownerId,
    isOwner: false,
    managesSharing: false,
    relationshipId: null,
    read: NOTHING,
    suggest: NOTHING,
    write: NOTHING,
    comment: NOTHING,
    annotate: NOTHING,
    contribute: NOTHING,
    namesOf: NOTHING,
    withheld: { forMeOnly: true, journalEntries: new Set(), advanceChoiceDocument: true },
  };
}

/** Sections the owner and their suggesters work on together. */
const TOGETHER: ReadonlySet<Section> = new Set<Section>(TOGETHER_SECTIONS);

/** The sections a person's record has; only these can ever be shared. */
const PERSON_SECTIONS: ReadonlySet<Section> = new Set<PersonSection>(SECTIONS);
/** A supporter's own space (decision 0031): theirs alone, never shared. */
const SUPPORTER_OWN_SECTIONS: ReadonlySet<Section> = new Set<Section>(SUPPORTER_SECTIONS);

function ownerDecision(
  ownerId: string,
  sections: ReadonlySet<Section>,
  managesSharing: boolean,
  comment: ReadonlySet<Section>,
) {
  return {
    ownerId,
    isOwner: true,
    managesSharing,
    relationshipId: null,
    read: sections,
    suggest: NOTHING,
    write: sections,
    comment,
    annotate: NOTHING,
    contribute: within(sections, TOGETHER),
    namesOf: sections,
    withheld: { forMeOnly: false, journalEntries: 'all', advanceChoiceDocument: false },
  } satisfies AccessDecision;
}

const isCurrent = (grant: Grant, now: string) =>
  grant.endsAt === null || Date.parse(grant.endsAt) > Date.parse(now);

/** Deny by default: only what the context positively grants is allowed. */
export function decide(context: AccessContext): AccessDecision {
  const { actor, ownerId } = context;
  if (isApiTokenActor(actor)) return apiTokenDecision(context);
  if (!isAccountActor(actor)) {
    if (actor.personId !== ownerId || context.emergencyLinksPaused) return nothing(context);
    return { ...nothing(context), read: EMERGENCY_LINK_SECTIONS };
  }
  // A service admin runs a service and sees no person's record, whatever is shared with the
  // account (decision 0038).
  if (actor.role === 'service_admin') return nothing(context);
  // Staff see nothing of any person until their second factor is confirmed (decision 0039).
  if (mustUseSecondFactor(actor.role) && !context.actorSecondFactor) return nothing(context);
  // A person account owns a person's record; a supporter account owns only its own space
  // (decision 0031); a practitioner account owns nothing.
  if (actor.accountId === ownerId) {
    if (actor.role === 'person')
      return ownerDecision(ownerId, PERSON_SECTIONS, true, COMMENT_SECTIONS);
    if (actor.role === 'supporter')
      return ownerDecision(ownerId, SUPPORTER_OWN_SECTIONS, false, NOTHING);
    return nothing(context);
  }
  const relationship = context.relationship;
  if (!relationship || relationship.endedAt !== null || context.sharingPaused) {
    return nothing(context);
  }
  const read = new Set<Section>();
  const suggest = new Set<Section>();
  let advanceChoice = false;
  for (const grant of context.grants) {
    // The journal is private as a section: only single entries are shared. A supporter's
    // own space is never shared, whatever a stored grant says.
    if (grant.section === 'journal' || !PERSON_SECTIONS.has(grant.section)) continue;
    if (!isCurrent(grant, context.now)) continue;
    read.add(grant.section);
    if (grant.level === 'suggest') suggest.add(grant.section);
    if (grant.section === 'crisis_plan' && grant.advanceChoice) advanceChoice = true;
  }
  const entries = new Set(context.sharedJournalEntryIds);
  if (entries.size > 0) read.add('journal');
  return {
    ownerId,
    isOwner: false,
    managesSharing: false,
    relationshipId: relationship.id,
    read,
    suggest,
    write: NOTHING,
    comment: within(read, COMMENT_SECTIONS),
    annotate: within(suggest, ANNOTATION_SECTIONS),
    contribute: within(suggest, TOGETHER),
    namesOf: read.has('checkins') ? new Set<Section>(['goals']) : NOTHING,
    withheld: { forMeOnly: true, journalEntries: entries, advanceChoiceDocument: !advanceChoice },
  };
}

/**
 * An app holding a token the person issued (decision 0049): reads the sections its scopes map
 * to, while the token is neither revoked nor past its end and sharing is not paused. It never
 * writes, suggests or comments; "for me only" rows, every journal entry and the advance choice
 * document are withheld. `relationshipId` is the token's id: its reads are logged under it.
 */
function apiTokenDecision(context: AccessContext): AccessDecision {
  const { actor, apiToken: token } = context;
  if (
    !isApiTokenActor(actor) ||
    !token ||
    token.id !== actor.tokenId ||
    actor.personId !== context.ownerId ||
    token.revokedAt !== null ||
    Date.parse(token.endsAt) <= Date.parse(context.now) ||
    context.sharingPaused
  ) {
    return nothing(context);
  }
  const read = new Set(
    token.sections.filter((section) => section !== 'journal' && PERSON_SECTIONS.has(section)),
  );
  return {
    ...nothing(context),
    relationshipId: token.id,
    read,
    namesOf: read.has('checkins') ? new Set<Section>(['goals']) : NOTHING,
  };
}
