import { useState } from 'preact/hooks';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import type { NoticeState } from '../../components/Notice.tsx';
import { asApiError } from '../../lib/api.ts';
import { useAccount } from '../../lib/session.tsx';
import { type GoalItem, goals } from './goals.resource.ts';

type Props = { deleted: GoalItem[]; notice: NoticeState; onChanged: () => void };

/** Recently deleted goals, each with "Bring back". */
export function DeletedGoals({ deleted, notice, onChanged }: Props) {
  const account = useAccount();
  const [busy, setBusy] = useState(false);
  if (deleted.length === 0) return null;

  const bringBack = async (goal: GoalItem) => {
    setBusy(true);
    try {
      await goals(account.id).undelete(goal.id, goal.version);
      notice.show({ message: t('goals.restored', { title: goal.data.title }) });
    } catch (error) {
      notice.show({ message: asApiError(error).message, problem: true });
    } finally {
      setBusy(false);
      onChanged();
      // The button pressed is about to go: keep the keyboard at the top of the page.
      document.querySelector<HTMLElement>('main h1')?.focus();
    }
  };

  return (
    <section aria-labelledby="deleted-title" class="deleted">
      <h2 id="deleted-title">{t('goals.deletedTitle')}</h2>
      <p>{t('goals.deletedIntro')}</p>
      <ul class="plain-list">
        {deleted.map((goal) => (
          <li key={goal.id} class="deleted__item">
            <p>
              {goal.data.title}
              {goal.deletedAt && (
                <span class="meta">
                  {' '}
                  {t('goals.deletedWhen', { when: formatDateTime(goal.deletedAt) })}
                </span>
              )}
            </p>
            <button
              type="button"
              class="button button--secondary button--small"
              onClick={() => !busy && bringBack(goal)}
            >
              {t('goals.undelete', { title: goal.data.title })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
