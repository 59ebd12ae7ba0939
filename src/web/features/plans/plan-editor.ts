// Editing one plan: the values as typed, the version they are based on (sent as If-Match),
// a conflict when someone saved a newer version, and "Saved at 14:02" when it worked.
import { useState } from 'preact/hooks';
import { formatTime, t } from '../../../domain/i18n/translate.ts';
import type { z } from '../../../domain/validation.ts';
import { type NoticeState, useNotice } from '../../components/Notice.tsx';
import { isConflict, type Saved, savedVersionOf } from '../../lib/conflict.ts';
import { type FormState, useForm, validate } from '../../lib/form.ts';

export type PlanEditor<T extends object> = {
  form: FormState<T>;
  notice: NoticeState;
  base: { version: number; updatedAt: string | null };
  conflict: Saved<T> | null;
  submit: (event: Event) => Promise<void>;
  keepMine: () => Promise<void>;
  useSaved: () => void;
};

type Options<T extends object> = {
  doc: Saved<T>;
  schema: z.ZodType<T>;
  save: (data: T, version: number) => Promise<Saved<T>>;
  load: () => Promise<Saved<T>>;
  /** Tidies the values before they are checked, e.g. drops rows left empty. */
  tidy?: (values: T) => T;
  onErrors: (shown: boolean) => void;
  onSaved?: (saved: Saved<T>) => void;
};

export function usePlanEditor<T extends object>(options: Options<T>): PlanEditor<T> {
  const { doc, schema, tidy = (values: T) => values, onErrors } = options;
  const [base, setBase] = useState({ version: doc.version, updatedAt: doc.updatedAt });
  const [conflict, setConflict] = useState<Saved<T> | null>(null);
  const form = useForm<T>(doc.data, onErrors);
  const notice = useNotice();

  const save = (data: T, version: number) => {
    notice.show(null);
    return form.run(async () => {
      try {
        const saved = await options.save(data, version);
        setBase({ version: saved.version, updatedAt: saved.updatedAt });
        setConflict(null);
        onErrors(false);
        form.setValues(saved.data);
        options.onSaved?.(saved);
        const time = formatTime(saved.updatedAt ?? new Date().toISOString());
        notice.show({ message: t('record.savedAt', { time }) });
      } catch (error) {
        if (!isConflict(error)) throw error;
        // Keep what was typed; show it beside the saved version and let the person choose.
        setConflict(savedVersionOf<T>(error) ?? (await options.load()));
      }
    });
  };

  const attempt = (version: number) => {
    const tidied = tidy(form.values);
    form.setValues(tidied);
    const checked = validate(schema, tidied);
    if (!checked.ok) {
      form.showErrors(checked.errors);
      return Promise.resolve();
    }
    form.clearErrors();
    return save(checked.data as T, version);
  };

  return {
    form,
    notice,
    base,
    conflict,
    submit: (event) => {
      event.preventDefault();
      return attempt(base.version);
    },
    keepMine: () => (conflict ? attempt(conflict.version) : Promise.resolve()),
    useSaved: () => {
      if (!conflict) return;
      form.setValues(conflict.data);
      setBase({ version: conflict.version, updatedAt: conflict.updatedAt });
      setConflict(null);
      notice.show({ message: t('conflict.usingSaved') });
    },
  };
}

/** Field paths ("triggers.1.trigger") as element ids ("triggers-1-trigger"). */
export const idFor = (field: string) => field.replaceAll('.', '-');

/** True when every text in a row is blank: such rows are dropped before saving. */
export function isBlank(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() === '';
  if (value && typeof value === 'object')
    return Object.values(value).every((part) => typeof part !== 'string' || part.trim() === '');
  return false;
}
