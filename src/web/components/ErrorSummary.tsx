import { useId, useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '../../domain/i18n/translate.ts';
import type { FieldErrors } from '../lib/form.ts';

type Props = {
  errors: FieldErrors;
  formError?: string | null;
  /** Changes on every failed attempt, so focus returns to the summary each time. */
  attempt: number;
  /** The id of the input for a field, when it is not the field name itself. */
  idFor?: (field: string) => string;
};

/**
 * GOV.UK error summary: at the top of the form, announced, focused, and each problem links to
 * its field. Following a link moves focus into the field (not just the page position).
 */
export function ErrorSummary({ errors, formError = null, attempt, idFor = (f) => f }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const entries = Object.entries(errors);
  const shown = entries.length > 0 || formError !== null;

  // Layout effect: focus moves as the summary appears, before anything else can take it.
  useLayoutEffect(() => {
    if (shown) ref.current?.focus();
  }, [attempt, shown]);

  if (!shown) return null;

  const goTo = (event: MouseEvent, id: string) => {
    const field = document.getElementById(id);
    if (!field) return;
    event.preventDefault();
    // Show the field's label and hint too, not just the input.
    (field.closest('.field') ?? field).scrollIntoView?.({ block: 'start' });
    field.focus({ preventScroll: true });
  };

  return (
    <div class="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h2 id={titleId}>{t('errors.summaryTitle')}</h2>
      {formError && <p>{formError}</p>}
      {entries.length > 0 && (
        <ul>
          {entries.map(([field, message]) => (
            <li key={field}>
              <a href={`#${idFor(field)}`} onClick={(event) => goTo(event, idFor(field))}>
                {message}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
