// Form state shared by every form: the values as typed (never cleared on an error), the
// field errors from the shared zod schema or from the server, and a form-level message. A form
// that names a draft keeps what was typed and not saved (lib/draft-store.ts) and asks before
// its page is left (lib/leave-guard.ts): the one mechanism every record form uses (decision 0023).
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { wordsFor } from '../../domain/i18n/said.ts';
import { t } from '../../domain/i18n/translate.ts';
import type { z } from '../../domain/validation.ts';
import { type ApiError, asApiError } from './api.ts';
import { type Draft, draftKey, readDraft, removeDraft, writeDraft } from './draft-store.ts';
import type { SchemaLoader } from './lazy-schema.ts';
import { isQuickExiting } from './quick-exit.ts';
import { useSignedInId } from './session.tsx';

/** Field path ("title", "steps.2.text") → message. Insertion order is the order shown. */
export type FieldErrors = Record<string, string>;

export type Validation<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Checks values with a shared schema, the same one the server uses. */
export async function validate<S extends z.ZodType>(
  schema: SchemaLoader<S>,
  values: unknown,
): Promise<Validation<z.output<S>>> {
  const result = (await schema()).safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.map(String).join('.') || 'form';
    errors[field] ??= wordsFor(issue.message);
  }
  return { ok: false, errors };
}

/** The server's field errors (400 with `fields`, or one `field`) in the same form. */
export function serverFieldErrors(error: ApiError): FieldErrors {
  const errors: FieldErrors = {};
  for (const { field, message } of error.fields) errors[field] ??= message;
  return errors;
}

/** Which draft a form keeps: one per form, per record, per signed-in account. */
export type DraftOptions = {
  /** Names the form within the record: "about-me", "goal:new", "goal:<id>:step". */
  form: string;
  /** Whose record the words belong to. */
  owner: string;
  /** False keeps the draft in this page's memory only, never on the device (the journal). */
  onDevice?: boolean;
  /** Kept with the draft: what the words build on (the version a save sends as If-Match). */
  base?: () => unknown;
};

export type FormState<V> = {
  values: V;
  set<K extends keyof V>(field: K, value: V[K]): void;
  setValues(values: V): void;
  /** True while the values differ from what was loaded or last saved. */
  dirty: boolean;
  /** The draft this form opened with, if words typed earlier and not saved were put back. */
  restored: Draft<V> | null;
  /** Says the values are saved (or are now the starting point): the draft goes. */
  saved(values?: V): void;
  /** Throws the draft away and shows `values` (by default what the form started with). */
  discard(values?: V): void;
  errors: FieldErrors;
  /** A problem that is not about one field, such as no connection. */
  formError: string | null;
  /** Some error is shown, on a field or the whole form (the page's title says so). */
  hasErrors: boolean;
  /** Goes up on every failed attempt, so the error summary takes focus again. */
  attempt: number;
  busy: boolean;
  showErrors(errors: FieldErrors, formError?: string | null): void;
  clearErrors(): void;
  /** Runs a submission: marks the form busy and turns any failure into visible errors. */
  run(action: () => Promise<void>): Promise<void>;
};

/**
 * `onErrors` hears each time errors are shown (a failed check, or a failed submission), so the
 * page's title can say so; the page says when they are gone, as that differs from page to page.
 */
export function useForm<V extends object>(
  initial: V | (() => V),
  onErrors?: (shown: boolean) => void,
  draft?: DraftOptions,
): FormState<V> {
  const account = useSignedInId();
  const key = draft && account ? draftKey(account, draft.owner, draft.form) : null;
  const onDevice = draft?.onDevice !== false;
  const [start] = useState<V>(initial);
  const [restored, setRestored] = useState(() => (key ? readDraft<V>(key, onDevice) : null));
  const [values, setValues] = useState<V>(() => restored?.values ?? start);
  // What counts as saved, compared as JSON: the values a save or a load last agreed on.
  const [clean, setClean] = useState(() => JSON.stringify(start));
  const dirty = key !== null && JSON.stringify(values) !== clean;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  // Where focus was when a submission started (the Save button, or the field Enter was pressed
  // in). A button disabled while saving drops focus to the page; once enabled again, focus goes
  // back there, so a keyboard or screen reader user carries on from where they were. Not when
  // something else took focus meanwhile (the error summary, the next page's heading); an
  // element gone with its page does not take focus.
  const focusBefore = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!busy && document.activeElement === document.body) focusBefore.current?.focus();
  }, [busy]);

  const showErrors = (fieldErrors: FieldErrors, message: string | null = null) => {
    setErrors(fieldErrors);
    setFormError(message);
    setAttempt((n) => n + 1);
    onErrors?.(true);
  };

  // A layout effect: written as soon as the change is on screen, so a reload straight after a
  // key press keeps that key too.
  useLayoutEffect(() => {
    if (!key) return;
    if (dirty)
      writeDraft(key, { values, base: draft?.base?.(), at: new Date().toISOString() }, onDevice);
    else removeDraft(key);
  }, [key, dirty, values]);
  useEffect(() => {
    if (!dirty) return;
    // Loaded once there is something to lose, so forms do not carry it on their first load.
    let release: (() => void) | undefined;
    let held = true;
    import('./leave-guard.ts').then(
      ({ holdUnsaved }) => {
        if (held) release = holdUnsaved({ onDevice }, { t, isQuickExiting });
      },
      () => {
        // No connection to load it: the draft is kept all the same.
      },
    );
    return () => {
      held = false;
      release?.();
    };
  }, [dirty]);

  const settle = (next: V) => {
    if (key) removeDraft(key);
    setClean(JSON.stringify(next));
    setRestored(null);
  };

  return {
    values,
    set: (field, value) => setValues((current) => ({ ...current, [field]: value })),
    setValues,
    dirty,
    restored,
    saved(next = values) {
      settle(next);
    },
    discard(next = start) {
      settle(next);
      setValues(next);
    },
    errors,
    formError,
    hasErrors: Object.keys(errors).length > 0 || formError !== null,
    attempt,
    busy,
    showErrors,
    clearErrors: () => {
      setErrors({});
      setFormError(null);
    },
    async run(action) {
      focusBefore.current = document.activeElement as HTMLElement | null;
      setBusy(true);
      try {
        await action();
      } catch (error) {
        const apiError = asApiError(error);
        const fields = serverFieldErrors(apiError);
        showErrors(fields, Object.keys(fields).length > 0 ? null : apiError.message);
      } finally {
        setBusy(false);
      }
    },
  };
}

/** A short id for a new goal step (unique within the goal; works on plain http too). */
export function newStepId(): string {
  return `step-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}
