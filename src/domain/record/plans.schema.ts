// Shapes of the support network and the plans (staying well, crisis, safety, after a crisis,
// moving on).
// Shared by server validation and the web forms. Lists are ordered by the person.

import { say } from '../i18n/said.ts';
import { calendarDate, id, LIMITS, longText, requiredLine, z } from '../validation.ts';
import { CONTACT_KINDS } from './contact-kinds.ts';

const line = (max: number) =>
  z.string().max(max, { error: () => say('validation.tooLong', { max }) });
const list = <T extends z.ZodType>(item: T) =>
  z
    .array(item)
    .max(LIMITS.listItems, { error: () => say('validation.tooMany', { max: LIMITS.listItems }) });
const lines = () =>
  list(requiredLine(LIMITS.shortText * 2, () => say('validation.requiredGeneric')));

export { CONTACT_KINDS } from './contact-kinds.ts';

export const supportContactSchema = z.strictObject({
  name: requiredLine(LIMITS.name, () => say('validation.required.name')),
  kind: z.enum(CONTACT_KINDS),
  howTheyHelp: longText(),
  phone: line(40).regex(/^[0-9+()\-\s]*$/, { error: () => say('validation.phone') }),
  email: z.union([
    z.literal(''),
    z.email({ error: () => say('validation.email') }).max(LIMITS.email),
  ]),
  notes: longText(),
  formal: z.boolean(),
  crisisContact: z.boolean(),
});
export type SupportContact = z.infer<typeof supportContactSchema>;

export const stayingWellSchema = z.strictObject({
  daily: lines(),
  weekly: lines(),
  triggers: list(
    z.strictObject({
      trigger: requiredLine(600, () => say('validation.requiredGeneric')),
      whatHelps: longText(),
    }),
  ),
  earlyWarningSigns: list(
    z.strictObject({
      sign: requiredLine(600, () => say('validation.requiredGeneric')),
      whatToDo: longText(),
    }),
  ),
  gettingWorse: list(
    z.strictObject({
      sign: requiredLine(600, () => say('validation.requiredGeneric')),
      whatHelps: longText(),
    }),
  ),
});
export type StayingWellPlan = z.infer<typeof stayingWellSchema>;
export const EMPTY_STAYING_WELL: StayingWellPlan = {
  daily: [],
  weekly: [],
  triggers: [],
  earlyWarningSigns: [],
  gettingWorse: [],
};

export const crisisPlanSchema = z.strictObject({
  signs: longText(),
  wantInvolved: list(z.strictObject({ contactId: id(), whatToDo: longText() })),
  notInvolved: list(
    z.strictObject({
      name: requiredLine(LIMITS.name, () => say('validation.requiredGeneric')),
      reason: longText(),
    }),
  ),
  whatHelps: longText(),
  whatDoesNotHelp: longText(),
  treatment: longText(),
  medication: longText(),
  allergies: longText(),
  practical: z.strictObject({
    children: longText(),
    pets: longText(),
    home: longText(),
    bills: longText(),
    work: longText(),
  }),
  placesOfCare: longText(),
  noLongerApplies: longText(),
  nominatedPersonContactId: id().nullable(),
  advanceChoiceDocumentId: id().nullable(),
  lastReviewed: calendarDate().nullable(),
});
export type CrisisPlan = z.infer<typeof crisisPlanSchema>;
export const EMPTY_CRISIS_PLAN: CrisisPlan = {
  signs: '',
  wantInvolved: [],
  notInvolved: [],
  whatHelps: '',
  whatDoesNotHelp: '',
  treatment: '',
  medication: '',
  allergies: '',
  practical: { children: '', pets: '', home: '', bills: '', work: '' },
  placesOfCare: '',
  noLongerApplies: '',
  nominatedPersonContactId: null,
  advanceChoiceDocumentId: null,
  lastReviewed: null,
};

export const safetyPlanSchema = z.strictObject({
  warningSigns: lines(),
  onMyOwn: lines(),
  peopleAndPlaces: lines(),
  peopleToAsk: list(z.strictObject({ contactId: id() })),
  professionals: list(z.strictObject({ contactId: id() })),
  saferSurroundings: lines(),
  reasonsForLiving: lines(),
  reasonPhotoIds: list(id()),
});
export type SafetyPlan = z.infer<typeof safetyPlanSchema>;
export const EMPTY_SAFETY_PLAN: SafetyPlan = {
  warningSigns: [],
  onMyOwn: [],
  peopleAndPlaces: [],
  peopleToAsk: [],
  professionals: [],
  saferSurroundings: [],
  reasonsForLiving: [],
  reasonPhotoIds: [],
};

export const afterCrisisSchema = z.strictObject({ backOnTrack: longText(), learned: longText() });
export type AfterCrisis = z.infer<typeof afterCrisisSchema>;
export const EMPTY_AFTER_CRISIS: AfterCrisis = { backOnTrack: '', learned: '' };

/**
 * Moving on: the person's plan for leaving a service (issue 14). Their early warning signs, who
 * they will contact (from their support network, as the crisis plan draws on it) and how to come
 * back quickly: the way back in their own words, what to say, and what helped before. It is the
 * person's, so it stays in their record whatever happens to any service connection.
 */
export const movingOnSchema = z.strictObject({
  earlyWarningSigns: lines(),
  contacts: list(z.strictObject({ contactId: id(), whatToDo: longText() })),
  wayBack: longText(),
  whatToSay: longText(),
  helpedBefore: longText(),
});
export type MovingOnPlan = z.infer<typeof movingOnSchema>;
export const EMPTY_MOVING_ON: MovingOnPlan = {
  earlyWarningSigns: [],
  contacts: [],
  wayBack: '',
  whatToSay: '',
  helpedBefore: '',
};

export { crisisPlanNeedsReview } from './crisis-review.ts';
