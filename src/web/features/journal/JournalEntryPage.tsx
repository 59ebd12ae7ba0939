// Write or change a journal entry: the date, an optional mood and the text. Private by
// default. A save that meets a newer version shows both and lets the person choose.
import { useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { formatDate, formatTime, t } from '../../../domain/i18n/translate.ts';
import {
  type JournalEntryInput,
  journalEntrySchema,
} from '../../../domain/journal/journal.schema.ts';
import { ConflictPanel } from '../../components/ConflictPanel.tsx';
import { DeleteWithUndo } from '../../components/DeleteWithUndo.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField, TextArea, TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { asApiError } from '../../lib/api.ts';
import { isConflict } from '../../lib/conflict.ts';
import { setFlash } from '../../lib/flash.ts';
import { today, useForm, validate } from '../../lib/form.ts';
import { useResource } from '../../lib/resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { type JournalEntry, journalApi } from './journal.resource.ts';
import { ShareEntry } from './ShareEntry.tsx';
import '../../styles/checkins.css';

type Values = { date: string; mood: string; text: string };

const valuesOf = (entry: JournalEntry | null): Values =>
  entry
    ? { date: entry.date, mood: entry.mood == null ? '' : String(entry.mood), text: entry.text }
    : { date: today(), mood: '', text: '' };

const bodyOf = (values: Values): JournalEntryInput => ({
  date: values.date,
  mood: values.mood === '' ? null : Number(values.mood),
  text: values.text,
});

export function JournalEntryPage({ id }: { id?: string }) {
  const record = useRecord();
  const entry = useResource(
    (signal) => (id ? journalApi(record.personId).get(id, signal) : Promise.resolve(null)),
    [record.personId, id],
  );
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <>
      <PageHeading
        title={id ? t('journalWeb.changeTitle') : t('journalWeb.newTitle')}
        hasErrors={hasErrors}
      />
      <p class="lead">{t('journalWeb.private')}</p>
      <Loaded resource={entry}>
        {(data) => <EntryForm personId={record.personId} entry={data} onErrors={setHasErrors} />}
      </Loaded>
      {id && record.isOwner && <ShareEntry personId={record.personId} entryId={id} />}
      <p>
        <Link href="/journal">{t('journalWeb.back')}</Link>
      </p>
    </>
  );
}

type FormProps = {
  personId: string;
  entry: JournalEntry | null;
  onErrors: (shown: boolean) => void;
};

function EntryForm({ personId, entry, onErrors }: FormProps) {
  const [, navigate] = useLocation();
  const [base, setBase] = useState(entry);
  const [conflict, setConflict] = useState<JournalEntry | null>(null);
  const form = useForm<Values>(() => valuesOf(entry), onErrors);
  const notice = useNotice();
  const { values, errors } = form;
  const calls = journalApi(personId);

  const save = (data: JournalEntryInput, version: number | null) => {
    notice.show(null);
    return form.run(async () => {
      try {
        if (!base || version === null) {
          await calls.create(data);
          onErrors(false);
          setFlash({ message: t('journalWeb.savedNew') });
          navigate('/journal');
          return;
        }
        const saved = await calls.update(base.id, data, version);
        setBase(saved);
        setConflict(null);
        onErrors(false);
        notice.show({ message: t('record.savedAt', { time: formatTime(saved.updatedAt) }) });
      } catch (error) {
        if (!isConflict(error) || !base) throw error;
        // Journal entries come whole (no `data` wrapper), so the saved one is `current` itself.
        const current = asApiError(error).current as JournalEntry | undefined;
        setConflict(typeof current?.text === 'string' ? current : await calls.get(base.id));
      }
    });
  };

  const attempt = (version: number | null) => {
    const checked = validate(journalEntrySchema, bodyOf(values));
    if (!checked.ok) return form.showErrors(checked.errors);
    form.clearErrors();
    return save(checked.data, version);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    return attempt(base?.version ?? null);
  };

  const useSaved = () => {
    if (!conflict) return;
    form.setValues(valuesOf(conflict));
    setBase(conflict);
    setConflict(null);
    notice.show({ message: t('conflict.usingSaved') });
  };

  // A delete met a newer version: show it (or, if the text here was changed, both versions).
  const deleteWasStale = async () => {
    if (!base) return;
    notice.show({ message: t('journalWeb.changedElsewhere') });
    try {
      const current = await calls.get(base.id);
      if (JSON.stringify(values) === JSON.stringify(valuesOf(base))) {
        form.setValues(valuesOf(current));
        setBase(current);
      } else {
        setConflict(current);
      }
    } catch (error) {
      notice.show({ message: asApiError(error).message, problem: true });
    }
  };

  const moodOptions = [
    { value: '', label: t('journalWeb.moodNone') },
    ...[1, 2, 3, 4, 5, 6, 7].map((mood) => ({
      value: String(mood),
      label:
        mood === 1
          ? t('journalWeb.moodLow', { mood })
          : mood === 7
            ? t('journalWeb.moodHigh', { mood })
            : String(mood),
    })),
  ];

  return (
    <>
      <Notice state={notice} />
      {conflict && (
        <ConflictPanel
          rows={[
            { label: t('journalWeb.date'), yours: values.date, saved: conflict.date },
            {
              label: t('journalWeb.mood'),
              yours: values.mood,
              saved: conflict.mood == null ? '' : String(conflict.mood),
            },
            { label: t('journalWeb.text'), yours: values.text, saved: conflict.text },
          ]}
          savedAt={conflict.updatedAt}
          busy={form.busy}
          onUseSaved={useSaved}
          onKeepMine={() => attempt(conflict.version)}
        />
      )}
      <ErrorSummary errors={errors} formError={form.formError} attempt={form.attempt} />
      {base && (
        <p class="meta">{t('journalWeb.writtenOn', { date: formatDate(base.createdAt) })}</p>
      )}
      <form class="form" noValidate onSubmit={submit}>
        <TextField
          id="date"
          type="date"
          width="date"
          label={t('journalWeb.date')}
          value={values.date}
          error={errors.date}
          onInput={(value) => form.set('date', value)}
        />
        <SelectField
          id="mood"
          label={t('journalWeb.mood')}
          hint={t('journalWeb.moodHint')}
          value={values.mood}
          error={errors.mood}
          options={moodOptions}
          onChange={(value) => form.set('mood', value)}
        />
        <TextArea
          id="text"
          label={t('journalWeb.text')}
          value={values.text}
          error={errors.text}
          rows={10}
          onInput={(value) => form.set('text', value)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {form.busy ? t('record.saving') : t('journalWeb.save')}
        </button>
      </form>
      {base && (
        <DeleteWithUndo
          words={{
            title: t('journalWeb.manageTitle'),
            button: t('journalWeb.delete'),
            question: t('journalWeb.delete.confirm', { date: formatDate(base.date) }),
            yes: t('journalWeb.delete.yes'),
            deleted: t('journalWeb.deleted', { date: formatDate(base.date) }),
            restored: t('journalWeb.restored', { date: formatDate(base.date) }),
          }}
          remove={async () => (await calls.remove(base.id, base.version)).version}
          undelete={(version) => calls.undelete(base.id, version)}
          returnTo="/journal"
          onStale={deleteWasStale}
        />
      )}
    </>
  );
}
