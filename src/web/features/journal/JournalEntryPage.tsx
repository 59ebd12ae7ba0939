// Write or change a journal entry: the date, an optional mood and the text. Private by
// default. A save that meets a newer version shows both and lets the person choose.
import '../../../domain/i18n/journal.messages.ts';
import { useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import {
  type JournalEntryInput,
  journalEntrySchema,
} from '../../../domain/journal/journal.schema.ts';
import { ConflictPanel } from '../../components/ConflictPanel.tsx';
import { DateField } from '../../components/DateField.tsx';
import { DeleteWithUndo } from '../../components/DeleteWithUndo.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { SelectField, TextArea } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { asApiError } from '../../lib/api.ts';
import type { Saved } from '../../lib/conflict.ts';
import { useEditor } from '../../lib/editor.ts';
import { setFlash } from '../../lib/flash.ts';
import { useResource } from '../../lib/resource.ts';
import { today } from '../../lib/today.ts';
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

/** An entry as the editor keeps it: its words and the version they are. */
const savedOf = (entry: JournalEntry): Saved<JournalEntryInput> => ({
  version: entry.version,
  updatedAt: entry.updatedAt,
  deletedAt: entry.deletedAt,
  data: { date: entry.date, mood: entry.mood ?? null, text: entry.text },
});

const valuesFrom = (data: JournalEntryInput): Values => ({
  date: data.date,
  mood: data.mood == null ? '' : String(data.mood),
  text: data.text,
});

function EntryForm({ personId, entry, onErrors }: FormProps) {
  const [, navigate] = useLocation();
  const calls = journalApi(personId);
  const editor = useEditor<JournalEntryInput, Values>({
    doc: entry && savedOf(entry),
    empty: valuesOf(null),
    schema: journalEntrySchema,
    save: async (data, version) =>
      savedOf(
        entry && version !== null
          ? await calls.update(entry.id, data, version)
          : await calls.create(data),
      ),
    load: async () => savedOf(await calls.get(entry?.id ?? '')),
    // Journal entries come whole (no `data` wrapper), so the saved one is `current` itself.
    current: (error) => {
      const current = asApiError(error).current as JournalEntry | undefined;
      return typeof current?.text === 'string' ? savedOf(current) : null;
    },
    // The journal is private and encrypted at rest: its draft never touches the device's storage.
    draft: { form: `journal:${entry?.id ?? 'new'}`, owner: personId, onDevice: false },
    onErrors,
    toValues: valuesFrom,
    toData: bodyOf,
    onSaved: () => {
      if (entry) return;
      setFlash({ message: t('journalWeb.savedNew') });
      navigate('/journal');
    },
  });
  const { form, notice, conflict } = editor;
  const { values, errors } = form;
  const base = editor.base;

  // A delete met a newer version: show it (or, if the text here was changed, both versions).
  const deleteWasStale = async () => {
    if (!entry) return;
    notice.show({ message: t('journalWeb.changedElsewhere') });
    try {
      editor.refresh(savedOf(await calls.get(entry.id)));
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
            {
              label: t('journalWeb.date'),
              yours: conflict.yours.date,
              saved: conflict.theirs.date,
            },
            {
              label: t('journalWeb.mood'),
              yours: valuesFrom(conflict.yours).mood,
              saved: valuesFrom(conflict.theirs).mood,
            },
            {
              label: t('journalWeb.text'),
              yours: conflict.yours.text,
              saved: conflict.theirs.text,
            },
          ]}
          savedAt={conflict.saved.updatedAt}
          busy={form.busy}
          onUseSaved={editor.useSaved}
          onKeepMine={editor.keepMine}
        />
      )}
      <ErrorSummary errors={errors} formError={form.formError} attempt={form.attempt} />
      {entry && (
        <p class="meta">{t('journalWeb.writtenOn', { date: formatDate(entry.createdAt) })}</p>
      )}
      <form class="form" noValidate onSubmit={editor.submit}>
        <DateField
          id="date"
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
      {entry && base && (
        <DeleteWithUndo
          words={{
            title: t('journalWeb.manageTitle'),
            button: t('journalWeb.delete'),
            question: t('journalWeb.delete.confirm', { date: formatDate(base.data.date) }),
            yes: t('journalWeb.delete.yes'),
            deleted: t('journalWeb.deleted', { date: formatDate(base.data.date) }),
            restored: t('journalWeb.restored', { date: formatDate(base.data.date) }),
          }}
          remove={async () => (await calls.remove(entry.id, base.version)).version}
          undelete={(version) => calls.undelete(entry.id, version)}
          returnTo="/journal"
          onStale={deleteWasStale}
        />
      )}
    </>
  );
}
