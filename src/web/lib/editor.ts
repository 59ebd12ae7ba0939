// Editing one saved thing (About me, a plan, a goal, a contact…): the form and its draft, the
// version the words build on (sent as If-Match), a save that merges with changes made elsewhere
// meanwhile (lib/merge-save.ts, loaded only on a conflict: decision 0023), the conflict to show
// when both changed the same part, and "Saved at 14:02".
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatTime, t } from '../../domain/i18n/translate.ts';
import type { z } from '../../domain/validation.ts';
import { type NoticeState, useNotice } from '../components/Notice.tsx';
import { isConflict, type Saved, savedVersionOf } from './conflict.ts';
import { type DraftOptions, type FormState, useForm, validate } from './form.ts';

export type Conflicted<T> = {
  /** What is saved now. */
  saved: Saved<T>;
  /** This tab's words where both changed, and everything merged elsewhere ("keep mine"). */
  yours: T;
  /** The saved words where both changed, and everything merged elsewhere ("use saved"). */
  theirs: T;
};

export type SaveOutcome<T> =
  | { saved: Saved<T>; merged: boolean; conflict?: undefined }
  | { conflict: Conflicted<T> };

export type SaveOptions<T> = {
  /** The version the words were written on. */
  base: Saved<T>;
  mine: T;
  save: (data: T, version: number) => Promise<Saved<T>>;
  /** Reads what is saved now, when the 412 did not carry it. */
  load: () => Promise<Saved<T>>;
  /** What is saved now, from a 412 (for answers not shaped `{ version, data }`). */
  current?: (error: unknown) => Saved<T> | null;
};

/**
 * Saves `mine` over `base`. When someone saved in between, the two edits are merged and saved
 * over the newer version; a part both changed differently comes back as a conflict to show.
 */
export async function saveMerging<T>(options: SaveOptions<T>): Promise<SaveOutcome<T>> {
  try {
    return { saved: await options.save(options.mine, options.base.version), merged: false };
  } catch (error) {
    if (!isConflict(error)) throw error;
    const { mergeAfterConflict } = await import('./merge-save.ts');
    return mergeAfterConflict(error, options, { isConflict, savedVersionOf });
  }
}

/** The words about drafts and merging: loaded with the first form that needs them. */
export function loadDraftWords(): Promise<void> {
  return import('../../domain/i18n/drafts.messages.ts').then(() => undefined);
}

export type Editor<T, V = T> = {
  form: FormState<V>;
  notice: NoticeState;
  /** What the words build on; null for something not saved yet. */
  base: Saved<T> | null;
  conflict: Conflicted<T> | null;
  submit: (event: Event) => Promise<void>;
  keepMine: () => Promise<void>;
  useSaved: () => Promise<void>;
  /** Throws away a draft put back in the form, showing what is saved now. */
  discard: () => void;
  /**
   * A newer version turned up some other way (a delete refused as stale): shown in the form
   * if nothing was typed, otherwise beside what was typed, to choose.
   */
  refresh: (saved: Saved<T>) => void;
};

type Options<T, V> = {
  /** As loaded; null for a new item (a create cannot meet a conflict). */
  doc: Saved<T> | null;
  /** The form's values for a new item. */
  empty?: V;
  schema: z.ZodType<T>;
  /** Saves over `version`, or creates when it is null. */
  save: (data: T, version: number | null) => Promise<Saved<T>>;
  load: () => Promise<Saved<T>>;
  /** What is saved now, from a 412 not shaped `{ version, data }`. */
  current?: (error: unknown) => Saved<T> | null;
  draft: Omit<DraftOptions, 'base'>;
  onErrors: (shown: boolean) => void;
  /** After a save, with what the page says about it; the form has already taken the words. */
  onSaved?: (saved: Saved<T>, message: string) => void;
  /** Tidies the values before they are checked, e.g. drops rows left empty. */
  tidy?: (values: V) => V;
  /** The form's values from saved data (by default the data itself). */
  toValues?: (data: T) => V;
  /** The data to check and save from the form's values, given what they build on. */
  toData?: (values: V, base: Saved<T> | null) => unknown;
};

export function useEditor<T, V extends object = T & object>(options: Options<T, V>): Editor<T, V> {
  const { doc, schema, onErrors } = options;
  const toValues = options.toValues ?? ((data: T) => data as unknown as V);
  const toData = options.toData ?? ((values: V) => values);
  const tidy = options.tidy ?? ((values: V) => values);
  const latestBase = useRef<Saved<T> | null>(doc);
  const form = useForm<V>(() => (doc ? toValues(doc.data) : (options.empty as V)), onErrors, {
    ...options.draft,
    base: () => latestBase.current,
  });
  // A draft put back carries the version its words were written on: they build on that.
  const [base, setBase] = useState<Saved<T> | null>(() =>
    form.restored && 'base' in form.restored ? (form.restored.base as Saved<T> | null) : doc,
  );
  latestBase.current = base;
  const [conflict, setConflict] = useState<Conflicted<T> | null>(null);
  // Picks up a message left by the page before (such as a contact just added for this plan).
  const notice = useNotice(true);

  const settle = (outcome: SaveOutcome<T>, message?: string) => {
    if (outcome.conflict) {
      // Keep what was typed; show the parts both changed and let the person choose.
      setConflict(outcome.conflict);
      return;
    }
    const { saved } = outcome;
    const values = toValues(saved.data);
    setBase(saved);
    setConflict(null);
    onErrors(false);
    form.setValues(values);
    form.saved(values);
    const time = formatTime(saved.updatedAt ?? new Date().toISOString());
    const said =
      message ?? (outcome.merged ? t('merge.saved', { time }) : t('record.savedAt', { time }));
    notice.show({ message: said });
    options.onSaved?.(saved, said);
  };

  const save = (data: T, from: Saved<T> | null, message?: string) => {
    notice.show(null);
    return form.run(async () => {
      const outcome: SaveOutcome<T> = from
        ? await saveMerging({
            base: from,
            mine: data,
            save: (next, version) => options.save(next, version),
            load: options.load,
            current: options.current,
          })
        : { saved: await options.save(data, null), merged: false };
      settle(outcome, message);
    });
  };

  const check = (values: V, from: Saved<T> | null): T | null => {
    const checked = validate(schema, toData(values, from));
    if (!checked.ok) {
      form.showErrors(checked.errors);
      return null;
    }
    form.clearErrors();
    return checked.data as T;
  };

  const discard = () => {
    setBase(doc);
    setConflict(null);
    form.clearErrors();
    form.discard(doc ? toValues(doc.data) : (options.empty as V));
  };
  useRestoredNotice(form, notice, discard, options.draft.onDevice === false);

  return {
    form,
    notice,
    base,
    conflict,
    submit: async (event) => {
      event.preventDefault();
      const tidied = tidy(form.values);
      form.setValues(tidied);
      const data = check(tidied, base);
      if (data !== null) await save(data, base);
    },
    keepMine: async () => {
      if (conflict) await save(conflict.yours, conflict.saved);
    },
    useSaved: async () => {
      if (!conflict) return;
      const { saved, theirs } = conflict;
      if (JSON.stringify(theirs) !== JSON.stringify(saved.data))
        return save(theirs, saved, t('merge.usingSaved'));
      // Nothing of this tab's is left: show what is saved, with nothing to save.
      settle({ saved, merged: false }, t('conflict.usingSaved'));
    },
    refresh: (saved) => {
      if (form.dirty) {
        setConflict({ saved, yours: toData(form.values, base) as T, theirs: saved.data });
        return;
      }
      const values = toValues(saved.data);
      setBase(saved);
      form.setValues(values);
      form.saved(values);
    },
    discard,
  };
}

/**
 * Says in the page's status message that words typed earlier and not saved were put back in
 * the form, with a button to throw them away. Its words load only when there is a draft.
 */
export function useRestoredNotice<V>(
  form: FormState<V>,
  notice: NoticeState,
  discard: () => void = () => form.discard(),
  inMemory = false,
): void {
  useEffect(() => {
    const draft = form.restored;
    if (!draft) return;
    loadDraftWords().then(
      () =>
        notice.show({
          message: inMemory
            ? t('drafts.restoredInMemory')
            : t('drafts.restored', { when: formatTime(draft.at) }),
          undoLabel: t('drafts.discard'),
          undo: async () => {
            discard();
            return t('drafts.discarded');
          },
        }),
      () => {
        // No connection to load the words: the typed words are in the form all the same.
      },
    );
  }, []);
}
