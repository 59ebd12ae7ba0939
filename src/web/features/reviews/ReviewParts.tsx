// The parts of a review shown to read (and printed): the ratings beside the last review's, each
// area through the four steps, the agreed actions and the next review date.
import '../../../domain/i18n/reviews.messages.ts';
import type { ComponentChildren } from 'preact';
import { formatDate, type MessageKey, t } from '../../../domain/i18n/translate.ts';
import type { RatedThing, Review } from '../../../domain/reviews/review.schema.ts';
import { besideLast } from '../../../domain/reviews/review-rules.ts';
import { ratedWords } from './reviews.resource.ts';

type Action = Review['areas'][number]['actions'][number];

/** "Sam", "the practitioner" or the name given: who does an action. */
export function whoWords(action: Pick<Action, 'who' | 'someoneName'>, personName: string) {
  if (action.who === 'person') return personName;
  if (action.who === 'practitioner') return t('review.action.who.practitioner');
  return action.someoneName;
}

export function RatingsBeside({
  heading,
  now,
  last,
  myCare,
}: {
  heading: string;
  now: RatedThing[];
  last: RatedThing[] | null;
  myCare: boolean;
}) {
  if (now.length === 0) return null;
  return (
    <div class="table-wrap">
      <table class="table review-ratings">
        <caption>{heading}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.changes.area')}</th>
            <th scope="col">{t('review.ratings.now')}</th>
            {last && <th scope="col">{t('review.ratings.last')}</th>}
            {last && <th scope="col">{t('review.ratings.changeWord')}</th>}
          </tr>
        </thead>
        <tbody>
          {besideLast(now, last ?? []).map(({ rating, last: before, change }) => (
            <tr key={rating.id}>
              <th scope="row">
                {ratedWords(rating, myCare)}
                {rating.wantHelp && (
                  <span class="review-help"> ({t('review.ratings.wantHelp')})</span>
                )}
              </th>
              <td>{rating.score ?? t('review.notRated')}</td>
              {last && <td>{before ?? t('review.notRated')}</td>}
              {last && <td>{t(`review.change.${change}` as MessageKey)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Answer({ label, text }: { label: string; text: string }) {
  if (text.trim() === '') return null;
  return (
    <>
      <dt>{label}</dt>
      <dd class="own-words" dir="auto">
        {text}
      </dd>
    </>
  );
}

function Step({ title, children }: { title: string; children: ComponentChildren }) {
  return (
    <section class="review-step">
      <h4>{title}</h4>
      {children}
    </section>
  );
}

export function AreaSummary({
  area,
  personName,
  decide,
}: {
  area: Review['areas'][number];
  personName: string;
  /** The person's own choice on each waiting action (their own record only). */
  decide?: (action: Action) => ComponentChildren;
}) {
  return (
    <section class="review-area">
      <h3>{area.words}</h3>
      <Step title={t('review.step.understanding')}>
        <dl>
          <Answer label={t('review.field.goingWell')} text={area.goingWell} />
          <Answer label={t('review.field.hard')} text={area.hard} />
        </dl>
      </Step>
      <Step title={t('review.step.lookingForward')}>
        <dl>
          <Answer label={t('review.field.bestCase')} text={area.bestCase} />
          <Answer label={t('review.field.smallestStep')} text={area.smallestStep} />
        </dl>
      </Step>
      <Step title={t('review.step.options')}>
        <dl>
          <Answer label={t('review.field.byPerson', { name: personName })} text={area.byPerson} />
          <Answer label={t('review.field.byPractitioner')} text={area.byPractitioner} />
          <Answer label={t('review.field.byOthers')} text={area.byOthers} />
        </dl>
      </Step>
      <Step title={t('review.step.actions')}>
        {area.actions.length === 0 ? (
          <p>{t('review.actions.none')}</p>
        ) : (
          <ul class="review-actions">
            {area.actions.map((action) => (
              <li key={action.id}>
                <p>
                  {t('review.actions.line', {
                    who: whoWords(action, personName),
                    what: action.what,
                    date: formatDate(action.by),
                  })}
                </p>
                <p class="meta">
                  {t('review.actions.addedBy', { name: action.addedByName })}.{' '}
                  {action.decision === 'waiting'
                    ? t('review.actions.waiting', { name: personName })
                    : t(`review.actions.${action.decision}` as MessageKey)}
                </p>
                {action.decision === 'waiting' && decide?.(action)}
              </li>
            ))}
          </ul>
        )}
      </Step>
    </section>
  );
}
