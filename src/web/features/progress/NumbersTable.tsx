// A chart's table, one tap away: "Show the numbers as a table" opens it. The table is built
// only once opened, so five years of check-ins cost nothing until someone asks to read them.
import '../../../domain/i18n/progress.messages.ts';
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { t } from '../../../domain/i18n/translate.ts';

export function NumbersTable({
  name,
  children,
}: {
  name: string;
  children: () => ComponentChildren;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details class="details numbers" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {t('progress.showTable')}
        <span class="visually-hidden"> {t('progress.showTableFor', { name })}</span>
      </summary>
      {open && children()}
    </details>
  );
}
