import '../../../domain/i18n/history.messages.ts';
import '../../../domain/i18n/about-me.messages.ts';
import '../../../domain/i18n/goals.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
// Its words of who wrote and who agreed a version are registered with the agreed line's.
import '../suggestions/SuggestLink.tsx';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { UnreadableNotice } from '../../components/UnreadableNotice.tsx';
import { asApiError } from '../../lib/api.ts';
import { isConflict } from '../../lib/conflict.ts';
import { dataOf } from '../../lib/resource.ts';
import { planTitle } from '../plans/plan-text.ts';
import { PLAN_PAGES } from '../plans/plans.resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import {
  currentVersionOf,
  type HistoryEntry,
  type HistorySubject,
  restore,
  useHistory,
} from './history.resource.ts';

type VersionProps = {
  entry: HistoryEntry;
  isCurrent: boolean;
  /** The record's owner when the viewer is the owner: their versions say "you". */
  viewerId: string | null;
  onRestore: () => void;
};

function Version({ entry, isCurrent, viewerId, onRestore }: VersionProps) {
  const author =
    entry.authoredBy === viewerId
      ? t('history.you')
      : entry.authorName || t(`history.role.${entry.authoredRole}`);
  const agreedBy =
    entry.agreedBy === viewerId ? t('history.you') : entry.agreedByName || t('history.someoneElse');
  return (
    <li class="version">
      <h2 class="version__title">{t('history.version', { version: entry.version })}</h2>
      <ul class="meta meta-list">
        <li>{t(`history.action.${entry.action}`)}</li>
        <li>{t('history.when', { when: formatDateTime(entry.createdAt) })}</li>
        <li>{t('history.by', { author })}</li>
        {entry.agreedBy && (
          <li class="agreed-line">
            {entry.agreedAt
              ? t('history.agreedByOn', { author: agreedBy, when: formatDateTime(entry.agreedAt) })
              : t('history.agreedBy', { author: agreedBy })}
          </li>
        )}
      </ul>
      <details class="details">
        <summary>{t('history.showWords', { version: entry.version })}</summary>
        <dl class="summary">
          {entry.rows.map((row) => (
            <div key={row.label} class="summary__row">
              <dt>{row.label}</dt>
              <dd class="own-words">{row.value.trim() === '' ? t('conflict.empty') : row.value}</dd>
            </div>
          ))}
        </dl>
      </details>
      {isCurrent ? (
        <p class="tag">{t('history.current')}</p>
      ) : (
        <button type="button" class="button button--secondary" onClick={onRestore}>
          {t('history.restore', { version: entry.version })}
        </button>
      )}
    </li>
  );
}

/** Every saved version, newest first, with who wrote and agreed each; any can be brought back. */
export function HistoryPage({ subject }: { subject: HistorySubject }) {
  const record = useRecord();
  const history = useHistory(record.personId, subject);
  const notice = useNotice();
  const [busy, setBusy] = useState(false);
  const view = dataOf(history.state);
  const fallbackName =
    subject.kind === 'about-me'
      ? t('aboutMe.title')
      : subject.kind === 'plan'
        ? planTitle(subject.plan)
        : subject.kind === 'supporter-space'
          ? t('space.title')
          : t('goal.title');
  const name = view?.name ?? fallbackName;

  const bringBack = async (version: number, currentVersion: number) => {
    if (busy) return;
    setBusy(true);
    try {
      await restore(record.personId, subject, version, currentVersion);
      notice.show({ message: t('history.restored', { version }) });
    } catch (error) {
      const message = isConflict(error) ? t('history.changed') : asApiError(error).message;
      notice.show({ message, problem: true });
    } finally {
      setBusy(false);
      history.refresh();
    }
  };

  return (
    <>
      <PageHeading title={t('history.title', { name })} />
      <p class="lead">{t('history.intro')}</p>
      <Notice state={notice} />
      <Loaded resource={history}>
        {(data, empty) => {
          if (empty) return <p>{t('history.empty')}</p>;
          const current = currentVersionOf(data);
          return (
            <>
              <UnreadableNotice kind="version" marks={data.unreadable} />
              <ol class="versions">
                {data.entries.map((entry) => (
                  <Version
                    key={entry.version}
                    entry={entry}
                    isCurrent={entry.version === current}
                    viewerId={record.isOwner ? record.personId : null}
                    onRestore={() => bringBack(entry.version, current)}
                  />
                ))}
              </ol>
            </>
          );
        }}
      </Loaded>
      <p>
        <Link
          href={
            view?.backHref ??
            (subject.kind === 'goal'
              ? `/goals/${subject.id}`
              : subject.kind === 'plan'
                ? PLAN_PAGES[subject.plan]
                : subject.kind === 'supporter-space'
                  ? '~/my-space'
                  : '/about-me')
          }
        >
          {t('history.back', { name })}
        </Link>
      </p>
    </>
  );
}
