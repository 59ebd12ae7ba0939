// Foldable parts of a long form (the crisis plan), so it is a short list of parts on a phone
// instead of one very long page. Each part is a heading holding a button that opens or closes
// it (the accordion pattern), and says whether anything is written in it. A closed part is
// `hidden="until-found"`: the browser's find-in-page still finds words in it and opens it.
import '../../../domain/i18n/folds.messages.ts';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../../domain/i18n/translate.ts';
import type { FieldErrors } from '../../lib/form.ts';

type FoldProps = {
  id: string;
  title: string;
  filled: boolean;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: ComponentChildren;
};

export function Fold({ id, title, filled, open, onToggle, children }: FoldProps) {
  const body = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = body.current;
    const reveal = () => onToggle(true);
    element?.addEventListener('beforematch', reveal);
    return () => element?.removeEventListener('beforematch', reveal);
  }, [onToggle]);
  return (
    <div class="fold">
      <h2 class="fold__heading">
        <button
          type="button"
          class="fold__button"
          aria-expanded={open}
          aria-controls={`${id}-part`}
          onClick={() => onToggle(!open)}
        >
          <span class="fold__title">{title}</span>
          <span class="fold__state">{filled ? t('fold.filled') : t('fold.empty')}</span>
        </button>
      </h2>
      <div
        id={`${id}-part`}
        class="fold__body"
        ref={body}
        hidden={open ? undefined : 'until-found'}
      >
        {children}
      </div>
    </div>
  );
}

/**
 * Which parts are open. Wide screens start with all of them open; phones with none, or only
 * the first while nothing is written. After a failed save, every part holding a field with a
 * problem opens, so the error summary's links lead to fields that can be seen.
 */
export function useFolds<P extends string>(
  parts: Record<P, readonly string[]>,
  startEmpty: boolean,
  errors: FieldErrors,
  attempt: number,
) {
  const names = Object.keys(parts) as P[];
  const [open, setOpen] = useState<ReadonlySet<P>>(() => {
    const wide = typeof matchMedia === 'function' && matchMedia('(min-width: 48em)').matches;
    if (wide) return new Set(names);
    return new Set(startEmpty ? names.slice(0, 1) : []);
  });
  const errorFields = Object.keys(errors);
  // A layout effect: the parts are open before the person can follow a link in the summary.
  useLayoutEffect(() => {
    if (attempt === 0) return;
    const holding = names.filter((part) =>
      parts[part].some((field) =>
        errorFields.some((error) => error === field || error.startsWith(`${field}.`)),
      ),
    );
    if (holding.length > 0) setOpen((now) => new Set([...now, ...holding]));
  }, [attempt]);
  const toggle = (part: P) => (on: boolean) =>
    setOpen((now) => {
      const next = new Set(now);
      if (on) next.add(part);
      else next.delete(part);
      return next;
    });
  return {
    isOpen: (part: P) => open.has(part),
    toggle,
    allOpen: open.size === names.length,
    setAll: (on: boolean) => setOpen(new Set(on ? names : [])),
  };
}

/** One button that opens every part, or closes them all when all are open. */
export function FoldAll({ allOpen, setAll }: { allOpen: boolean; setAll: (on: boolean) => void }) {
  return (
    <button
      type="button"
      class="button button--secondary button--small fold__all"
      onClick={() => setAll(!allOpen)}
    >
      {allOpen ? t('fold.closeAll') : t('fold.openAll')}
    </button>
  );
}
