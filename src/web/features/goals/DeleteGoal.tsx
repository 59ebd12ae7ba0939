import '../../../domain/i18n/goals.messages.ts';
import { useLocation } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { ConfirmPanel } from '../../components/ConfirmPanel.tsx';
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

  const remove = async () => {
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
  };

  return (
    <ConfirmPanel
      question={t('goal.delete.confirm', { title: goal.data.title })}
      yes={t('goal.delete.yes')}
      onYes={remove}
      onCancel={onCancel}
      onStale={onStale}
    />
  );
}
