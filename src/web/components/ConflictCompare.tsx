// Both versions side by side, when a save meets a change made elsewhere to the same part.
// Loaded only then (ConflictPanel.tsx).
import { useEffect, useId, useRef } from 'preact/hooks';
import { formatDateTime, t } from '../../domain/i18n/translate.ts';
// Not used here: a module loaded later that reaches only part of the app shell makes the bundler
// split the shell into several chunks, which every page then pays for on its first load. The API
// client reaches all of it, so the shell stays whole.
import '../lib/api.ts';
import type { ConflictRow, ConflictPanelProps as Props } from './ConflictPanel.tsx';

function Words({ text }: { text: string }) {
  return text.trim() === '' ? (
    <p class="compare__empty">{t('conflict.empty')}</p>
  ) : (
    <p class="own-words" dir="auto">
      {text}
    </p>
  );
}

function Column({
  title,
  rows,
  pick,
}: {
  title: string;
  rows: ConflictRow[];
  pick: 'yours' | 'saved';
}) {
  return (
    <div class={`compare__column compare__column--${pick}`}>
      <h3>{title}</h3>
      <dl>
        {rows.map((row) => (
          <div key={row.label} class="compare__row">
            <dt>{row.label}</dt>
            <dd>
              <Words text={row[pick]} />
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

/**
 * Shown when a save meets a newer saved version (412) and both changed the same part. Nothing is
 * overwritten: the person sees both versions side by side and chooses. Only the parts that
 * differ are listed.
 */
export function ConflictCompare({ rows, savedAt, busy, onUseSaved, onKeepMine }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => heading.current?.focus(), []);
  const differing = rows.filter((row) => row.yours !== row.saved);
  const shown = differing.length > 0 ? differing : rows;
  const savedTitle = savedAt
    ? t('conflict.saved', { when: formatDateTime(savedAt) })
    : t('conflict.savedNoDate');

  return (
    <section class="conflict" aria-labelledby={titleId}>
      <h2 id={titleId} tabIndex={-1} ref={heading}>
        {t('conflict.title')}
      </h2>
      <p>{t('conflict.body')}</p>
      <div class="compare">
        <Column title={t('conflict.yours')} rows={shown} pick="yours" />
        <Column title={savedTitle} rows={shown} pick="saved" />
      </div>
      <div class="button-group">
        <button type="button" class="button" disabled={busy} onClick={onUseSaved}>
          {t('conflict.keepSaved')}
        </button>
        <button type="button" class="button button--secondary" disabled={busy} onClick={onKeepMine}>
          {t('conflict.keepMine')}
        </button>
      </div>
    </section>
  );
}
