// A clear before-and-after of the words a suggestion changes: each changed field with its old
// words and the suggested ones, the words taken out and added marked (and said, for screen
// readers, not shown by colour alone). The diff itself is pure domain code (word-diff.ts).
import '../../../domain/i18n/suggestions.messages.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { type Change, changesBetween } from '../../../domain/suggestions/changes.ts';
import { wordDiff } from '../../../domain/suggestions/word-diff.ts';

export function fieldLabel(change: Change): string {
  const key = change.path[0];
  if (typeof key !== 'string') return t('suggestions.after');
  const label = t(`suggestions.field.${key}` as Parameters<typeof t>[0]);
  return label.startsWith('suggestions.field.') ? key : label;
}

function Words({ before, after }: { before: string; after: string }) {
  return (
    <p class="diff own-words" dir="auto">
      {wordDiff(before, after).map((part, index) =>
        part.kind === 'same' ? (
          <span key={index}>{part.text}</span>
        ) : part.kind === 'removed' ? (
          <del key={index} class="diff__removed">
            <span class="visually-hidden">{`${t('suggestions.removed')}: `}</span>
            {part.text}
          </del>
        ) : (
          <ins key={index} class="diff__added">
            <span class="visually-hidden">{`${t('suggestions.added')}: `}</span>
            {part.text}
          </ins>
        ),
      )}
    </p>
  );
}

/** Each change from `before` to `after`; the first column says what was there. */
export function ChangeList({ before, after }: { before: unknown; after: unknown }) {
  const changes = changesBetween(before ?? undefined, after);
  if (changes.length === 0) return <p>{t('suggestions.noChanges')}</p>;
  return (
    <dl class="summary">
      {changes.map((change) => (
        <div key={change.path.join('/')} class="summary__row">
          <dt>{fieldLabel(change)}</dt>
          <dd>
            {change.before === null ? <p class="meta">{t('suggestions.nothingBefore')}</p> : null}
            <Words before={change.before ?? ''} after={change.after ?? ''} />
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Words as they stand, field by field (what is saved now, or what a suggestion was based on). */
export function WordsAsTheyAre({ data }: { data: unknown }) {
  const rows = changesBetween(undefined, data);
  return (
    <dl class="summary">
      {rows.map((row) => (
        <div key={row.path.join('/')} class="summary__row">
          <dt>{fieldLabel(row)}</dt>
          <dd class="own-words" dir="auto">
            {row.after}
          </dd>
        </div>
      ))}
    </dl>
  );
}
