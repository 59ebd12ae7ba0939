import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../domain/i18n/translate.ts';
import { takeHeadingFocus } from '../lib/focus.ts';

type Props = {
  /** Names the page in the tab title too. */
  title: string;
  /** Puts "Error:" in front of the tab title while a form shows errors (GOV.UK pattern). */
  hasErrors?: boolean;
  /** The title is the person's own words (a goal's title): its letters decide its direction. */
  ownWords?: boolean;
  /** What the heading shows, when more than the title's text (a name kept in a <bdi>). */
  children?: ComponentChildren;
};

/** The one h1 of a page. It takes focus after a page change (see lib/focus.ts). */
export function PageHeading({ title, hasErrors = false, ownWords = false, children }: Props) {
  const ref = useRef<HTMLHeadingElement>(null);

  // A layout effect, so focus moves as the heading appears, before the person can click into
  // the page; and never away from a field they are already typing in.
  useLayoutEffect(() => {
    const active = document.activeElement;
    const typing =
      active instanceof HTMLInputElement ||
      active instanceof HTMLTextAreaElement ||
      active instanceof HTMLSelectElement;
    if (takeHeadingFocus() && !typing) ref.current?.focus();
  }, []);

  useEffect(() => {
    document.title = t(hasErrors ? 'app.titleError' : 'app.title', { title });
  }, [title, hasErrors]);

  return (
    <h1 ref={ref} tabIndex={-1} dir={ownWords ? 'auto' : undefined}>
      {children ?? title}
    </h1>
  );
}
