// A list the person puts in order: each entry has Move up, Move down and Remove buttons that
// say which entry they act on (keyboard and screen reader friendly; no dragging needed).
// Removing can be undone from the page's status message until the plan is saved.
import '../../../domain/i18n/plans-web.messages.ts';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../../domain/i18n/translate.ts';
import { LIMITS } from '../../../domain/limits.ts';
import { FieldError } from '../../components/fields.tsx';
import type { NoticeState } from '../../components/Notice.tsx';
import type { FieldErrors } from '../../lib/form.ts';

type Props<T> = {
  /** The field's path, like "daily" or "triggers"; also the id of its Add button. */
  name: string;
  title: string;
  hint?: string;
  /** Shown while the list is empty: an invitation, with an example. */
  empty?: string;
  items: T[];
  onChange: (items: T[]) => void;
  blank: () => T;
  addLabel: string;
  /** How an entry is named on its buttons: "“Walk the dog”", or "entry 2" while empty. */
  describe: (item: T, index: number) => string;
  renderItem: (item: T, index: number, update: (item: T) => void) => ComponentChildren;
  errors: FieldErrors;
  notice: NoticeState;
  /** Hide the Add button (for lists filled some other way, such as a picker). */
  canAdd?: boolean;
  headingLevel?: 2 | 3;
};

export function OrderedList<T>(props: Props<T>) {
  const { name, items, onChange, describe, errors, notice } = props;
  const focusNext = useRef<string | null>(null);
  const latest = useRef(items);
  latest.current = items;

  // A layout effect: focus moves as the list changes, before anything else can take it.
  useLayoutEffect(() => {
    const id = focusNext.current;
    focusNext.current = null;
    if (id?.startsWith('entry:')) {
      // A new entry: its first field.
      const entry = document.getElementById(`${name}-list`)?.children[Number(id.slice(6))];
      entry?.querySelector<HTMLElement>('input, textarea, select')?.focus();
    } else if (id) document.getElementById(id)?.focus();
  }, [items]);

  const move = (index: number, by: -1 | 1) => {
    const next = [...items];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    const target = index + by;
    next.splice(target, 0, item);
    // Focus stays on the same button of the moved entry, or its other one at an end.
    const hasUp = target > 0;
    const hasDown = target < next.length - 1;
    const button = by === -1 ? (hasUp ? 'up' : 'down') : hasDown ? 'down' : 'up';
    focusNext.current = `${name}-${target}-${button}`;
    onChange(next);
  };

  const remove = (index: number) => {
    const item = items[index];
    if (item === undefined) return;
    const what = describe(item, index);
    focusNext.current = items.length > 1 ? `${name}-${Math.max(0, index - 1)}-remove` : name;
    onChange(items.filter((_, i) => i !== index));
    notice.show({
      message: t('plans.list.removed', { what }),
      undo: async () => {
        const back = [...latest.current];
        back.splice(Math.min(index, back.length), 0, item);
        onChange(back);
        return t('plans.list.restored', { what });
      },
    });
  };

  const add = () => {
    focusNext.current = `entry:${items.length}`;
    onChange([...items, props.blank()]);
  };

  const Heading = props.headingLevel === 3 ? 'h3' : 'h2';
  const full = items.length >= LIMITS.listItems;
  return (
    <section class="ordered" aria-labelledby={`${name}-title`}>
      <Heading id={`${name}-title`}>{props.title}</Heading>
      {props.hint && <p class="hint">{props.hint}</p>}
      <FieldError id={name} error={errors[name]} />
      {items.length === 0 ? (
        props.empty && <p class="ordered__empty">{props.empty}</p>
      ) : (
        <ol class="ordered__list" id={`${name}-list`} aria-labelledby={`${name}-title`}>
          {items.map((item, index) => {
            const which = (
              <span class="visually-hidden">
                {t('plans.list.which', { what: describe(item, index) })}
              </span>
            );
            return (
              // Entries have no ids of their own; focus is moved by position after each change.
              <li class="ordered__item" key={index}>
                {props.renderItem(item, index, (updated) =>
                  onChange(items.map((old, i) => (i === index ? updated : old))),
                )}
                <div class="ordered__actions">
                  {index > 0 && (
                    <button
                      type="button"
                      class="button button--small button--secondary"
                      id={`${name}-${index}-up`}
                      onClick={() => move(index, -1)}
                    >
                      {t('plans.list.moveUp')} {which}
                    </button>
                  )}
                  {index < items.length - 1 && (
                    <button
                      type="button"
                      class="button button--small button--secondary"
                      id={`${name}-${index}-down`}
                      onClick={() => move(index, 1)}
                    >
                      {t('plans.list.moveDown')} {which}
                    </button>
                  )}
                  <button
                    type="button"
                    class="button button--small button--quiet"
                    id={`${name}-${index}-remove`}
                    onClick={() => remove(index)}
                  >
                    {t('plans.list.remove')} {which}
                  </button>
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {props.canAdd !== false &&
        (full ? (
          <p class="hint">{t('plans.list.full', { max: LIMITS.listItems })}</p>
        ) : (
          <button type="button" class="button button--secondary" id={name} onClick={add}>
            {props.addLabel}
          </button>
        ))}
    </section>
  );
}

/** Names an entry by its first words, or by its place while it is still empty. */
export function entryName(text: string, index: number): string {
  const words = text.trim().split('\n')[0] ?? '';
  if (words === '') return t('plans.list.entry', { number: index + 1 });
  return t('app.quoted', { text: words.length > 40 ? `${words.slice(0, 40)}…` : words });
}
