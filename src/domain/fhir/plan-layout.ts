// How each plan's fields sit in a CarePlan's activities, declared once for both directions
// (to-bundle.ts writes them, from-bundle.ts reads them back). Each activity carries its field's
// code (system plan-part); list entries keep the person's order.
import type { PlanKind } from './snapshot.ts';

export type PlanPart =
  /** Free text: one activity whose description is the text; none when empty. */
  | { field: string; kind: 'text' }
  /** A list of lines: one activity per line. */
  | { field: string; kind: 'lines' }
  /** A list of "when this, do that": the reason is the first, the description the second. */
  | { field: string; kind: 'pairs'; when: string; response: string }
  /** A list of the person's contacts, each the activity's performer, with words or none. */
  | { field: string; kind: 'contacts'; words?: string }
  /** People the person does not want involved: doNotPerform, the name as the performer. */
  | { field: string; kind: 'notInvolved' }
  /** One contact or none. */
  | { field: string; kind: 'contact' }
  /** An object of free texts (practical matters): one activity per filled one. */
  | { field: string; kind: 'texts'; keys: readonly string[] };

export const PLAN_LAYOUT: Readonly<Record<PlanKind, readonly PlanPart[]>> = {
  staying_well: [
    { field: 'daily', kind: 'lines' },
    { field: 'weekly', kind: 'lines' },
    { field: 'triggers', kind: 'pairs', when: 'trigger', response: 'whatHelps' },
    { field: 'earlyWarningSigns', kind: 'pairs', when: 'sign', response: 'whatToDo' },
    { field: 'gettingWorse', kind: 'pairs', when: 'sign', response: 'whatHelps' },
  ],
  crisis_plan: [
    { field: 'signs', kind: 'text' },
    { field: 'wantInvolved', kind: 'contacts', words: 'whatToDo' },
    { field: 'notInvolved', kind: 'notInvolved' },
    { field: 'whatHelps', kind: 'text' },
    { field: 'whatDoesNotHelp', kind: 'text' },
    { field: 'treatment', kind: 'text' },
    { field: 'medication', kind: 'text' },
    { field: 'allergies', kind: 'text' },
    {
      field: 'practical',
      kind: 'texts',
      keys: ['children', 'pets', 'home', 'bills', 'work'],
    },
    { field: 'placesOfCare', kind: 'text' },
    { field: 'noLongerApplies', kind: 'text' },
    { field: 'nominatedPersonContactId', kind: 'contact' },
  ],
  safety_plan: [
    { field: 'warningSigns', kind: 'lines' },
    { field: 'onMyOwn', kind: 'lines' },
    { field: 'peopleAndPlaces', kind: 'lines' },
    { field: 'peopleToAsk', kind: 'contacts' },
    { field: 'professionals', kind: 'contacts' },
    { field: 'saferSurroundings', kind: 'lines' },
    { field: 'reasonsForLiving', kind: 'lines' },
  ],
  after_crisis: [
    { field: 'backOnTrack', kind: 'text' },
    { field: 'learned', kind: 'text' },
  ],
  moving_on: [
    { field: 'earlyWarningSigns', kind: 'lines' },
    { field: 'contacts', kind: 'contacts', words: 'whatToDo' },
    { field: 'wayBack', kind: 'text' },
    { field: 'whatToSay', kind: 'text' },
    { field: 'helpedBefore', kind: 'text' },
  ],
};

/** Plan titles in the export, for systems that show a CarePlan's title. */
export const PLAN_TITLES: Readonly<Record<PlanKind, string>> = {
  staying_well: 'Staying well plan',
  crisis_plan: 'Crisis plan',
  safety_plan: 'Safety plan',
  after_crisis: 'After a crisis',
  moving_on: 'Moving on plan',
};

export const ABOUT_ME_PARTS = [
  ['strengths', 'Strengths'],
  ['values', 'Values'],
  ['whatMatters', 'What matters to me'],
  ['identity', 'Identity'],
  ['culture', 'Culture'],
  ['whenWell', 'When I am well'],
  ['howToSupportMe', 'How to support me'],
] as const;

/** Goal statuses and Goal.lifecycleStatus, one to one. */
export const GOAL_LIFECYCLE = {
  not_started: 'proposed',
  in_progress: 'active',
  achieved: 'completed',
  paused: 'on-hold',
  stopped: 'cancelled',
} as const;
