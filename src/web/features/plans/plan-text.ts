// Each plan as labelled rows of plain text: for the conflict panel (yours beside the saved
// version) and for earlier versions on the history page.
import '../../../domain/i18n/after-crisis.messages.ts';
import '../../../domain/i18n/staying-well.messages.ts';
import '../../../domain/i18n/safety-plan.messages.ts';
import '../../../domain/i18n/crisis-plan.messages.ts';
import '../../../domain/i18n/moving-on.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import type {
  AfterCrisis,
  CrisisPlan,
  MovingOnPlan,
  SafetyPlan,
  StayingWellPlan,
} from '../../../domain/record/plans.schema.ts';
import type { ConflictRow } from '../../components/ConflictPanel.tsx';
import type { NameOf } from '../support-network/support-network.resource.ts';
import type { PlanData, PlanKind } from './plans.resource.ts';

export type Row = { label: string; value: string };
export type { NameOf };

const pair = (first: string, second: string) =>
  second.trim() === '' ? first : t('plans.pair', { first, second });
const lines = (items: string[]) => items.join('\n');

function stayingWellRows(plan: StayingWellPlan): Row[] {
  return [
    { label: t('plans.sw.daily'), value: lines(plan.daily) },
    { label: t('plans.sw.weekly'), value: lines(plan.weekly) },
    {
      label: t('plans.sw.triggers'),
      value: lines(plan.triggers.map((e) => pair(e.trigger, e.whatHelps))),
    },
    {
      label: t('plans.sw.earlyWarningSigns'),
      value: lines(plan.earlyWarningSigns.map((e) => pair(e.sign, e.whatToDo))),
    },
    {
      label: t('plans.sw.gettingWorse'),
      value: lines(plan.gettingWorse.map((e) => pair(e.sign, e.whatHelps))),
    },
  ];
}

function crisisRows(plan: CrisisPlan, nameOf: NameOf): Row[] {
  const p = plan.practical;
  return [
    { label: t('plans.crisis.signs'), value: plan.signs },
    {
      label: t('plans.crisis.wantInvolved'),
      value: lines(plan.wantInvolved.map((e) => pair(nameOf(e.contactId), e.whatToDo))),
    },
    {
      label: t('plans.crisis.notInvolved'),
      value: lines(plan.notInvolved.map((e) => pair(e.name, e.reason))),
    },
    { label: t('plans.crisis.whatHelps'), value: plan.whatHelps },
    { label: t('plans.crisis.whatDoesNotHelp'), value: plan.whatDoesNotHelp },
    { label: t('plans.crisis.treatment'), value: plan.treatment },
    { label: t('plans.crisis.medication'), value: plan.medication },
    { label: t('plans.crisis.allergies'), value: plan.allergies },
    { label: t('plans.crisis.practical.children'), value: p.children },
    { label: t('plans.crisis.practical.pets'), value: p.pets },
    { label: t('plans.crisis.practical.home'), value: p.home },
    { label: t('plans.crisis.practical.bills'), value: p.bills },
    { label: t('plans.crisis.practical.work'), value: p.work },
    { label: t('plans.crisis.placesOfCare'), value: plan.placesOfCare },
    { label: t('plans.crisis.noLongerApplies'), value: plan.noLongerApplies },
    {
      label: t('plans.crisis.nominatedPerson'),
      value: plan.nominatedPersonContactId ? nameOf(plan.nominatedPersonContactId) : '',
    },
    {
      label: t('plans.crisis.advanceChoice'),
      value: plan.advanceChoiceDocumentId ? t('plans.crisis.advanceChoice.attached') : '',
    },
    {
      label: t('plans.crisis.lastReviewed'),
      value: plan.lastReviewed ? formatDate(plan.lastReviewed) : '',
    },
  ];
}

function safetyRows(plan: SafetyPlan, nameOf: NameOf): Row[] {
  return [
    { label: t('plans.safety.warningSigns'), value: lines(plan.warningSigns) },
    { label: t('plans.safety.onMyOwn'), value: lines(plan.onMyOwn) },
    { label: t('plans.safety.peopleAndPlaces'), value: lines(plan.peopleAndPlaces) },
    {
      label: t('plans.safety.peopleToAsk'),
      value: lines(plan.peopleToAsk.map((e) => nameOf(e.contactId))),
    },
    {
      label: t('plans.safety.professionals'),
      value: lines(plan.professionals.map((e) => nameOf(e.contactId))),
    },
    { label: t('plans.safety.saferSurroundings'), value: lines(plan.saferSurroundings) },
    { label: t('plans.safety.reasonsForLiving'), value: lines(plan.reasonsForLiving) },
    {
      label: t('plans.safety.photos'),
      value:
        plan.reasonPhotoIds.length === 0
          ? ''
          : t('plans.safety.photoCount', { count: plan.reasonPhotoIds.length }),
    },
  ];
}

function afterCrisisRows(plan: AfterCrisis): Row[] {
  return [
    { label: t('plans.after.backOnTrack'), value: plan.backOnTrack },
    { label: t('plans.after.learned'), value: plan.learned },
  ];
}

function movingOnRows(plan: MovingOnPlan, nameOf: NameOf): Row[] {
  return [
    { label: t('plans.moving.earlyWarningSigns'), value: lines(plan.earlyWarningSigns) },
    {
      label: t('plans.moving.contacts'),
      value: lines(plan.contacts.map((e) => pair(nameOf(e.contactId), e.whatToDo))),
    },
    { label: t('plans.moving.wayBack'), value: plan.wayBack },
    { label: t('plans.moving.whatToSay'), value: plan.whatToSay },
    { label: t('plans.moving.helpedBefore'), value: plan.helpedBefore },
  ];
}

export function planRows<K extends PlanKind>(kind: K, data: PlanData[K], nameOf: NameOf): Row[] {
  switch (kind) {
    case 'staying-well':
      return stayingWellRows(data as StayingWellPlan);
    case 'crisis':
      return crisisRows(data as CrisisPlan, nameOf);
    case 'safety':
      return safetyRows(data as SafetyPlan, nameOf);
    case 'moving-on':
      return movingOnRows(data as MovingOnPlan, nameOf);
    default:
      return afterCrisisRows(data as AfterCrisis);
  }
}

/** Your version beside the saved one, row by row. */
export function compareRows<K extends PlanKind>(
  kind: K,
  yours: PlanData[K],
  saved: PlanData[K],
  nameOf: NameOf,
): ConflictRow[] {
  const mine = planRows(kind, yours, nameOf);
  const theirs = planRows(kind, saved, nameOf);
  return mine.map((row, index) => ({
    label: row.label,
    yours: row.value,
    saved: theirs[index]?.value ?? '',
  }));
}

export function planTitle(kind: PlanKind): string {
  return t(`plans.${kind}.title`);
}
