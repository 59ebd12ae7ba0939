// One review: the ratings beside the last review's, what was talked about and agreed, and the
// next review date. It prints on one or two pages. The person decides here on each agreed
// action: into their goals (a step of a goal they choose, or of a new one), or not for them.
import '../../../domain/i18n/reviews.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { formatDate, formatDateTime, t } from '../../../domain/i18n/translate.ts';
import { SelectField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PrintButton, PrintDate } from '../../components/Print.tsx';
import { asApiError } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';
import { goals } from '../goals/goals.resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { AreaSummary, RatingsBeside } from './ReviewParts.tsx';
import { type Review, reviewsApi, useReview, useReviewHistory } from './reviews.resource.ts';
import '../../styles/checkins.css';
import '../../styles/reviews.css';

export function ReviewPage({ id }: { id: string }) {
  const record = useRecord();
  const review = useReview(record.personId, id);
  return (
    <Loaded resource={review}>
      {(data) => <ReviewShown review={data} onChange={review.replace} />}
    </Loaded>
  );
}

function ReviewShown({ review, onChange }: { review: Review; onChange: (r: Review) => void }) {
  const record = useRecord();
  const notice = useNotice();
  const together = record.isOwner || (record.canSuggest?.('reviews') ?? false);
  const last = review.last;
  return (
    <article class="review">
      <PageHeading
        title={t('review.page.title', { date: formatDate(review.createdAt.slice(0, 10)) })}
      />
      <PrintDate name={record.personName} />
      <Notice state={notice} />
      <div class="button-group no-print">
        {record.isOwner && (
          <Link class="button button--secondary" href={`/reviews/${review.id}/rate`}>
            {t('review.ratings.rate')}
          </Link>
        )}
        {together && (
          <Link class="button button--secondary" href={`/reviews/${review.id}/together`}>
            {t('review.meeting.open')}
          </Link>
        )}
        <PrintButton />
      </div>
      {!together && <p class="no-print">{t('review.readOnly', { name: record.personName })}</p>}

      <h2>{t('review.ratings.heading')}</h2>
      {review.lifeAreas.length === 0 && review.myCare.length === 0 ? (
        <p>{t('review.ratings.none')}</p>
      ) : (
        <>
          <RatingsBeside
            heading={t('review.ratings.lifeAreas')}
            now={review.lifeAreas}
            last={last ? last.lifeAreas : null}
            myCare={false}
          />
          <RatingsBeside
            heading={t('review.ratings.myCare')}
            now={review.myCare}
            last={last ? last.myCare : null}
            myCare={true}
          />
        </>
      )}

      <h2>{t('review.meeting.heading')}</h2>
      {review.meetingOn && <p>{t('review.met', { date: formatDate(review.meetingOn) })}</p>}
      {record.isOwner &&
        review.areas.some((a) => a.actions.some((x) => x.decision === 'waiting')) && (
          <p class="no-print">{t('review.actions.confirmHint')}</p>
        )}
      {review.areas.map((area) => (
        <AreaSummary
          key={area.lifeAreaId}
          area={area}
          personName={record.personName}
          decide={
            record.isOwner
              ? (action) => (
                  <Decide
                    review={review}
                    areaWords={area.words}
                    lifeAreaId={area.lifeAreaId}
                    actionId={action.id}
                    onDecided={(next, message) => {
                      onChange(next);
                      notice.show({ message });
                    }}
                  />
                )
              : undefined
          }
        />
      ))}
      <p class="review-next">
        {review.nextReviewOn
          ? t('review.next', { date: formatDate(review.nextReviewOn) })
          : t('review.noNext')}
      </p>
      <History personId={record.personId} id={review.id} />
      <p class="no-print">
        <Link href="/reviews">{t('review.back')}</Link>
      </p>
    </article>
  );
}

/** The person's choice on one agreed action: which goal it becomes a step of, or not for them. */
function Decide(props: {
  review: Review;
  areaWords: string;
  lifeAreaId: string;
  actionId: string;
  onDecided: (review: Review, message: string) => void;
}) {
  const record = useRecord();
  const list = useResource((signal) => goals(record.personId).list(signal), [record.personId]);
  const [goalId, setGoalId] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const api = reviewsApi(record.personId);
  const run = async (decide: () => Promise<Review>, message: string) => {
    setBusy(true);
    setProblem(null);
    try {
      props.onDecided(await decide(), message);
    } catch (error) {
      setProblem(asApiError(error).message);
    } finally {
      setBusy(false);
    }
  };
  const choices =
    list.state.status === 'ready' || list.state.status === 'empty'
      ? list.state.data.filter((g) => !g.deletedAt)
      : [];
  // The area's own goals first, then the others.
  choices.sort(
    (a, b) =>
      Number(b.data.lifeAreaId === props.lifeAreaId) -
      Number(a.data.lifeAreaId === props.lifeAreaId),
  );
  const field = `goal-${props.actionId}`;
  return (
    <div class="review-decide no-print">
      <SelectField
        id={field}
        label={t('review.actions.goal')}
        value={goalId}
        options={[
          { value: '', label: t('review.actions.newGoal', { area: props.areaWords }) },
          ...choices.map((goal) => ({ value: goal.id, label: goal.data.title })),
        ]}
        error={problem ?? undefined}
        onChange={setGoalId}
      />
      <div class="button-group">
        <button
          type="button"
          class="button"
          disabled={busy}
          onClick={() =>
            run(
              () =>
                api.confirm(
                  props.review.id,
                  props.actionId,
                  { goalId: goalId === '' ? null : goalId },
                  props.review.version,
                ),
              t('review.actions.confirmedDone'),
            )
          }
        >
          {t('review.actions.confirm')}
        </button>
        <button
          type="button"
          class="button button--secondary"
          disabled={busy}
          onClick={() =>
            run(
              () => api.decline(props.review.id, props.actionId, props.review.version),
              t('review.actions.declinedDone'),
            )
          }
        >
          {t('review.actions.decline')}
        </button>
      </div>
    </div>
  );
}

function History({ personId, id }: { personId: string; id: string }) {
  const history = useReviewHistory(personId, id);
  return (
    <details class="review-history no-print">
      <summary>{t('review.history')}</summary>
      <Loaded resource={history}>
        {(revisions) => (
          <ul>
            {revisions.map((r) => (
              <li key={r.version}>
                {t('review.history.line', {
                  version: r.version,
                  name: r.authorName,
                  date: formatDateTime(r.createdAt),
                })}
              </li>
            ))}
          </ul>
        )}
      </Loaded>
    </details>
  );
}
