// A record snapshot cut down to what one access decision lets its actor read (decision 0049):
// the one path by which the export (the owner: nothing is cut) and the FHIR read API (an app's
// token: its sections only) gather what the mapping writes. Pure.
import type { AccessDecision } from '../access/decision.ts';
import { ATTACHMENT_PURPOSES } from '../attachments/file-type.ts';
import type { Section } from '../record/sections.ts';
import { PLAN_KINDS, type PlanKind, type RecordSnapshot } from './snapshot.ts';

/** Whether the decision reads a section. */
export const readsSection = (decision: AccessDecision, section: Section) =>
  decision.read.has(section);

/**
 * What `decision` may read of `snapshot`. The owner's decision keeps everything; anyone else
 * gets the sections they read, without "for me only" rows, the journal entries not shared with
 * them, the advance choice document unless given, the person's email, and the people the
 * person shares with (someone else's sharing is not theirs to see).
 */
export function limitSnapshot(snapshot: RecordSnapshot, decision: AccessDecision): RecordSnapshot {
  if (decision.isOwner) return snapshot;
  const reads = (section: Section) => readsSection(decision, section);
  const shown = <T extends { forMeOnly: boolean }>(rows: T[]) =>
    decision.withheld.forMeOnly ? rows.filter((row) => !row.forMeOnly) : rows;
  const entries = decision.withheld.journalEntries;
  const plans = Object.fromEntries(
    PLAN_KINDS.map((kind) => [kind, reads(kind) ? snapshot.plans[kind] : null]),
  ) as RecordSnapshot['plans'];
  const crisis = plans.crisis_plan;
  if (crisis && decision.withheld.advanceChoiceDocument)
    plans.crisis_plan = { ...crisis, data: { ...crisis.data, advanceChoiceDocumentId: null } };
  return {
    person: { ...snapshot.person, email: '' },
    aboutMe: reads('about_me') ? snapshot.aboutMe : null,
    lifeAreas: reads('goals') || decision.namesOf.has('goals') ? snapshot.lifeAreas : [],
    goals: reads('goals') ? snapshot.goals : [],
    plans,
    supportNetwork: reads('support_network') ? snapshot.supportNetwork : [],
    relationships: [],
    checkinSettings: reads('checkins') ? snapshot.checkinSettings : null,
    checkins: reads('checkins') ? shown(snapshot.checkins) : [],
    lifeAreaRatings: reads('checkins') ? snapshot.lifeAreaRatings : [],
    measureResponses: reads('measures') ? shown(snapshot.measureResponses) : [],
    reviews: reads('reviews') ? snapshot.reviews : [],
    journal:
      entries === 'all' ? snapshot.journal : snapshot.journal.filter((e) => entries.has(e.id)),
    attachments: snapshot.attachments.filter(
      (file) =>
        reads(ATTACHMENT_PURPOSES[file.purpose].section as PlanKind) &&
        !(file.purpose === 'advance_choice' && decision.withheld.advanceChoiceDocument),
    ),
  };
}
