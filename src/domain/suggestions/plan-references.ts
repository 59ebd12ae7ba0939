// Suggestions on the crisis, safety and moving-on plans (decision 0029). These plans name contacts and
// files, and part of the crisis plan (the advance choice document) is withheld from others. A
// supporter proposes words for the plan as it was shown to them; this module says what they
// saw, refuses a proposal that points at a contact or file they were never shown, and puts back
// what was withheld from them, so that accepting (a three-way merge with what is saved now)
// keeps the person's own parts exactly as they are. Pure: no I/O.
import type { CrisisPlan, MovingOnPlan, SafetyPlan } from '../record/plans.schema.ts';

export type PlanKind = 'crisis_plan' | 'safety_plan' | 'moving_on';
export const isPlanWithReferences = (kind: string): kind is PlanKind =>
  kind === 'crisis_plan' || kind === 'safety_plan' || kind === 'moving_on';

/** What the suggester could not see, from their access decision. */
export type Withheld = { advanceChoiceDocument: boolean };

/** A reference to a contact or a file, with the field it sits in. */
export type PlanReference = { field: string; id: string; type: 'contact' | 'file' };

/** The plan as it was shown to the suggester (as the plan's own read shows it to them). */
export function shownToSuggester(kind: PlanKind, plan: unknown, withheld: Withheld): unknown {
  if (kind === 'crisis_plan' && withheld.advanceChoiceDocument) {
    return { ...(plan as CrisisPlan), advanceChoiceDocumentId: null };
  }
  return plan;
}

/** Every contact and file a plan names. */
export function referencesOf(kind: PlanKind, plan: unknown): PlanReference[] {
  if (kind === 'crisis_plan') {
    const crisis = plan as CrisisPlan;
    const out: PlanReference[] = crisis.wantInvolved.map((entry, index) => ({
      field: `wantInvolved.${index}.contactId`,
      id: entry.contactId,
      type: 'contact',
    }));
    if (crisis.nominatedPersonContactId) {
      out.push({
        field: 'nominatedPersonContactId',
        id: crisis.nominatedPersonContactId,
        type: 'contact',
      });
    }
    if (crisis.advanceChoiceDocumentId) {
      out.push({
        field: 'advanceChoiceDocumentId',
        id: crisis.advanceChoiceDocumentId,
        type: 'file',
      });
    }
    return out;
  }
  if (kind === 'moving_on') {
    return (plan as MovingOnPlan).contacts.map((entry, index) => ({
      field: `contacts.${index}.contactId`,
      id: entry.contactId,
      type: 'contact' as const,
    }));
  }
  const safety = plan as SafetyPlan;
  return [
    ...safety.peopleToAsk.map((entry, index) => ({
      field: `peopleToAsk.${index}.contactId`,
      id: entry.contactId,
      type: 'contact' as const,
    })),
    ...safety.professionals.map((entry, index) => ({
      field: `professionals.${index}.contactId`,
      id: entry.contactId,
      type: 'contact' as const,
    })),
    ...safety.reasonPhotoIds.map((photoId, index) => ({
      field: `reasonPhotoIds.${index}`,
      id: photoId,
      type: 'file' as const,
    })),
  ];
}

/**
 * The references in `proposed` the suggester was never shown: not in the plan as they saw it
 * and, for contacts, not among the contacts they may read (`readableContacts`).
 */
export function unseenReferences(
  kind: PlanKind,
  seen: unknown,
  proposed: unknown,
  readableContacts: ReadonlySet<string>,
): PlanReference[] {
  const shown = new Set(
    referencesOf(kind, seen).map((reference) => `${reference.type}:${reference.id}`),
  );
  return referencesOf(kind, proposed).filter(
    (reference) =>
      !shown.has(`${reference.type}:${reference.id}`) &&
      !(reference.type === 'contact' && readableContacts.has(reference.id)),
  );
}

/**
 * The proposal with what was withheld from the suggester put back as it was in the base
 * version: they could not see it, so they did not change it. Merged three ways with what is
 * saved now, the person's own value is kept.
 */
export function restoreWithheld(
  kind: PlanKind,
  base: unknown,
  proposed: unknown,
  withheld: Withheld,
): unknown {
  if (kind === 'crisis_plan' && withheld.advanceChoiceDocument) {
    return {
      ...(proposed as CrisisPlan),
      advanceChoiceDocumentId: (base as CrisisPlan).advanceChoiceDocumentId,
    };
  }
  return proposed;
}
