// "Check in": the person's chosen scales, an optional note, "for me only", and their early
// warning signs as "Is this happening?". What they planned for a sign is shown after saving.
import '../../../domain/i18n/checkins.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import {
  CHECKIN_LIMITS,
  type CheckinInput,
  type CheckinSettings,
  checkinSchema,
} from '../../../domain/checkins/checkins.schema.ts';
import { formatTime, t } from '../../../domain/i18n/translate.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { CheckboxField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { NoteFields } from '../../components/NoteFields.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { ScaleRadios } from '../../components/ScaleRadios.tsx';
import { type FieldErrors, useForm, validate } from '../../lib/form.ts';
import { useRecord } from '../record/RecordContext.tsx';
import {
  checkinApi,
  type SavedCheckin,
  scaleBounds,
  scaleName,
  useCheckinSettings,
} from './checkins.resource.ts';
import '../../styles/checkins.css';

export type CheckinValues = {
  scores: Record<string, number>;
  note: string;
  forMeOnly: boolean;
  signsPresent: string[];
};

const EMPTY: CheckinValues = { scores: {}, note: '', forMeOnly: false, signsPresent: [] };

/** The request body, checked with the shared schema, plus the rule that something is given. */
export function checkCheckin(values: CheckinValues, settings: CheckinSettings, takenAt: string) {
  const body: CheckinInput = {
    takenAt,
    scores: values.scores,
    forMeOnly: values.forMeOnly,
    ...(values.note.trim() ? { note: values.note } : {}),
    ...(values.signsPresent.length ? { signsPresent: values.signsPresent } : {}),
  };
  const checked = validate(checkinSchema, body);
  if (!checked.ok) return checked;
  if (Object.keys(values.scores).length === 0 && values.signsPresent.length === 0) {
    const first = settings.scales.find((scale) => scale.active);
    const errors: FieldErrors = {};
    errors[first ? `scores.${first.id}` : 'form'] = t('validation.nothingToSave');
    return { ok: false as const, errors };
  }
  return checked;
}

/** Now, as a date-time with this device's offset (the server keeps the person's own date). */
export function nowWithOffset(now = new Date()): string {
  const pad = (n: number) => String(Math.trunc(Math.abs(n))).padStart(2, '0');
  const offset = -now.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return (
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` +
    `T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}` +
    `${sign}${pad(offset / 60)}:${pad(offset % 60)}`
  );
}

const scaleFieldId = (scaleId: string) => `scale-${scaleId}`;

export function CheckInPage() {
  const record = useRecord();
  const settings = useCheckinSettings(record.personId);
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <>
      <PageHeading title={t('checkinsWeb.title')} hasErrors={hasErrors} />
      <p class="lead">{t('checkinsWeb.intro')}</p>
      <Loaded resource={settings}>
        {(doc) => (
          <CheckinForm personId={record.personId} settings={doc.data} onErrors={setHasErrors} />
        )}
      </Loaded>
      <p>
        <Link href="/check-in/settings">{t('checkinsWeb.settingsLink')}</Link>
      </p>
    </>
  );
}

type FormProps = {
  personId: string;
  settings: CheckinSettings;
  onErrors: (shown: boolean) => void;
};

function CheckinForm({ personId, settings, onErrors }: FormProps) {
  const form = useForm<CheckinValues>(EMPTY, onErrors, { form: 'check-in', owner: personId });
  const [saved, setSaved] = useState<SavedCheckin | null>(null);
  const { values, errors } = form;
  const scales = settings.scales.filter((scale) => scale.active);
  const prompts = settings.warningSignPrompts;

  const submit = (event: Event) => {
    event.preventDefault();
    setSaved(null);
    const checked = checkCheckin(values, settings, nowWithOffset());
    if (!checked.ok) return form.showErrors(checked.errors);
    form.clearErrors();
    return form.run(async () => {
      const result = await checkinApi(personId).create(checked.data);
      onErrors(false);
      form.setValues(EMPTY);
      setSaved(result);
    });
  };

  const idFor = (field: string) => {
    const scaleId = /^scores\.(.+)$/.exec(field)?.[1];
    const scale = scaleId ? scales.find((entry) => entry.id === scaleId) : undefined;
    if (scale) return `${scaleFieldId(scale.id)}-${scaleBounds(scale).min}`;
    return field === 'note' ? 'note' : field;
  };

  const toggleSign = (sign: string, present: boolean) =>
    form.set(
      'signsPresent',
      present
        ? [...values.signsPresent, sign]
        : values.signsPresent.filter((entry) => entry !== sign),
    );

  return (
    <>
      <div role="status" class={saved ? 'notice' : 'notice notice--empty'}>
        {saved && (
          <p class="notice__text">
            {t('checkinsWeb.savedAt', { time: formatTime(saved.createdAt) })}
          </p>
        )}
      </div>
      {saved && saved.plannedActions.length > 0 && <PlannedActions saved={saved} />}
      {saved && (
        <p>
          <Link href="/how-i-am-doing">{t('checkinsWeb.seeCharts')}</Link>
        </p>
      )}
      <ErrorSummary
        errors={errors}
        formError={form.formError}
        attempt={form.attempt}
        idFor={idFor}
      />
      <form class="form" noValidate onSubmit={submit}>
        {scales.length === 0 && <p class="invite">{t('checkinsWeb.noScales')}</p>}
        {scales.map((scale) => {
          const { min, max } = scaleBounds(scale);
          return (
            <ScaleRadios
              key={scale.id}
              id={scaleFieldId(scale.id)}
              legend={scaleName(scale)}
              min={min}
              max={max}
              lowWords={t('checkinsWeb.low')}
              highWords={t('checkinsWeb.high')}
              value={values.scores[scale.id]}
              error={errors[`scores.${scale.id}`]}
              onChange={(value) => form.set('scores', { ...values.scores, [scale.id]: value })}
            />
          );
        })}
        {prompts.length > 0 && (
          <fieldset class="fieldset field">
            <legend class="label">{t('checkinsWeb.signsLegend')}</legend>
            <p class="hint">{t('checkinsWeb.signsHint')}</p>
            {prompts.map((sign, index) => (
              <CheckboxField
                key={sign}
                id={`sign-${index}`}
                label={sign}
                checked={values.signsPresent.includes(sign)}
                onChange={(present) => toggleSign(sign, present)}
              />
            ))}
          </fieldset>
        )}
        <NoteFields
          label={t('checkinsWeb.note')}
          hint={t('checkinsWeb.noteHint', { max: CHECKIN_LIMITS.note })}
          note={values.note}
          forMeOnly={values.forMeOnly}
          error={errors.note}
          onNote={(value) => form.set('note', value)}
          onForMeOnly={(value) => form.set('forMeOnly', value)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {form.busy ? t('record.saving') : t('checkinsWeb.save')}
        </button>
      </form>
    </>
  );
}

function PlannedActions({ saved }: { saved: SavedCheckin }) {
  return (
    <section class="panel planned" aria-labelledby="planned-title">
      <h2 id="planned-title">{t('checkinsWeb.plannedTitle')}</h2>
      <p>{t('checkinsWeb.plannedIntro')}</p>
      <ul class="plain-list">
        {saved.plannedActions.map((action) => (
          <li key={action.sign} class="planned__item">
            <p class="planned__sign own-words">{action.sign}</p>
            {action.whatToDo ? (
              <p class="own-words">{action.whatToDo}</p>
            ) : (
              <p>{t('checkinsWeb.plannedNone')}</p>
            )}
          </li>
        ))}
      </ul>
      <p>
        <Link href="/plans/staying-well">{t('checkinsWeb.plannedPlanLink')}</Link>
      </p>
    </section>
  );
}
