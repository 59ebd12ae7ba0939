// A calm reminder when the crisis plan has not been looked at for more than six months, or
// has no review date: on the home page and on the crisis plan itself. Never a pop-up.
import '../../../domain/i18n/plans-web.messages.ts';
import { Link } from 'wouter-preact';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import { crisisPlanNeedsReview } from '../../../domain/record/crisis-review.ts';
import { today } from '../../lib/today.ts';

type Props = { lastReviewed: string | null; headingLevel?: 2 | 3 };

export function ReviewReminder({ lastReviewed, headingLevel = 2 }: Props) {
  if (!crisisPlanNeedsReview(lastReviewed, today())) return null;
  const Heading = headingLevel === 3 ? 'h3' : 'h2';
  return (
    <div class="reminder" role="note" aria-labelledby="review-reminder-title">
      <Heading id="review-reminder-title" class="reminder__title">
        {t('plans.review.title')}
      </Heading>
      <p>
        {lastReviewed
          ? t('plans.review.old', { date: formatDate(lastReviewed) })
          : t('plans.review.missing')}
      </p>
      <p>
        <Link href="/crisis-plan/change">{t('plans.review.link')}</Link>
      </p>
    </div>
  );
}
