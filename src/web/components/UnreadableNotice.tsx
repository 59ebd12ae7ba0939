// The one notice for items and versions a list or history left out because this server cannot
// read what was saved (decision 0016). It says how many, why, that nothing is lost, and where the
// earlier versions are, so a missing goal never looks like a deleted one.
import '../../domain/i18n/unreadable.messages.ts';
import { Link } from 'wouter-preact';
import { formatDateTime, type MessageKey, t } from '../../domain/i18n/translate.ts';
import type { UNREADABLE_CODES } from '../../domain/record/record.schema.ts';
import type { UnreadableItem, UnreadableRevision } from '../lib/types.ts';

type UnreadableCode = (typeof UNREADABLE_CODES)[number];

export type UnreadableKind = 'lifeArea' | 'goal' | 'note' | 'contact';

/** The notice for a list of items. */
export type UnreadableNoticeFor = {
  kind: UnreadableKind;
  marks: UnreadableItem[];
  /** The page with an item's earlier versions, when the web app has one for this kind. */
  historyHref?: (id: string) => string;
};

type Props = UnreadableNoticeFor | { kind: 'version'; marks: UnreadableRevision[] };

function reasonOf(codes: UnreadableCode[]): 'tooNew' | 'damaged' | 'either' {
  if (codes.every((code) => code === 'WM_RECORD_ITEM_TOO_NEW')) return 'tooNew';
  if (codes.every((code) => code === 'WM_RECORD_ITEM_UNREADABLE')) return 'damaged';
  return 'either';
}

export function UnreadableNotice(props: Props) {
  const { kind, marks } = props;
  if (marks.length === 0) return null;
  const count = marks.length;
  const reason = reasonOf(marks.map((mark) => mark.code));
  const historyHref = props.kind === 'version' ? undefined : props.historyHref;
  return (
    <div class="unreadable">
      <p>
        {t(`unreadable.${kind}` as MessageKey, { count })}{' '}
        {t(`unreadable.reason.${reason}` as MessageKey, { count })}{' '}
        {historyHref && t('unreadable.history', { count })}
        {props.kind === 'version' && t('unreadable.versionsStillHere')}
      </p>
      {props.kind === 'version' ? (
        <ul>
          {props.marks.map((mark) => (
            <li key={mark.version}>
              {t('unreadable.versionSaved', {
                version: mark.version,
                when: formatDateTime(mark.createdAt),
              })}
            </li>
          ))}
        </ul>
      ) : (
        historyHref && (
          <ul>
            {props.marks.map((mark) => (
              <li key={mark.id}>
                <Link href={historyHref(mark.id)}>
                  {t(`unreadable.historyOf.${props.kind}`, {
                    when: formatDateTime(mark.updatedAt),
                  })}
                </Link>
              </li>
            ))}
          </ul>
        )
      )}
    </div>
  );
}
