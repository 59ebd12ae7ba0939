import { useEffect, useId, useRef } from 'preact/hooks';
import { formatDateTime, t } from '../../domain/i18n/translate.ts';

export type ConflictRow = { label: string; yours: string; saved: string };

type Props = {
  rows: ConflictRow[];
  /** When the saved version was saved, if the server said. */
  savedAt: string | null;
  busy: boolean;
  onUseSaved: () => void;
  onKeepMine: () => void;
};

function Words({ text }: { text: string }) {
  return text.trim() === '' ? (
    <p class="compare__empty">{t('conflict.empty')}</p>
  ) : (
    <p class="own-words">{text}</p>
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
 * Shown when a save meets a newer saved version (412). Nothing is overwritten: the person sees
 * both versions side by side and chooses. Only the parts that differ are listed.
 */
export function ConflictPanel({ rows, savedAt, busy, onUseSaved, onKeepMine }: Props) {
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
