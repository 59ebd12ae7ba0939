// Editing one plan: the shared editor (lib/editor.ts) with the plan's draft, "Saved at 14:02",
// and changes made elsewhere meanwhile merged in.
import type { z } from '../../../domain/validation.ts';
import type { Saved } from '../../lib/conflict.ts';
import { type Editor, useEditor } from '../../lib/editor.ts';
import type { SchemaLoader } from '../../lib/lazy-schema.ts';

export type PlanEditor<T> = Editor<T>;

type Options<T> = {
  /** Whose plan, and which: names its draft. */
  personId: string;
  kind: string;
  doc: Saved<T>;
  schema: SchemaLoader<z.ZodType<T>>;
  save: (data: T, version: number) => Promise<Saved<T>>;
  load: () => Promise<Saved<T>>;
  /** Tidies the values before they are checked, e.g. drops rows left empty. */
  tidy?: (values: T) => T;
  onErrors: (shown: boolean) => void;
  onSaved?: (saved: Saved<T>) => void;
};

export function usePlanEditor<T extends object>(options: Options<T>): PlanEditor<T> {
  const { personId, kind, save, ...rest } = options;
  return useEditor<T>({
    ...rest,
    save: (data, version) => save(data, version ?? 0),
    draft: { form: `plan:${kind}`, owner: personId },
  });
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
