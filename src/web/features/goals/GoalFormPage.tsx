import '../../../domain/i18n/goals.messages.ts';
import { useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { GOAL_STATUSES, type Goal, goalSchema } from '../../../domain/record/record.schema.ts';
import { ConflictPanel } from '../../components/ConflictPanel.tsx';
import { DateField } from '../../components/DateField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { Radios, SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useEditor } from '../../lib/editor.ts';
import { setFlash } from '../../lib/flash.ts';
import type { AreaItem } from '../life-areas/life-areas.resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { compareRows, statusLabel } from './goal-text.ts';
import { type GoalItem, goals, useGoal } from './goals.resource.ts';

/** The goal as the form holds it: text inputs, with "" for "no life area" and "no date". */
type GoalFields = Omit<Goal, 'steps' | 'lifeAreaId' | 'targetDate'> & {
  lifeAreaId: string;
  targetDate: string;
};

const NEW_GOAL: GoalFields = {
  title: '',
  why: '',
  lifeAreaId: '',
  whoHelps: '',
  targetDate: '',
  status: 'not_started',
};

function fieldsOf(goal: Goal, areas: AreaItem[]): GoalFields {
  const { steps: _steps, ...rest } = goal;
  const liveArea = areas.some((area) => area.id === goal.lifeAreaId);
  return {
    ...rest,
    lifeAreaId: liveArea && goal.lifeAreaId ? goal.lifeAreaId : '',
    targetDate: goal.targetDate ?? '',
  };
}

/** The form only owns these fields; the steps stay as they are saved. */
function goalOf(fields: GoalFields, steps: Goal['steps']): Goal {
  return {
    ...fields,
    lifeAreaId: fields.lifeAreaId === '' ? null : fields.lifeAreaId,
    targetDate: fields.targetDate === '' ? null : fields.targetDate,
    steps,
  };
}

// Error summary links go to the input; for radios that is the first radio.
const idFor = (field: string) => (field === 'status' ? 'status-first' : field);

export function GoalFormPage({ id }: { id?: string }) {
  const record = useRecord();
  const resource = useGoal(record.personId, id);
  const [hasErrors, setHasErrors] = useState(false);
  const title = id ? t('goal.edit.title') : t('goal.new.title');
  return (
    <>
      <PageHeading title={title} hasErrors={hasErrors} />
      <Loaded resource={resource} historyHref={id && `/goals/${id}/history`}>
        {({ goal, areas }) => (
          <GoalForm personId={record.personId} goal={goal} areas={areas} onErrors={setHasErrors} />
        )}
      </Loaded>
    </>
  );
}

type FormProps = {
  personId: string;
  goal: GoalItem | null;
  areas: AreaItem[];
  onErrors: (shown: boolean) => void;
};

function GoalForm({ personId, goal, areas, onErrors }: FormProps) {
  const [, navigate] = useLocation();
  const editor = useEditor<Goal, GoalFields>({
    doc: goal,
    empty: NEW_GOAL,
    schema: goalSchema,
    save: (data, version) =>
      version === null
        ? goals(personId).create(data)
        : goals(personId).update(goal?.id ?? '', data, version),
    load: () => goals(personId).get(goal?.id ?? ''),
    draft: { form: `goal:${goal?.id ?? 'new'}`, owner: personId },
    onErrors,
    toValues: (data) => fieldsOf(data, areas),
    // The form only owns these fields; the steps stay as they are saved.
    toData: (values, base) => goalOf(values, base?.data.steps ?? []),
    onSaved: (saved, message) => {
      setFlash({ message });
      // A new goal's answer is the whole item, with its id.
      navigate(`/goals/${goal?.id ?? (saved as GoalItem).id}`);
    },
  });
  const { form, conflict } = editor;
  const { values, errors } = form;

  return (
    <>
      <Notice state={editor.notice} />
      {conflict && (
        <ConflictPanel
          rows={compareRows(conflict.yours, conflict.theirs, areas)}
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
        <TextField
          id="title"
          label={t('goal.field.title')}
          hint={t('goal.field.title.hint')}
          value={values.title}
          error={errors.title}
          onInput={(value) => form.set('title', value)}
        />
        <TextArea
          id="why"
          label={t('goal.field.why')}
          hint={t('goal.field.why.hint')}
          rows={3}
          value={values.why}
          error={errors.why}
          onInput={(value) => form.set('why', value)}
        />
        <SelectField
          id="lifeAreaId"
          label={t('goal.field.lifeArea')}
          hint={t('goal.field.lifeArea.hint')}
          value={values.lifeAreaId}
          error={errors.lifeAreaId}
          options={[
            { value: '', label: t('goal.field.lifeArea.none') },
            ...areas.map((area) => ({ value: area.id, label: area.data.name })),
          ]}
          onChange={(value) => form.set('lifeAreaId', value)}
        />
        <TextArea
          id="whoHelps"
          label={t('goal.field.whoHelps')}
          hint={t('goal.field.whoHelps.hint')}
          rows={2}
          value={values.whoHelps}
          error={errors.whoHelps}
          onInput={(value) => form.set('whoHelps', value)}
        />
        <DateField
          id="targetDate"
          label={t('goal.field.targetDate')}
          hint={t('goal.field.targetDate.pickerHint')}
          value={values.targetDate}
          error={errors.targetDate}
          onInput={(value) => form.set('targetDate', value)}
        />
        <Radios
          id="status"
          label={t('goal.field.status')}
          value={values.status}
          error={errors.status}
          options={GOAL_STATUSES.map((status) => ({ value: status, label: statusLabel(status) }))}
          onChange={(value) => form.set('status', value as Goal['status'])}
        />
        <div class="button-group">
          <button type="submit" class="button" disabled={form.busy}>
            {form.busy ? t('record.saving') : t('goal.save')}
          </button>
          <Link href={goal ? `/goals/${goal.id}` : '/goals'}>{t('record.cancel')}</Link>
        </div>
      </form>
    </>
  );
}
