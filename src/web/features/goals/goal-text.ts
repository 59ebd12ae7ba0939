// How a goal is put into words on screen: status, steps, and the rows used to compare two
// versions (conflicts) or show an earlier one (history).
import '../../../domain/i18n/goals.messages.ts';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import type { Goal, GoalStatus, GoalStep } from '../../../domain/record/record.schema.ts';
import type { ConflictRow } from '../../components/ConflictPanel.tsx';
import { type AreaItem, areaName } from '../life-areas/life-areas.resource.ts';

export function statusLabel(status: GoalStatus): string {
  return t(`goal.status.${status}`);
}

export function nextStep(goal: Goal): GoalStep | undefined {
  return goal.steps.find((step) => !step.done);
}

export function stepsText(steps: GoalStep[]): string {
  return steps
    .map((step) => (step.done ? t('goal.steps.doneLine', { text: step.text }) : step.text))
    .join('\n');
}

export type GoalRow = { label: string; value: string };

/** A goal as labelled lines of text, in the order the goal form shows them. */
export function goalRows(goal: Goal, areas: AreaItem[]): GoalRow[] {
  return [
    { label: t('goal.field.title'), value: goal.title },
    { label: t('goal.summary.why'), value: goal.why },
    {
      label: t('goal.field.lifeArea'),
      value: areaName(areas, goal.lifeAreaId) ?? t('goals.noArea'),
    },
    { label: t('goal.steps.title'), value: stepsText(goal.steps) },
    { label: t('goal.summary.whoHelps'), value: goal.whoHelps },
    {
      label: t('goal.summary.targetDate'),
      value: goal.targetDate ? formatDate(goal.targetDate) : '',
    },
    { label: t('goal.field.status'), value: statusLabel(goal.status) },
  ];
}

export function compareRows(yours: Goal, saved: Goal, areas: AreaItem[]): ConflictRow[] {
  const savedRows = goalRows(saved, areas);
  return goalRows(yours, areas).map((row, index) => ({
    label: row.label,
    yours: row.value,
    saved: savedRows[index]?.value ?? '',
  }));
}

/**
 * A goal whose life area was removed still points at it; the server refuses to save such a
 * link, so the goal is saved as not linked to a life area (which is how it is shown too).
 */
export function withLiveArea(goal: Goal, areas: AreaItem[]): Goal {
  return areaName(areas, goal.lifeAreaId) === undefined ? { ...goal, lifeAreaId: null } : goal;
}
