// A RecordScope is proof that the access decision let an actor do one thing to one section of
// one person's record, and it carries that decision so services can withhold rows and open
// other sections without asking the policy again. No HTTP here: a command-line export or a
// report job builds scopes from a context with the same rules.
import { notFound } from '../errors.ts';
import { type ItemKind, SECTION_OF_KIND, type Section } from '../record/sections.ts';
import { type AccessContext, ownerContext } from './context.ts';
import { type AccessDecision, decide } from './decision.ts';
import type { Action, Actor } from './policy.ts';

declare const scopeBrand: unique symbol;
export type RecordScope = {
  readonly actor: Actor;
  readonly personId: string;
  readonly section: Section;
  readonly action: Action;
  readonly decision: AccessDecision;
  readonly [scopeBrand]: true;
};

/** Whether the decision lets its actor do `action` to `section`. */
export function permits(decision: AccessDecision, section: Section, action: Action): boolean {
  const allowed = {
    read: decision.read,
    write: decision.write,
    suggest: decision.suggest,
    comment: decision.comment,
    annotate: decision.annotate,
    contribute: decision.contribute,
  }[action];
  return allowed.has(section);
}

/** The scope for `section`/`action`, or the same 404 as a record that is not there. */
export function scopeFor(
  actor: Actor,
  decision: AccessDecision,
  section: Section,
  action: Action,
): RecordScope {
  if (!permits(decision, section, action)) throw notFound();
  return { actor, personId: decision.ownerId, section, action, decision } as RecordScope;
}

/** Decides the context and returns the scope, or throws the 404. */
export function authorize(context: AccessContext, section: Section, action: Action): RecordScope {
  return scopeFor(context.actor, decide(context), section, action);
}

/** The owner's own scope, for work the server does for the person (defaults, demo data). */
export function ownerScope(personId: string, section: Section, action: Action): RecordScope {
  return authorize(ownerContext(personId, new Date().toISOString()), section, action);
}

/** Another section under the same decision (e.g. the check-ins page reading the plan). */
export function otherSection(scope: RecordScope, section: Section, action: Action): RecordScope {
  return scopeFor(scope.actor, scope.decision, section, action);
}

/**
 * A read of another section for the names of its items alone (decision `namesOf`): the caller
 * passes on names only, of the items what it shows refers to. The same 404 when not allowed.
 */
export function namesScope(scope: RecordScope, section: Section): RecordScope {
  if (!mayRead(scope, section) && !scope.decision.namesOf.has(section)) throw notFound();
  return { ...scope, section, action: 'read' };
}

/** Whether the same decision lets this actor read another section. */
export function mayRead(scope: RecordScope, section: Section): boolean {
  return permits(scope.decision, section, 'read');
}

/** A programming error, not a refusal: the service was handed the wrong scope. */
export function requireSection(scope: RecordScope, section: Section, action: Action): void {
  if (scope.section !== section || (action !== 'read' && scope.action !== action)) {
    throw new Error(
      `Scope ${scope.section}/${scope.action} does not cover ${action} of ${section}`,
    );
  }
}

export function requireKind(scope: RecordScope, kind: ItemKind, action: Action): void {
  requireSection(scope, SECTION_OF_KIND[kind], action);
}

/** Whether a row goes to this actor: "for me only" rows go to the owner alone. */
export function showsRow(scope: RecordScope, row: { forMeOnly: boolean }): boolean {
  return !(row.forMeOnly && scope.decision.withheld.forMeOnly);
}

/** Whether a journal entry goes to this actor: the owner's, or one shared with them. */
export function showsJournalEntry(scope: RecordScope, entryId: string): boolean {
  const entries = scope.decision.withheld.journalEntries;
  return entries === 'all' || entries.has(entryId);
}

/** Whether the advance choice document goes to this actor. */
export function showsAdvanceChoiceDocument(scope: RecordScope): boolean {
  return !scope.decision.withheld.advanceChoiceDocument;
}
