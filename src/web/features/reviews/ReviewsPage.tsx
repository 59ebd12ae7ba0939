// The person's reviews: start one, open any, and how the ratings changed from one to the next.
// The same page serves someone the person shares reviews with (read-only unless they were given
// suggest on reviews, when they may start one too).
import '../../../domain/i18n/reviews.messages.ts';
import { useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { asApiError } from '../../lib/api.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { SectionHeading } from '../record/section-title.tsx';
import { type ReviewSummary, ratedWords, reviewsApi, useReviews } from './reviews.resource.ts';
import '../../styles/checkins.css';
import '../../styles/reviews.css';

/** How many reviews the table of changes shows, oldest on the left. */
const CHANGE_COLUMNS = 4;

export function ReviewsPage() {
  const record = useRecord();
  const reviews = useReviews(record.personId);
  const canStart = record.isOwner || (record.canSuggest?.('reviews') ?? false);
  return (
    <>
      <SectionHeading record={record} section="reviews" ownTitle={t('review.title')} />
      <p class="lead">
        {record.isOwner ? t('review.intro') : t('review.introOther', { name: record.personName })}
      </p>
      {canStart && <StartReview personId={record.personId} />}
      <Loaded resource={reviews}>
        {(items, empty) =>
          empty ? (
            <p>{t('review.none')}</p>
          ) : (
            <>
              <ReviewList items={items} />
              <RatingChanges items={items.slice(0, CHANGE_COLUMNS).reverse()} />
            </>
          )
        }
      </Loaded>
    </>
  );
}

function StartReview({ personId }: { personId: string }) {
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const review = await reviewsApi(personId).start();
      navigate(`/reviews/${review.id}`);
    } catch (error) {
      setProblem(asApiError(error).message);
      setBusy(false);
    }
  };
  return (
    <div class="button-group">
      <button type="button" class="button" disabled={busy} onClick={start}>
        {t('review.start')}
      </button>
      {problem && (
        <p class="problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}

function ReviewList({ items }: { items: ReviewSummary[] }) {
  return (
    <>
      <h2>{t('review.list.heading')}</h2>
      <ul class="review-list">
        {items.map((review) => (
          <li key={review.id} class="review-list__item">
            <Link href={`/reviews/${review.id}`}>
              {t('review.list.item', { date: formatDate(review.createdAt.slice(0, 10)) })}
            </Link>
            {review.meetingOn && <p>{t('review.met', { date: formatDate(review.meetingOn) })}</p>}
            {review.areas.length > 0 && (
              <p>{t('review.list.areas', { areas: review.areas.join(', ') })}</p>
            )}
            {review.waitingActions > 0 && (
              <p>{t('review.list.waiting', { count: review.waitingActions })}</p>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/** One row per rated thing, one column per review: the ratings changing between reviews. */
function RatingChanges({ items }: { items: ReviewSummary[] }) {
  const rows = new Map<string, { words: string; scores: (number | null)[] }>();
  items.forEach((review, column) => {
    const things = [
      ...review.lifeAreas.map((thing) => ({ thing, myCare: false })),
      ...review.myCare.map((thing) => ({ thing, myCare: true })),
    ];
    for (const { thing, myCare } of things) {
      const key = `${myCare ? 'care' : 'area'}:${thing.id}`;
      const row = rows.get(key) ?? {
        words: ratedWords(thing, myCare),
        scores: items.map(() => null),
      };
      row.scores[column] = thing.score;
      rows.set(key, row);
    }
  });
  if (rows.size === 0) return null;
  return (
    <>
      <h2>{t('review.changes.heading')}</h2>
      <div class="table-wrap">
        <table class="table">
          <caption>{t('review.changes.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.changes.area')}</th>
              {items.map((review) => (
                <th scope="col" key={review.id}>
                  {formatDate((review.ratedOn ?? review.createdAt).slice(0, 10))}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...rows.entries()].map(([key, row]) => (
              <tr key={key}>
                <th scope="row">{row.words}</th>
                {row.scores.map((score, index) => (
                  <td key={index}>{score ?? t('review.notRated')}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
