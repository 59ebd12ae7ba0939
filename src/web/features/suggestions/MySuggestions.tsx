// A suggester's own suggestions, on "People I support": to whom, about what, and what became
// of each (waiting, accepted, accepted with changes, declined with the person's reply), with
// Withdraw for one still waiting. No record content: only what became of them.
import '../../../domain/i18n/suggestions.messages.ts';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import type { MySuggestion } from '../../../domain/suggestions/suggestion.schema.ts';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { asApiError } from '../../lib/api.ts';
import { dataOf, useResource } from '../../lib/resource.ts';
import { mySuggestions } from './suggestions.resource.ts';

function statusOf(s: MySuggestion): string {
  if (s.status === 'accepted' && s.changed) return t('suggestions.status.acceptedChanged');
  return t(`suggestions.status.${s.status}`);
}

export function MySuggestions() {
  const list = useResource((signal) => mySuggestions.list(signal), []);
  const notice = useNotice();
  const items = dataOf(list.state) ?? [];
  if (items.length === 0) return null;

  const withdraw = async (id: string) => {
    try {
      await mySuggestions.withdraw(id);
      notice.show({ message: t('mySuggestions.withdrawn') });
    } catch (error) {
      notice.show({ message: asApiError(error).message, problem: true });
    } finally {
      list.refresh();
    }
  };

  return (
    <section aria-labelledby="my-suggestions">
      <h2 id="my-suggestions">{t('mySuggestions.title')}</h2>
      <Notice state={notice} />
      <ul class="cards">
        {items.map((s) => {
          const title = t('mySuggestions.item', {
            name: s.personName,
            what: t(`suggestions.what.${s.kind}`),
          });
          return (
            <li key={s.id} class="card">
              <h3 class="card__title">{title}</h3>
              <p class="card__meta">
                <span class="tag">{statusOf(s)}</span>
                <span>{t('suggestions.when', { when: formatDateTime(s.createdAt) })}</span>
              </p>
              {s.reply && <p>{t('suggestions.theirReply', { reply: s.reply })}</p>}
              {s.status === 'pending' && (
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => withdraw(s.id)}
                >
                  {t('mySuggestions.withdraw')} <span class="visually-hidden">{title}</span>
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
