import '../../../domain/i18n/goals.messages.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatTime, t } from '../../../domain/i18n/translate.ts';
import {
  type Goal,
  type GoalStep,
  goalSchema,
  goalStepSchema,
} from '../../../domain/record/record.schema.ts';
import { ConflictPanel } from '../../components/ConflictPanel.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/fields.tsx';
import type { NoticeState } from '../../components/Notice.tsx';
import type { Saved } from '../../lib/conflict.ts';
import { type Conflicted, saveMerging, useRestoredNotice } from '../../lib/editor.ts';
import { newStepId, useForm, validate } from '../../lib/form.ts';
import type { AreaItem } from '../life-areas/life-areas.resource.ts';
import { compareRows, withLiveArea } from './goal-text.ts';
import { type GoalItem, goals } from './goals.resource.ts';
import { StepItem } from './StepItem.tsx';

type Props = {
  personId: string;
  goal: GoalItem;
  areas: AreaItem[];
  notice: NoticeState;
  onChange: (goal: GoalItem) => void;
};

/** The steps of a goal: add, tick, remove, and put in order with Move up / Move down. */
export function GoalSteps({ personId, goal, areas, notice, onChange }: Props) {
  const form = useForm({ text: '' }, undefined, { form: `goal:${goal.id}:step`, owner: personId });

  useRestoredNotice(form, notice);
  const [conflict, setConflict] = useState<Conflicted<Goal> | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const focusNext = useRef<string | null>(null);
  // A tick or a move shows at once, while it is being saved; it goes back if the save fails.
  const [pending, setPending] = useState<GoalStep[] | null>(null);
  const steps = pending ?? goal.data.steps;
  // Undo may run after later changes, so it reads the newest saved goal from here.
  const latest = useRef(goal);
  latest.current = goal;

  useEffect(() => {
    const id = focusNext.current;
    focusNext.current = null;
    if (id === 'heading') heading.current?.focus();
    else if (id) document.getElementById(id)?.focus();
  }, [steps]);

  /**
   * Saves the goal over `base`; a step added or changed in another tab meanwhile is merged in
   * (lib/merge-save.ts). Resolves to the saved goal, or null.
   */
  const saveGoal = async (data: Goal, base: Saved<Goal>): Promise<GoalItem | null> => {
    if (JSON.stringify(data) === JSON.stringify(base.data)) {
      // Nothing to save (the saved version was chosen): show it as it is.
      return adopt(base, t('conflict.usingSaved'));
    }
    const checked = validate(goalSchema, withLiveArea(data, areas));
    if (!checked.ok) {
      form.showErrors(checked.errors.steps ? { 'new-step': checked.errors.steps } : checked.errors);
      return null;
    }
    const outcome = await saveMerging({
      base,
      mine: checked.data,
      save: (next, version) => goals(personId).update(goal.id, next, version),
      load: () => goals(personId).get(goal.id),
    });
    if (outcome.conflict) {
      setConflict(outcome.conflict);
      return null;
    }
    const time = formatTime(outcome.saved.updatedAt ?? new Date().toISOString());
    return adopt(outcome.saved, t(outcome.merged ? 'merge.saved' : 'record.savedAt', { time }));
  };

  const adopt = (saved: Saved<Goal>, message: string): GoalItem => {
    const item: GoalItem = {
      ...latest.current,
      version: saved.version,
      updatedAt: saved.updatedAt ?? latest.current.updatedAt,
      data: saved.data,
    };
    setConflict(null);
    onChange(item);
    notice.show({ message });
    return item;
  };

  /** Saves the steps onto the newest saved goal. */
  const saveSteps = (steps: GoalStep[], base: Saved<Goal> = latest.current) =>
    saveGoal({ ...base.data, steps }, base);

  /** Runs one change at a time; a failure is shown and nothing typed is lost. */
  const change = (next: GoalStep[], focusId: string | null) => {
    if (form.busy) return Promise.resolve();
    focusNext.current = focusId;
    setPending(next);
    return form.run(async () => {
      try {
        await saveSteps(next);
      } finally {
        setPending(null);
      }
    });
  };

  const addStep = (event: Event) => {
    event.preventDefault();
    const step = { id: newStepId(), text: form.values.text, done: false };
    const checked = validate(goalStepSchema, step);
    if (!checked.ok) return form.showErrors({ 'new-step': checked.errors.text ?? '' });
    form.clearErrors();
    return form.run(async () => {
      if (await saveSteps([...latest.current.data.steps, checked.data])) form.set('text', '');
    });
  };

  const move = (index: number, by: -1 | 1) => {
    const next = [...steps];
    const [step] = next.splice(index, 1);
    if (!step) return;
    next.splice(index + by, 0, step);
    // Keep focus on the same button of the moved step, or its other one at the top or bottom.
    const target = index + by;
    const hasUp = target > 0;
    const hasDown = target < next.length - 1;
    const button = by === -1 ? (hasUp ? 'up' : 'down') : hasDown ? 'down' : 'up';
    return change(next, `${button}-${step.id}`);
  };

  const remove = (index: number) => {
    const step = steps[index];
    if (!step) return;
    return form.run(async () => {
      focusNext.current = 'heading';
      const saved = await saveSteps(steps.filter((s) => s.id !== step.id));
      if (!saved) return;
      notice.show({
        message: t('goal.steps.removed', { text: step.text }),
        undo: async () => {
          const back = [...latest.current.data.steps];
          back.splice(Math.min(index, back.length), 0, step);
          const restored = await saveSteps(back);
          return restored
            ? t('goal.steps.restored', { text: step.text })
            : t('goal.steps.notRestored');
        },
      });
    });
  };

  return (
    <section aria-labelledby="steps-title">
      <h2 id="steps-title" tabIndex={-1} ref={heading}>
        {t('goal.steps.title')}
      </h2>
      {conflict && (
        <ConflictPanel
          rows={compareRows(conflict.yours, conflict.theirs, areas)}
          savedAt={conflict.saved.updatedAt}
          busy={form.busy}
          onUseSaved={() =>
            form.run(async () => {
              await saveGoal(conflict.theirs, conflict.saved);
            })
          }
          onKeepMine={() =>
            form.run(async () => {
              await saveGoal(conflict.yours, conflict.saved);
            })
          }
        />
      )}
      <ErrorSummary errors={form.errors} formError={form.formError} attempt={form.attempt} />
      {steps.length === 0 ? (
        <p>{t('goal.steps.none')}</p>
      ) : (
        <>
          <p class="hint">{t('goal.steps.hint')}</p>
          <ol class="steps" aria-labelledby="steps-title">
            {steps.map((step, index) => (
              <StepItem
                key={step.id}
                step={step}
                first={index === 0}
                last={index === steps.length - 1}
                busy={form.busy}
                onToggle={() =>
                  change(
                    steps.map((s) => (s.id === step.id ? { ...s, done: !s.done } : s)),
                    `step-${step.id}`,
                  )
                }
                onMove={(by) => move(index, by)}
                onRemove={() => remove(index)}
              />
            ))}
          </ol>
        </>
      )}
      <form class="form form--inline" noValidate onSubmit={addStep}>
        <TextField
          id="new-step"
          label={t('goal.steps.new')}
          hint={t('goal.steps.new.hint')}
          value={form.values.text}
          error={form.errors['new-step']}
          onInput={(value) => form.set('text', value)}
        />
        <button type="submit" class="button button--secondary" disabled={form.busy}>
          {t('goal.steps.add')}
        </button>
      </form>
    </section>
  );
}
