// Before the meeting, on the person's own device: each life area and each "my care" item from 1
// to 7, and whether they would like more help with it. Saved into the review with the words of
// each area and item as they are now.
import '../../../domain/i18n/checkins.messages.ts';
import '../../../domain/i18n/reviews.messages.ts';
import { useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import type { ReviewRatingsInput } from '../../../domain/reviews/review.schema.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { CheckboxField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ScaleRadios } from '../../components/ScaleRadios.tsx';
import { useForm, validate } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { today } from '../../lib/today.ts';
import { type AreaItem, useLifeAreas } from '../life-areas/life-areas.resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { type Review, ratedWords, reviewsApi, useReview } from './reviews.resource.ts';
import '../../styles/checkins.css';
import '../../styles/reviews.css';

const ratingsSchema = () =>
  import('../../../domain/reviews/review.schema.ts').then((m) => m.reviewRatingsSchema);

type Entry = { score?: number; wantHelp: boolean };
type Values = Record<string, Entry>;

export function RateReviewPage({ id }: { id: string }) {
  const record = useRecord();
  const review = useReview(record.personId, id);
  const areas = useLifeAreas(record.personId);
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <>
      <PageHeading title={t('review.rate.title')} hasErrors={hasErrors} />
      <p class="lead">{t('review.rate.intro')}</p>
      <Loaded resource={review}>
        {(loaded) => (
          <Loaded resource={areas}>
            {({ items }) => <RateForm review={loaded} areas={items} onErrors={setHasErrors} />}
          </Loaded>
        )}
      </Loaded>
    </>
  );
}

const areaKey = (id: string) => `area:${id}`;
const careKey = (id: string) => `care:${id}`;

function startingValues(review: Review): Values {
  const values: Values = {};
  for (const r of review.lifeAreas)
    values[areaKey(r.id)] = { score: r.score ?? undefined, wantHelp: r.wantHelp };
  for (const r of review.myCare)
    values[careKey(r.id)] = { score: r.score ?? undefined, wantHelp: r.wantHelp };
  return values;
}

function RateForm({
  review,
  areas,
  onErrors,
}: {
  review: Review;
  areas: AreaItem[];
  onErrors: (shown: boolean) => void;
}) {
  const record = useRecord();
  const [, navigate] = useLocation();
  const form = useForm<Values>(() => startingValues(review), onErrors);
  const { values, errors } = form;
  usePrefetch(ratingsSchema);
  const myCare = review.myCareToRate;
  const update = (key: string, change: Partial<Entry>) =>
    form.set(key, { wantHelp: false, ...values[key], ...change });
  const rated = (key: string, id: string) => {
    const entry = values[key];
    return entry?.score === undefined ? [] : [{ id, score: entry.score, wantHelp: entry.wantHelp }];
  };

  const submit = (event: Event) => {
    event.preventDefault();
    const body: ReviewRatingsInput = {
      ratedOn: today(),
      lifeAreas: areas.flatMap((area) => rated(areaKey(area.id), area.id)),
      myCare: myCare.flatMap((item) => rated(careKey(item.id), item.id)),
    };
    return form.run(async () => {
      const checked = await validate(ratingsSchema, body);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      await reviewsApi(record.personId).rate(review.id, checked.data, review.version);
      form.saved(values);
      onErrors(false);
      navigate(`/reviews/${review.id}`);
    });
  };

  const scale = (key: string, name: string) => (
    <div class="rating" key={key}>
      <ScaleRadios
        id={key}
        legend={t('review.rate.score', { name })}
        min={1}
        max={7}
        lowWords={t('ratingsWeb.worst')}
        highWords={t('ratingsWeb.best')}
        value={values[key]?.score}
        onChange={(score) => update(key, { score })}
      />
      <CheckboxField
        id={`help-${key}`}
        label={t('review.rate.wantHelp')}
        checked={values[key]?.wantHelp ?? false}
        onChange={(wantHelp) => update(key, { wantHelp })}
      />
    </div>
  );

  return (
    <>
      <ErrorSummary errors={errors} formError={form.formError} attempt={form.attempt} />
      <form class="form" noValidate onSubmit={submit}>
        <h2>{t('review.ratings.lifeAreas')}</h2>
        {areas.length === 0 ? (
          <p>
            {t('review.rate.noAreas')} <Link href="/life-areas">{t('nav.lifeAreas')}</Link>
          </p>
        ) : (
          areas.map((area) => scale(areaKey(area.id), area.data.name))
        )}
        <h2>{t('review.ratings.myCare')}</h2>
        {myCare.map((item) => scale(careKey(item.id), ratedWords(item, true)))}
        <div class="button-group">
          <button type="submit" class="button" disabled={form.busy}>
            {form.busy ? t('record.saving') : t('review.rate.save')}
          </button>
          <Link href="/reviews">{t('review.back')}</Link>
        </div>
      </form>
    </>
  );
}
