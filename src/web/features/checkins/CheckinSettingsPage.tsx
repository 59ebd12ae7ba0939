// Check-in settings: which scales to use (and the person's own), how often to be reminded,
// and which early warning signs from the staying-well plan to be asked about.
import '../../../domain/i18n/checkins.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { REMINDER_FREQUENCIES } from '../../../domain/checkins/checkin-values.ts';
import type { CheckinSettings, Scale } from '../../../domain/checkins/checkins.schema.ts';
import { type MessageKey, t } from '../../../domain/i18n/translate.ts';
import type { StayingWellPlan } from '../../../domain/record/plans.schema.ts';
import { ConflictPanel } from '../../components/ConflictPanel.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { CheckboxField, Radios, TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useEditor } from '../../lib/editor.ts';
import { useResource } from '../../lib/resource.ts';
import { plan } from '../plans/plans.resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { checkinApi, type SettingsDocument, scaleName } from './checkins.resource.ts';
import '../../styles/checkins.css';

const checkinSettingsSchema = () =>
  import('../../../domain/checkins/checkins.schema.ts').then((m) => m.checkinSettingsSchema);

type SettingsAndSigns = { settings: SettingsDocument; signs: string[] };

/** "own-" and a slug from the name the person gave, kept unique among their scales. */
export function ownScaleId(name: string, taken: readonly string[]): string {
  const slug =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 30) || 'scale';
  let id = `own-${slug}`;
  for (let n = 2; taken.includes(id); n += 1) id = `own-${slug}-${n}`;
  return id;
}

export function CheckinSettingsPage() {
  const record = useRecord();
  const resource = useResource<SettingsAndSigns>(
    async (signal) => {
      const [settings, stayingWell] = await Promise.all([
        checkinApi(record.personId).settings(signal),
        plan(record.personId, 'staying-well').get(signal),
      ]);
      const data = stayingWell.data as StayingWellPlan;
      return { settings, signs: data.earlyWarningSigns.map((entry) => entry.sign) };
    },
    [record.personId],
  );
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <>
      <PageHeading title={t('checkinsWeb.settingsTitle')} hasErrors={hasErrors} />
      <p class="lead">{t('checkinsWeb.settingsIntro')}</p>
      <Loaded resource={resource}>
        {(data) => (
          <SettingsForm personId={record.personId} loaded={data} onErrors={setHasErrors} />
        )}
      </Loaded>
      <p>
        <Link href="/check-in">{t('checkinsWeb.backToCheckIn')}</Link>
      </p>
    </>
  );
}

type FormProps = { personId: string; loaded: SettingsAndSigns; onErrors: (shown: boolean) => void };

/** The settings as labelled lines, for comparing two versions when both changed the same part. */
function settingsRows(settings: CheckinSettings) {
  return [
    {
      label: t('checkinsWeb.scalesLegend'),
      value: settings.scales
        .filter((scale) => scale.active)
        .map((scale) => `${scaleName(scale)}: ${t(`checkinsWeb.range.${scale.range}`)}`)
        .join('\n'),
    },
    {
      label: t('checkinsWeb.reminderLegend'),
      value: t(`checkins.reminder.${settings.reminder}` as MessageKey),
    },
    { label: t('checkinsWeb.promptsLegend'), value: settings.warningSignPrompts.join('\n') },
  ];
}

function SettingsForm({ personId, loaded, onErrors }: FormProps) {
  const editor = useEditor<CheckinSettings>({
    doc: loaded.settings,
    schema: checkinSettingsSchema,
    save: (data, version) => checkinApi(personId).saveSettings(data, version ?? 0),
    load: () => checkinApi(personId).settings(),
    draft: { form: 'check-in-settings', owner: personId },
    onErrors,
  });
  const { form, notice, conflict } = editor;
  const [newName, setNewName] = useState('');
  const [newRange, setNewRange] = useState<Scale['range']>('1-7');
  const [newError, setNewError] = useState<string | undefined>();
  const { values, errors } = form;
  // Signs already chosen stay listed even if the plan has changed since.
  const signs = [...new Set([...loaded.signs, ...values.warningSignPrompts])];

  const setScale = (index: number, change: Partial<Scale>) =>
    form.set(
      'scales',
      values.scales.map((scale, at) => (at === index ? { ...scale, ...change } : scale)),
    );

  const addScale = () => {
    const name = newName.trim();
    if (!name) {
      setNewError(t('validation.required.scaleName'));
      return;
    }
    setNewError(undefined);
    const id = ownScaleId(
      name,
      values.scales.map((scale) => scale.id),
    );
    form.set('scales', [...values.scales, { id, name, range: newRange, active: true }]);
    setNewName('');
  };

  const idFor = (field: string) => {
    const scaleIndex = /^scales\.(\d+)/.exec(field)?.[1];
    if (scaleIndex !== undefined) return `scale-active-${scaleIndex}`;
    const signIndex = /^warningSignPrompts\.(\d+)/.exec(field)?.[1];
    if (signIndex !== undefined) return `prompt-${signIndex}`;
    return field === 'reminder' ? 'reminder-first' : field;
  };

  return (
    <>
      <Notice state={notice} />
      {conflict && (
        <ConflictPanel
          rows={settingsRows(conflict.yours).map((row, index) => ({
            label: row.label,
            yours: row.value,
            saved: settingsRows(conflict.theirs)[index]?.value ?? '',
          }))}
          savedAt={conflict.saved.updatedAt}
          busy={form.busy}
          onUseSaved={editor.useSaved}
          onKeepMine={editor.keepMine}
        />
      )}
      <ErrorSummary
        errors={errors}
        formError={form.formError}
        attempt={form.attempt}
        idFor={idFor}
      />
      <form class="form" noValidate onSubmit={editor.submit}>
        <fieldset class="fieldset field">
          <legend class="label">{t('checkinsWeb.scalesLegend')}</legend>
          <p class="hint">{t('checkinsWeb.scalesHint')}</p>
          {values.scales.map((scale, index) => (
            <div class="scale-setting" key={scale.id}>
              <CheckboxField
                id={`scale-active-${index}`}
                label={scaleName(scale)}
                checked={scale.active}
                error={errors[`scales.${index}`] ?? errors[`scales.${index}.active`]}
                onChange={(active) => setScale(index, { active })}
              />
              <Radios
                id={`scale-range-${index}`}
                label={t('checkinsWeb.rangeFor', { name: scaleName(scale) })}
                value={scale.range}
                error={errors[`scales.${index}.range`]}
                options={[
                  { value: '1-7', label: t('checkinsWeb.range.1-7') },
                  { value: '0-10', label: t('checkinsWeb.range.0-10') },
                ]}
                onChange={(range) => setScale(index, { range: range as Scale['range'] })}
              />
            </div>
          ))}
        </fieldset>
        <fieldset class="fieldset field">
          <legend class="label">{t('checkinsWeb.newScaleLegend')}</legend>
          <TextField
            id="new-scale"
            label={t('checkinsWeb.newScaleName')}
            hint={t('checkinsWeb.newScaleHint')}
            value={newName}
            error={newError}
            onInput={setNewName}
          />
          <Radios
            id="new-scale-range"
            label={t('checkinsWeb.newScaleRange')}
            value={newRange}
            options={[
              { value: '1-7', label: t('checkinsWeb.range.1-7') },
              { value: '0-10', label: t('checkinsWeb.range.0-10') },
            ]}
            onChange={(range) => setNewRange(range as Scale['range'])}
          />
          <button type="button" class="button button--secondary" onClick={addScale}>
            {t('checkinsWeb.addScale')}
          </button>
        </fieldset>
        <Radios
          id="reminder"
          label={t('checkinsWeb.reminderLegend')}
          hint={t('checkinsWeb.reminderHint')}
          value={values.reminder}
          error={errors.reminder}
          options={REMINDER_FREQUENCIES.map((frequency) => ({
            value: frequency,
            label: t(`checkins.reminder.${frequency}` as MessageKey),
          }))}
          onChange={(value) => form.set('reminder', value as CheckinSettings['reminder'])}
        />
        <fieldset class="fieldset field">
          <legend class="label">{t('checkinsWeb.promptsLegend')}</legend>
          <p class="hint">{t('checkinsWeb.promptsHint')}</p>
          {signs.length === 0 ? (
            <p class="invite">
              {t('checkinsWeb.noSigns')}{' '}
              <Link href="/plans/staying-well">{t('checkinsWeb.plannedPlanLink')}</Link>
            </p>
          ) : (
            signs.map((sign, index) => (
              <CheckboxField
                key={sign}
                id={`prompt-${index}`}
                label={sign}
                error={errors[`warningSignPrompts.${values.warningSignPrompts.indexOf(sign)}`]}
                checked={values.warningSignPrompts.includes(sign)}
                onChange={(chosen) =>
                  form.set(
                    'warningSignPrompts',
                    chosen
                      ? [...values.warningSignPrompts, sign]
                      : values.warningSignPrompts.filter((entry) => entry !== sign),
                  )
                }
              />
            ))
          )}
        </fieldset>
        <button type="submit" class="button" disabled={form.busy}>
          {form.busy ? t('record.saving') : t('checkinsWeb.saveSettings')}
        </button>
      </form>
    </>
  );
}
