// "Rate my life areas": each of the person's own life areas from 1 ("could not be worse") to
// 7 ("could not be better"), and whether they want help with it.
import '../../../domain/i18n/checkins.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import {
  type LifeAreaRatingSet,
  lifeAreaRatingSetSchema,
} from '../../../domain/checkins/checkins.schema.ts';
import { formatTime, t } from '../../../domain/i18n/translate.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { CheckboxField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ScaleRadios } from '../../components/ScaleRadios.tsx';
import { UnreadableNotice } from '../../components/UnreadableNotice.tsx';
import { useForm, validate } from '../../lib/form.ts';
import { today } from '../../lib/today.ts';
import { type AreaItem, useLifeAreas } from '../life-areas/life-areas.resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { checkinApi } from './checkins.resource.ts';
import '../../styles/checkins.css';

type Values = Record<string, { score?: number; wantHelp: boolean }>;

export function RateLifeAreasPage() {
  const record = useRecord();
  const areas = useLifeAreas(record.personId);
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <>
      <PageHeading title={t('ratingsWeb.title')} hasErrors={hasErrors} />
      <p class="lead">{t('ratingsWeb.intro')}</p>
      <Loaded resource={areas}>
        {({ items, unreadable }) => (
          <>
            <UnreadableNotice kind="lifeArea" marks={unreadable} />
            {items.length === 0 ? (
              unreadable.length === 0 && (
                <p class="invite">
                  {t('ratingsWeb.noAreas')} <Link href="/life-areas">{t('nav.lifeAreas')}</Link>
                </p>
              )
            ) : (
              <RatingForm personId={record.personId} areas={items} onErrors={setHasErrors} />
            )}
          </>
        )}
      </Loaded>
    </>
  );
}

type FormProps = { personId: string; areas: AreaItem[]; onErrors: (shown: boolean) => void };

function RatingForm({ personId, areas, onErrors }: FormProps) {
  const form = useForm<Values>({}, onErrors, { form: 'rate-life-areas', owner: personId });
  const notice = useNotice();
  const [savedOnce, setSavedOnce] = useState(false);
  const { values, errors } = form;

  const update = (id: string, change: Partial<Values[string]>) =>
    form.set(id, { wantHelp: false, ...values[id], ...change });

  const submit = (event: Event) => {
    event.preventDefault();
    notice.show(null);
    const body: LifeAreaRatingSet = {
      date: today(),
      ratings: areas.flatMap((area) => {
        const entry = values[area.id];
        return entry?.score === undefined
          ? []
          : [{ lifeAreaId: area.id, score: entry.score, wantHelp: entry.wantHelp }];
      }),
    };
    const checked = validate(lifeAreaRatingSetSchema, body);
    if (!checked.ok) return form.showErrors(checked.errors);
    form.clearErrors();
    return form.run(async () => {
      const saved = await checkinApi(personId).rate(checked.data);
      form.saved(values);
      onErrors(false);
      setSavedOnce(true);
      notice.show({ message: t('record.savedAt', { time: formatTime(saved.createdAt) }) });
    });
  };

  const first = areas[0];
  return (
    <>
      <Notice state={notice} />
      {savedOnce && (
        <p>
          <Link href="/how-i-am-doing">{t('checkinsWeb.seeCharts')}</Link>
        </p>
      )}
      <ErrorSummary
        errors={errors}
        formError={form.formError}
        attempt={form.attempt}
        idFor={(field) => (field === 'ratings' && first ? `area-${first.id}-1` : field)}
      />
      <form class="form" noValidate onSubmit={submit}>
        {areas.map((area, index) => (
          <div class="rating" key={area.id}>
            <ScaleRadios
              id={`area-${area.id}`}
              legend={area.data.name}
              min={1}
              max={7}
              lowWords={t('ratingsWeb.worst')}
              highWords={t('ratingsWeb.best')}
              value={values[area.id]?.score}
              error={index === 0 ? errors.ratings : errors[`ratings.${index}.score`]}
              onChange={(score) => update(area.id, { score })}
            />
            <CheckboxField
              id={`help-${area.id}`}
              label={t('ratingsWeb.wantHelp', { name: area.data.name })}
              checked={values[area.id]?.wantHelp ?? false}
              onChange={(wantHelp) => update(area.id, { wantHelp })}
            />
          </div>
        ))}
        <button type="submit" class="button" disabled={form.busy}>
          {form.busy ? t('record.saving') : t('ratingsWeb.save')}
        </button>
      </form>
    </>
  );
}
