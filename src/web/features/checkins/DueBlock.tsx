// "What is due" on the home page: a check-in at the rhythm the person chose.
import '../../../domain/i18n/checkins.messages.ts';
import { Link } from 'wouter-preact';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import { dataOf, useResource } from '../../lib/resource.ts';
import { today } from '../../lib/today.ts';
import { checkinApi } from './checkins.resource.ts';

export function DueBlock({ personId }: { personId: string }) {
  const due = useResource((signal) => checkinApi(personId).due(today(), signal), [personId]);
  const data = dataOf(due.state);
  const checkin = data?.checkin;
  return (
    <section class="due" aria-labelledby="due-title">
      <h2 id="due-title">{t('checkinsWeb.dueTitle')}</h2>
      {checkin?.due ? (
        <p class="due__item">
          {t('checkinsWeb.dueNow')} <Link href="/check-in">{t('checkinsWeb.checkInNow')}</Link>
        </p>
      ) : (
        <p>
          {checkin?.nextDueOn
            ? t('checkinsWeb.dueNext', { date: formatDate(checkin.nextDueOn) })
            : t('checkinsWeb.dueNothing')}{' '}
          <Link href="/check-in">{t('checkinsWeb.checkInAnyTime')}</Link>
        </p>
      )}
    </section>
  );
}
