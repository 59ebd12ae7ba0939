// Print / save as PDF: a button that opens the browser's print dialogue (where "Save as PDF"
// is), and the date shown only on paper. The print styles are in styles/plans.css.
import '../../domain/i18n/plans-web.messages.ts';
import { formatDate, formatDateTime, t } from '../../domain/i18n/translate.ts';
import { sentence } from '../lib/own-words.tsx';
import { today } from '../lib/today.ts';

export function PrintButton() {
  return (
    <button type="button" class="button button--secondary" onClick={() => window.print()}>
      {t('print.button')}
    </button>
  );
}

/** The top of a plan someone shares, to read: a Print button and when it was last saved. */
export function SharedPlanTop({ updatedAt }: { updatedAt: string | null }) {
  return (
    <>
      <div class="button-group no-print">
        <PrintButton />
      </div>
      {updatedAt && <p class="meta">{t('plans.lastSaved', { when: formatDateTime(updatedAt) })}</p>}
    </>
  );
}

/** "Printed on Tuesday 3 March 2026" (and whose plan it is), on paper only. */
export function PrintDate({ name }: { name?: string }) {
  return (
    <div class="print-only print-date">
      {name && <p>{sentence('print.name', { name })}</p>}
      <p>{t('print.date', { date: formatDate(today()) })}</p>
    </div>
  );
}
