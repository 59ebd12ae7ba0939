import '../../../domain/i18n/goals.messages.ts';
import { useRef } from 'preact/hooks';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import { type GoalNote, goalNoteSchema } from '../../../domain/record/record.schema.ts';
import { DateField } from '../../components/DateField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import type { NoticeState } from '../../components/Notice.tsx';
import { UnreadableNotice } from '../../components/UnreadableNotice.tsx';
import { asApiError } from '../../lib/api.ts';
import { isConflict } from '../../lib/conflict.ts';
import { useRestoredNotice } from '../../lib/editor.ts';
import { useForm, validate } from '../../lib/form.ts';
import { dataOf } from '../../lib/resource.ts';
import { today } from '../../lib/today.ts';
import { type NoteItem, notes, sortNotes, useNotes } from './goals.resource.ts';

type Props = {
  personId: string;
  goalId: string;
  notice: NoticeState;
  /** Someone the person shared with: the notes only, no delete or add. */
  readOnly?: boolean;
};

/** Progress notes: what happened along the way, each with its date. */
export function GoalNotes({ personId, goalId, notice, readOnly = false }: Props) {
  const resource = useNotes(personId, goalId);
  const form = useForm<GoalNote>(() => ({ date: today(), text: '' }), undefined, {
    form: `goal:${goalId}:note`,
    owner: personId,
  });
  useRestoredNotice(form, notice);
  const api = notes(personId, goalId);
  const list = dataOf(resource.state)?.items ?? [];
  const unreadable = dataOf(resource.state)?.unreadable ?? [];
  const show = (items: NoteItem[]) => resource.replace({ items, unreadable });
  const heading = useRef<HTMLHeadingElement>(null);

  const add = (event: Event) => {
    event.preventDefault();
    const checked = validate(goalNoteSchema, form.values);
    if (!checked.ok) return form.showErrors(checked.errors);
    form.clearErrors();
    return form.run(async () => {
      const created = await api.create(checked.data);
      show(sortNotes([created, ...list]));
      const next = { ...form.values, text: '' };
      form.setValues(next);
      form.saved(next);
      notice.show({ message: t('goal.notes.added', { date: formatDate(created.data.date) }) });
    });
  };

  const remove = async (note: NoteItem) => {
    const date = formatDate(note.data.date);
    try {
      const deleted = await api.remove(note.id, note.version);
      show(list.filter((n) => n.id !== note.id));
      // The button pressed has gone: keep the keyboard in the notes.
      heading.current?.focus();
      notice.show({
        message: t('goal.notes.deleted', { date }),
        undo: async () => {
          await api.undelete(note.id, deleted.version);
          resource.refresh();
          return t('goal.notes.restored', { date });
        },
      });
    } catch (error) {
      // Changed in another tab: show the notes as they are now.
      if (isConflict(error)) resource.refresh();
      notice.show({
        message: isConflict(error) ? t('goal.notes.changed') : asApiError(error).message,
        problem: true,
      });
    }
  };

  return (
    <section aria-labelledby="notes-title">
      <h2 id="notes-title" tabIndex={-1} ref={heading}>
        {t('goal.notes.title')}
      </h2>
      <Loaded resource={resource}>
        {({ items, unreadable }, empty) =>
          empty ? (
            <p>{t('goal.notes.none')}</p>
          ) : (
            <>
              <UnreadableNotice kind="note" marks={unreadable} />
              {items.length > 0 && (
                <ul class="notes">
                  {items.map((note) => (
                    <li key={note.id} class="note">
                      <h3 class="note__date">{formatDate(note.data.date)}</h3>
                      <p class="own-words">{note.data.text}</p>
                      {!readOnly && (
                        <button
                          type="button"
                          class="button button--small button--quiet"
                          onClick={() => remove(note)}
                        >
                          {t('goal.notes.delete', { date: formatDate(note.data.date) })}
                        </button>
                      )}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )
        }
      </Loaded>
      {!readOnly && (
        <>
          <h3>{t('goal.notes.add')}</h3>
          <ErrorSummary
            errors={form.errors}
            formError={form.formError}
            attempt={form.attempt}
            idFor={(field) => `note-${field}`}
          />
          <form class="form" noValidate onSubmit={add}>
            <DateField
              id="note-date"
              label={t('goal.notes.date')}
              value={form.values.date}
              error={form.errors.date}
              onInput={(value) => form.set('date', value)}
            />
            <TextArea
              id="note-text"
              label={t('goal.notes.text')}
              hint={t('goal.notes.text.hint')}
              rows={3}
              value={form.values.text}
              error={form.errors.text}
              onInput={(value) => form.set('text', value)}
            />
            <button type="submit" class="button button--secondary" disabled={form.busy}>
              {t('goal.notes.add')}
            </button>
          </form>
        </>
      )}
    </section>
  );
}
