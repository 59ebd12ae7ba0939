// "Rate my goals": how close each of the person's goals feels, 0 to 10. Each goal's ratings
// become its own line on "How I'm doing".
import '../../../domain/i18n/measures.messages.ts';
import '../../../domain/i18n/checkins.messages.ts';
import '../../../domain/i18n/goals.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { formatTime, t } from '../../../domain/i18n/translate.ts';
import { goalRatingsInputSchema } from '../../../domain/measures/measure-api.schema.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { NoteFields } from '../../components/NoteFields.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ScaleRadios } from '../../components/ScaleRadios.tsx';
import { UnreadableNotice } from '../../components/UnreadableNotice.tsx';
import { api, recordPath } from '../../lib/api.ts';
import { useForm, validate } from '../../lib/form.ts';
import { useResource } from '../../lib/resource.ts';
import { type GoalItem, goals } from '../goals/goals.resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import type { MeasureResponse } from './measures.resource.ts';
import '../../styles/checkins.css';

type Values = { ratings: Record<string, number>; note: string; forMeOnly: boolean };

export function RateGoalsPage() {
  const record = useRecord();
  const list = useResource(
    (signal) => goals(record.personId).listMarked(signal),
    [record.personId],
  );
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <>
      <PageHeading title={t('goalRatingsWeb.title')} hasErrors={hasErrors} />
      <p class="lead">{t('goalRatingsWeb.intro')}</p>
      <Loaded resource={list}>
        {({ items, unreadable }) => (
          <>
            <UnreadableNotice
              kind="goal"
              marks={unreadable}
              historyHref={(id) => `/goals/${id}/history`}
            />
            {items.length === 0 ? (
              unreadable.length === 0 && (
                <p class="invite">
                  {t('home.noGoals')} <Link href="/goals/new">{t('goals.add')}</Link>
                </p>
              )
            ) : (
              <RatingForm personId={record.personId} items={items} onErrors={setHasErrors} />
            )}
          </>
        )}
      </Loaded>
    </>
  );
}

type FormProps = { personId: string; items: GoalItem[]; onErrors: (shown: boolean) => void };

function RatingForm({ personId, items, onErrors }: FormProps) {
  const form = useForm<Values>({ ratings: {}, note: '', forMeOnly: false }, onErrors, {
    form: 'rate-goals',
    owner: personId,
  });
  const notice = useNotice();
  const [saved, setSaved] = useState(false);
  const { values, errors } = form;
  const first = items[0];

  const submit = (event: Event) => {
    event.preventDefault();
    notice.show(null);
    const body = {
      ratings: items.flatMap((goal) => {
        const rating = values.ratings[goal.id];
        return rating === undefined ? [] : [{ goalId: goal.id, rating }];
      }),
      forMeOnly: values.forMeOnly,
      ...(values.note.trim() ? { note: values.note } : {}),
    };
    const checked = validate(goalRatingsInputSchema, body);
    if (!checked.ok) {
      // An empty list is the only thing the person can get wrong here.
      return form.showErrors(
        'ratings' in checked.errors ? { ratings: t('goalRatingsWeb.rateOne') } : checked.errors,
      );
    }
    form.clearErrors();
    return form.run(async () => {
      const result = await api.post<MeasureResponse>(
        recordPath(personId, '/goal-ratings'),
        checked.data,
      );
      form.saved(values);
      onErrors(false);
      setSaved(true);
      notice.show({ message: t('record.savedAt', { time: formatTime(result.authored) }) });
    });
  };

  return (
    <>
      <Notice state={notice} />
      {saved && (
        <p>
          <Link href="/how-i-am-doing">{t('checkinsWeb.seeCharts')}</Link>
        </p>
      )}
      <ErrorSummary
        errors={errors}
        formError={form.formError}
        attempt={form.attempt}
        idFor={(field) => (field === 'ratings' && first ? `goal-${first.id}-0` : field)}
      />
      <form class="form" noValidate onSubmit={submit}>
        {items.map((goal, index) => (
          <ScaleRadios
            key={goal.id}
            id={`goal-${goal.id}`}
            legend={goal.data.title}
            min={0}
            max={10}
            lowWords={t('goalRatingsWeb.low')}
            highWords={t('goalRatingsWeb.high')}
            value={values.ratings[goal.id]}
            error={index === 0 ? errors.ratings : undefined}
            onChange={(rating) => form.set('ratings', { ...values.ratings, [goal.id]: rating })}
          />
        ))}
        <NoteFields
          label={t('measuresWeb.note')}
          hint={t('measuresWeb.noteHint')}
          note={values.note}
          forMeOnly={values.forMeOnly}
          error={errors.note}
          onNote={(value) => form.set('note', value)}
          onForMeOnly={(value) => form.set('forMeOnly', value)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {form.busy ? t('record.saving') : t('goalRatingsWeb.save')}
        </button>
      </form>
    </>
  );
}
