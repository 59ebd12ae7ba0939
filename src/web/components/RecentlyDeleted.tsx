// "Recently deleted": what the person deleted in the last 30 days (the server keeps the list),
// each with a "Bring back" button that undeletes it with the version it was deleted at.
// Goals, check-ins and journal entries share it; each page supplies its own words.
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { formatDateTime, t } from '../../domain/i18n/translate.ts';
import { asApiError } from '../lib/api.ts';
import type { Resource } from '../lib/resource.ts';
import type { NoticeState } from './Notice.tsx';
import { UnreadableNotice, type UnreadableNoticeFor } from './UnreadableNotice.tsx';

export type DeletedThing = { id: string; version: number; deletedAt: string | null };

export type DeletedWords<T> = {
  title: string;
  intro: string;
  /** What the person calls the thing: a goal's title, the date of an entry. */
  name: (item: T) => string;
  /** The button; it names the thing, so each button says which one it brings back. */
  bringBack: (item: T) => ComponentChildren;
  /** The notice once it is back. */
  restored: (item: T) => ComponentChildren;
};

type Props<T extends DeletedThing> = {
  /** Unique on the page; the heading's id is built from it. */
  id: string;
  words: DeletedWords<T>;
  items: T[];
  /** More about each thing, under its name: the start of a journal entry, a check-in's scores. */
  detail?: (item: T) => ComponentChildren;
  undelete: (item: T) => Promise<unknown>;
  notice: NoticeState;
  /** Called after each attempt, so the page loads its lists again. */
  onChanged: () => void;
  /** Deleted things this server cannot read (decision 0016): said, not silently dropped. */
  unreadable?: UnreadableNoticeFor;
};

/** The recently deleted things, each with "Bring back"; nothing at all when there are none. */
export function RecentlyDeleted<T extends DeletedThing>(props: Props<T>) {
  const { id, words, items, detail, undelete, notice, onChanged, unreadable } = props;
  const [busy, setBusy] = useState(false);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  if (items.length === 0 && !unreadable?.marks.length) return null;

  const bringBack = async (item: T, index: number) => {
    setBusy(true);
    // The button pressed is about to go: the keyboard moves to the next one in the list, or,
    // after the last one, to the top of the page, where the notice is.
    const neighbour = items[index + 1] ?? items[index - 1];
    let next: HTMLElement | null | undefined;
    try {
      await undelete(item);
      notice.show({ message: words.restored(item) });
      next = neighbour && buttons.current.get(neighbour.id);
    } catch (error) {
      notice.show({ message: asApiError(error).message, problem: true });
    } finally {
      setBusy(false);
      onChanged();
      (next ?? document.querySelector<HTMLElement>('main h1'))?.focus();
    }
  };

  return (
    <section aria-labelledby={`${id}-title`} class="deleted">
      <h2 id={`${id}-title`}>{words.title}</h2>
      <p>{words.intro}</p>
      {unreadable && <UnreadableNotice {...unreadable} />}
      {items.length > 0 && (
        <ul class="plain-list">
          {items.map((item, index) => {
            const more = detail?.(item);
            return (
              <li key={item.id} class="deleted__item">
                <p>
                  <bdi>{words.name(item)}</bdi>
                  {item.deletedAt && (
                    <span class="meta">
                      {' '}
                      {t('record.deletedWhen', { when: formatDateTime(item.deletedAt) })}
                    </span>
                  )}
                </p>
                {more && (
                  <p class="own-words" dir="auto" id={`${id}-${item.id}`}>
                    {more}
                  </p>
                )}
                <button
                  type="button"
                  class="button button--secondary button--small"
                  aria-describedby={more ? `${id}-${item.id}` : undefined}
                  ref={(button) => {
                    if (button) buttons.current.set(item.id, button);
                    else buttons.current.delete(item.id);
                  }}
                  onClick={() => !busy && bringBack(item, index)}
                >
                  {words.bringBack(item)}
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

type LoadedProps<T extends DeletedThing> = Omit<Props<T>, 'items'> & { resource: Resource<T[]> };

/**
 * The same, for a page that loads the deleted things on their own: nothing while they load
 * (the page's main list says "Loading…"), and a quiet "could not load" with Try again, so a
 * failure here never hides the rest of the page.
 */
export function RecentlyDeletedLoaded<T extends DeletedThing>(props: LoadedProps<T>) {
  const { resource, ...rest } = props;
  const { state } = resource;
  if (state.status === 'loading') return null;
  if (state.status === 'error')
    return (
      <section aria-labelledby={`${rest.id}-title`} class="deleted">
        <h2 id={`${rest.id}-title`}>{rest.words.title}</h2>
        <p class="problem">{t('record.deletedLoadFailed')}</p>
        <button type="button" class="button button--secondary" onClick={resource.retry}>
          {t('app.tryAgain')}
        </button>
      </section>
    );
  return <RecentlyDeleted {...rest} items={state.data} />;
}
