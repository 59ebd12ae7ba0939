import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { asApiError } from '../../lib/api.ts';
import { isConflict } from '../../lib/conflict.ts';
import { setFlash } from '../../lib/flash.ts';
import { type GoalItem, goals } from './goals.resource.ts';

type Props = {
  personId: string;
  goal: GoalItem;
  onCancel: () => void;
  /** The goal changed somewhere else since this page loaded. */
  onStale: () => void;
};

/** Asks once, in plain words; after deleting, My goals offers Undo. */
export function DeleteGoal({ personId, goal, onCancel, onStale }: Props) {
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const question = useRef<HTMLParagraphElement>(null);
  useEffect(() => question.current?.focus(), []);

  const remove = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const deleted = await goals(personId).remove(goal.id, goal.version);
      const title = goal.data.title;
      setFlash({
        message: t('goals.deleted', { title }),
        undo: async () => {
          await goals(personId).undelete(goal.id, deleted.version);
          return t('goals.restored', { title });
        },
      });
      navigate('/goals');
    } catch (error) {
      setBusy(false);
      if (isConflict(error)) onStale();
      else setProblem(asApiError(error).message);
    }
  };

  return (
    <div class="panel panel--confirm">
      <p ref={question} tabIndex={-1} class="panel__question">
        {t('goal.delete.confirm', { title: goal.data.title })}
      </p>
      {problem && (
        <p role="alert" class="field-error">
          {problem}
        </p>
      )}
      <div class="button-group">
        <button type="button" class="button" disabled={busy} onClick={remove}>
          {t('goal.delete.yes')}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          {t('record.cancel')}
        </button>
      </div>
    </div>
  );
}
