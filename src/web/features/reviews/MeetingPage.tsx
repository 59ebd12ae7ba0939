// In the meeting, for the person and whoever they gave suggest on reviews (a practitioner):
// the ratings beside the last review's, up to three areas chosen from them, the four steps for
// each, the actions agreed (who does what, by when) and the date of the next review. What each
// one saves is kept as a revision under their own name.
import '../../../domain/i18n/reviews.messages.ts';
import { useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import type { ReviewAreaInput, ReviewMeetingInput } from '../../../domain/reviews/review.schema.ts';
import { MAX_ACTIONS_PER_AREA } from '../../../domain/reviews/review-rules.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { CheckboxField, Radios, TextArea, TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { type FieldErrors, useForm, validate } from '../../lib/form.ts';
import { usePrefetch } from '../../lib/lazy-schema.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { RatingsBeside } from './ReviewParts.tsx';
import { type Review, reviewsApi, useReview } from './reviews.resource.ts';
import '../../styles/checkins.css';
import '../../styles/reviews.css';

const meetingSchema = () =>
  import('../../../domain/reviews/review.schema.ts').then((m) => m.reviewMeetingSchema);

type ActionValues = {
  id?: string;
  what: string;
  who: 'person' | 'practitioner' | 'someone' | null;
  someoneName: string;
  by: string;
  /** Decided by the person already: shown, kept, not changed here. */
  decided: boolean;
};
type AreaValues = Omit<ReviewAreaInput, 'actions'> & { actions: ActionValues[] };
type Values = { meetingOn: string; nextReviewOn: string; areas: AreaValues[] };

const TEXTS = [
  ['understanding', ['goingWell', 'hard']],
  ['lookingForward', ['bestCase', 'smallestStep']],
  ['options', ['byPerson', 'byPractitioner', 'byOthers']],
] as const;

export function MeetingPage({ id }: { id: string }) {
  const record = useRecord();
  const review = useReview(record.personId, id);
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <>
      <PageHeading title={t('review.meeting.title')} hasErrors={hasErrors} />
      <p class="lead">{t('review.meeting.intro')}</p>
      {record.isOwner || record.canSuggest?.('reviews') ? (
        <Loaded resource={review}>
          {(loaded) => <MeetingForm review={loaded} onErrors={setHasErrors} />}
        </Loaded>
      ) : (
        <p>{t('review.readOnly', { name: record.personName })}</p>
      )}
    </>
  );
}

const emptyArea = (lifeAreaId: string): AreaValues => ({
  lifeAreaId,
  goingWell: '',
  hard: '',
  bestCase: '',
  smallestStep: '',
  byPerson: '',
  byPractitioner: '',
  byOthers: '',
  actions: [],
});

function startingValues(review: Review): Values {
  return {
    meetingOn: review.meetingOn ?? '',
    nextReviewOn: review.nextReviewOn ?? '',
    areas: review.areas.map(({ words: _words, actions, ...area }) => ({
      ...area,
      actions: actions.map((a) => ({
        id: a.id,
        what: a.what,
        who: a.who,
        someoneName: a.someoneName,
        by: a.by,
        decided: a.decision !== 'waiting',
      })),
    })),
  };
}

function MeetingForm({ review, onErrors }: { review: Review; onErrors: (shown: boolean) => void }) {
  const record = useRecord();
  const [, navigate] = useLocation();
  const form = useForm<Values>(() => startingValues(review), onErrors);
  const { values, errors } = form;
  usePrefetch(meetingSchema);
  const words = new Map(review.lifeAreas.map((area) => [area.id, area.words]));

  if (review.lifeAreas.length === 0)
    return (
      <p>
        {t('review.meeting.needRatings')}{' '}
        <Link href={`/reviews/${review.id}`}>{t('review.back')}</Link>
      </p>
    );

  const setArea = (index: number, change: Partial<AreaValues>) =>
    form.set(
      'areas',
      values.areas.map((area, i) => (i === index ? { ...area, ...change } : area)),
    );
  const setAction = (areaIndex: number, actionIndex: number, change: Partial<ActionValues>) => {
    const area = values.areas[areaIndex];
    if (!area) return;
    setArea(areaIndex, {
      actions: area.actions.map((a, i) => (i === actionIndex ? { ...a, ...change } : a)),
    });
  };
  const toggleArea = (lifeAreaId: string, on: boolean) =>
    form.set(
      'areas',
      on
        ? [...values.areas, emptyArea(lifeAreaId)]
        : values.areas.filter((area) => area.lifeAreaId !== lifeAreaId),
    );

  const submit = (event: Event) => {
    event.preventDefault();
    const body: ReviewMeetingInput = {
      meetingOn: values.meetingOn === '' ? null : values.meetingOn,
      nextReviewOn: values.nextReviewOn === '' ? null : values.nextReviewOn,
      areas: values.areas.map((area) => ({
        ...area,
        actions: area.actions.map(({ decided: _decided, ...action }) => action),
      })),
    };
    return form.run(async () => {
      const checked = await validate(meetingSchema, body);
      if (!checked.ok) return form.showErrors(checked.errors);
      form.clearErrors();
      await reviewsApi(record.personId).meet(review.id, checked.data, review.version);
      form.saved(values);
      onErrors(false);
      navigate(`/reviews/${review.id}`);
    });
  };

  const idFor = (field: string) =>
    field.endsWith('.who') ? `${field}-first` : field === 'areas' ? 'areas-first' : field;

  return (
    <>
      <RatingsBeside
        heading={t('review.ratings.lifeAreas')}
        now={review.lifeAreas}
        last={review.last ? review.last.lifeAreas : null}
        myCare={false}
      />
      <RatingsBeside
        heading={t('review.ratings.myCare')}
        now={review.myCare}
        last={review.last ? review.last.myCare : null}
        myCare={true}
      />
      <ErrorSummary
        errors={errors}
        formError={form.formError}
        attempt={form.attempt}
        idFor={idFor}
      />
      <form class="form" noValidate onSubmit={submit}>
        <fieldset class="fieldset" aria-describedby="areas-hint">
          <legend class="label">{t('review.meeting.chooseAreas')}</legend>
          <p class="hint" id="areas-hint">
            {t('review.meeting.chooseHint')}
          </p>
          {errors.areas && (
            <p class="field-error" id="areas-error">
              {errors.areas}
            </p>
          )}
          {review.lifeAreas.map((area, index) => (
            <CheckboxField
              key={area.id}
              id={index === 0 ? 'areas-first' : `area-${area.id}`}
              label={area.words}
              checked={values.areas.some((a) => a.lifeAreaId === area.id)}
              onChange={(on) => toggleArea(area.id, on)}
            />
          ))}
        </fieldset>
        {values.areas.map((area, index) => (
          <AreaFields
            key={area.lifeAreaId}
            index={index}
            area={area}
            words={words.get(area.lifeAreaId) ?? ''}
            personName={record.personName}
            errors={errors}
            setArea={(change) => setArea(index, change)}
            setAction={(actionIndex, change) => setAction(index, actionIndex, change)}
          />
        ))}
        <DateField
          id="meetingOn"
          label={t('review.meeting.meetingOn')}
          value={values.meetingOn}
          error={errors.meetingOn}
          onInput={(value) => form.set('meetingOn', value)}
        />
        <DateField
          id="nextReviewOn"
          label={t('review.meeting.nextReviewOn')}
          value={values.nextReviewOn}
          error={errors.nextReviewOn}
          onInput={(value) => form.set('nextReviewOn', value)}
        />
        <div class="button-group">
          <button type="submit" class="button" disabled={form.busy}>
            {form.busy ? t('record.saving') : t('review.meeting.save')}
          </button>
          <Link href="/reviews">{t('review.back')}</Link>
        </div>
      </form>
    </>
  );
}

function AreaFields(props: {
  index: number;
  area: AreaValues;
  words: string;
  personName: string;
  errors: FieldErrors;
  setArea: (change: Partial<AreaValues>) => void;
  setAction: (index: number, change: Partial<ActionValues>) => void;
}) {
  const { index, area, errors } = props;
  const at = (rest: string) => `areas.${index}.${rest}`;
  const label = (field: string) =>
    field === 'byPerson'
      ? t('review.field.byPerson', { name: props.personName })
      : t(`review.field.${field as 'hard'}`);
  return (
    <section class="review-area">
      <h2>{props.words}</h2>
      {TEXTS.map(([step, fields]) => (
        <fieldset class="fieldset" key={step}>
          <legend class="label">{t(`review.step.${step}`)}</legend>
          {fields.map((field) => (
            <TextArea
              key={field}
              id={at(field)}
              label={label(field)}
              rows={3}
              value={area[field]}
              error={errors[at(field)]}
              onInput={(value) => props.setArea({ [field]: value })}
            />
          ))}
        </fieldset>
      ))}
      <fieldset class="fieldset">
        <legend class="label">{t('review.step.actions')}</legend>
        {area.actions.map((action, actionIndex) => {
          const field = (rest: string) => at(`actions.${actionIndex}.${rest}`);
          const number = actionIndex + 1;
          return (
            <div class="review-action" key={action.id ?? `new-${actionIndex}`}>
              <h3>{t('review.action.heading', { number })}</h3>
              {action.decided ? (
                <p>
                  {action.what}. {t('review.action.decided')}
                </p>
              ) : (
                <>
                  <TextField
                    id={field('what')}
                    label={t('review.action.what')}
                    value={action.what}
                    error={errors[field('what')]}
                    onInput={(what) => props.setAction(actionIndex, { what })}
                  />
                  <Radios
                    id={field('who')}
                    label={t('review.action.who')}
                    value={action.who ?? ''}
                    error={errors[field('who')]}
                    options={[
                      { value: 'person', label: props.personName },
                      { value: 'practitioner', label: t('review.action.who.practitioner') },
                      { value: 'someone', label: t('review.action.who.someone') },
                    ]}
                    onChange={(who) =>
                      props.setAction(actionIndex, { who: who as ActionValues['who'] })
                    }
                  />
                  {action.who === 'someone' && (
                    <TextField
                      id={field('someoneName')}
                      label={t('review.action.someoneName')}
                      value={action.someoneName}
                      error={errors[field('someoneName')]}
                      onInput={(someoneName) => props.setAction(actionIndex, { someoneName })}
                    />
                  )}
                  <DateField
                    id={field('by')}
                    label={t('review.action.by')}
                    value={action.by}
                    error={errors[field('by')]}
                    onInput={(by) => props.setAction(actionIndex, { by })}
                  />
                  <button
                    type="button"
                    class="button button--secondary"
                    onClick={() =>
                      props.setArea({ actions: area.actions.filter((_, i) => i !== actionIndex) })
                    }
                  >
                    {t('review.action.remove', { number })}
                  </button>
                </>
              )}
            </div>
          );
        })}
        {area.actions.length < MAX_ACTIONS_PER_AREA && (
          <button
            type="button"
            class="button button--secondary"
            onClick={() =>
              props.setArea({
                actions: [
                  ...area.actions,
                  { what: '', who: null, someoneName: '', by: '', decided: false },
                ],
              })
            }
          >
            {t('review.action.add')}
          </button>
        )}
      </fieldset>
    </section>
  );
}
