// "Suggestions": the person's one place to decide on what others suggested (decision 0029).
// Each shows who made it and the words before and after; the person accepts it, changes it
// and then accepts, or declines with an optional reply. If the record changed since it was
// made, the words saved now, the suggestion and what it was based on are all shown, and
// nothing is written over: the server merges only changes that do not overlap (else 412).
import '../../../domain/i18n/suggestions.messages.ts';
import { useState } from 'preact/hooks';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import { mergeThreeWay } from '../../../domain/record/merge.ts';
import type { Suggestion } from '../../../domain/suggestions/suggestion.schema.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, type NoticeState, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { asApiError } from '../../lib/api.ts';
import { type FieldErrors, serverFieldErrors } from '../../lib/form.ts';
import { sentence } from '../../lib/own-words.tsx';
import { useResource } from '../../lib/resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { ChangeList, WordsAsTheyAre } from './ChangeList.tsx';
import { SuggestionFields } from './SuggestionFields.tsx';
import { suggestions } from './suggestions.resource.ts';

type Data = Record<string, unknown>;

/** What the suggestion says, worded for the person: "Jo suggested a change to a goal". */
function heading(s: Suggestion): string {
  const what = t(`suggestions.what.${s.kind}`);
  const name = s.by.knownAs || s.by.accountName;
  return t(s.itemId === null ? 'suggestions.fromNew' : 'suggestions.from', { name, what });
}

export function statusWords(status: Suggestion['status'], changed: boolean): string {
  if (status === 'accepted' && changed) return t('suggestions.status.acceptedChanged');
  return t(`suggestions.status.${status}`);
}

/** The words to start from when changing: the suggestion, merged with any change since. */
function startingWords(s: Suggestion): Data {
  if (!s.outdated || s.current.data === null) return s.proposed as Data;
  return mergeThreeWay(s.base, s.proposed, s.current.data).merged as Data;
}

function Pending({
  suggestion: s,
  personId,
  notice,
  onDone,
}: {
  suggestion: Suggestion;
  personId: string;
  notice: NoticeState;
  onDone: () => void;
}) {
  const calls = suggestions(personId);
  const name = s.by.knownAs || s.by.accountName;
  const [reply, setReply] = useState('');
  const [editing, setEditing] = useState<Data | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const idPrefix = `s-${s.id}`;

  const act = async (work: () => Promise<unknown>, done: string) => {
    if (busy) return;
    setBusy(true);
    try {
      await work();
      notice.show({ message: done });
      onDone();
    } catch (error) {
      const problem = asApiError(error);
      if (problem.fields.length > 0) {
        setErrors(serverFieldErrors(problem));
        setAttempt((n) => n + 1);
      } else {
        const message = problem.isConflict ? t('suggestions.conflict') : problem.message;
        notice.show({ message, problem: true });
        onDone();
      }
    } finally {
      setBusy(false);
    }
  };
  const accept = (data?: Data) =>
    act(() => calls.accept(s.id, s.current.version, { data, reply }), t('suggestions.accepted'));
  const decline = () => act(() => calls.decline(s.id, reply), t('suggestions.declined'));

  return (
    <li class="card">
      <h3 class="card__title">{heading(s)}</h3>
      <p class="card__meta">{t('suggestions.when', { when: formatDateTime(s.createdAt) })}</p>
      {s.itemGone ? (
        <p class="problem">{t('suggestions.itemGone')}</p>
      ) : s.outdated ? (
        <>
          <p class="problem">{sentence('suggestions.outdated', { name })}</p>
          <h4>{t('suggestions.outdatedNow')}</h4>
          <WordsAsTheyAre data={s.current.data} />
          <h4>{t('suggestions.after')}</h4>
          <ChangeList before={s.base} after={s.proposed} />
          <h4>{t('suggestions.outdatedBase')}</h4>
          <WordsAsTheyAre data={s.base} />
        </>
      ) : (
        <ChangeList before={s.base} after={s.proposed} />
      )}
      {editing && (
        <form
          class="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void accept(editing);
          }}
        >
          <ErrorSummary
            errors={errors}
            attempt={attempt}
            idFor={(field) => `${idPrefix}-${field.replace(/^data\./, '')}`}
          />
          <SuggestionFields
            kind={s.kind}
            data={editing}
            onChange={setEditing}
            errors={errors}
            idPrefix={idPrefix}
          />
          <TextArea
            id={`${idPrefix}-reply`}
            label={t('suggestions.reply', { name })}
            hint={t('suggestions.reply.hint')}
            value={reply}
            onInput={setReply}
          />
          <div class="button-group">
            <button type="submit" class="button" disabled={busy}>
              {t('suggestions.acceptChanged')}
            </button>
            <button type="button" class="button button--secondary" onClick={() => setEditing(null)}>
              {t('suggestions.cancel')}
            </button>
          </div>
        </form>
      )}
      {!editing && (
        <>
          <TextArea
            id={`${idPrefix}-reply`}
            label={t('suggestions.reply', { name })}
            hint={t('suggestions.reply.hint')}
            value={reply}
            onInput={setReply}
          />
          <div class="button-group">
            {!s.itemGone && (
              <>
                <button type="button" class="button" disabled={busy} onClick={() => accept()}>
                  {t('suggestions.accept')}
                </button>
                <button
                  type="button"
                  class="button button--secondary"
                  onClick={() => setEditing(startingWords(s))}
                >
                  {t('suggestions.change')}
                </button>
              </>
            )}
            <button
              type="button"
              class="button button--secondary"
              disabled={busy}
              onClick={decline}
            >
              {t('suggestions.decline')}
            </button>
          </div>
        </>
      )}
    </li>
  );
}

function Decided({ suggestion: s }: { suggestion: Suggestion }) {
  return (
    <li class="card">
      <h3 class="card__title">{heading(s)}</h3>
      <p class="card__meta">
        <span class="tag">{statusWords(s.status, s.changed)}</span>
        {s.decidedAt && <span>{formatDateTime(s.decidedAt)}</span>}
      </p>
      {s.reply && <p>{t('suggestions.theirReply', { reply: s.reply })}</p>}
    </li>
  );
}

export function SuggestionsPage() {
  const record = useRecord();
  const list = useResource(
    (signal) => suggestions(record.personId).list(signal),
    [record.personId],
    (data) => data.suggestions.length === 0,
  );
  const notice = useNotice();
  return (
    <>
      <PageHeading title={t('suggestions.title')} />
      <p class="lead">{t('suggestions.intro')}</p>
      <Notice state={notice} />
      <Loaded resource={list}>
        {(data, empty) => {
          if (empty) return <p>{t('suggestions.empty')}</p>;
          const pending = data.suggestions.filter((s) => s.status === 'pending');
          const decided = data.suggestions.filter((s) => s.status !== 'pending');
          return (
            <>
              <h2>{t('suggestions.pendingTitle')}</h2>
              {pending.length === 0 ? (
                <p>{t('suggestions.empty')}</p>
              ) : (
                <ul class="cards">
                  {pending.map((s) => (
                    <Pending
                      key={s.id}
                      suggestion={s}
                      personId={record.personId}
                      notice={notice}
                      onDone={list.refresh}
                    />
                  ))}
                </ul>
              )}
              {decided.length > 0 && (
                <>
                  <h2>{t('suggestions.decidedTitle')}</h2>
                  <ul class="cards">
                    {decided.map((s) => (
                      <Decided key={s.id} suggestion={s} />
                    ))}
                  </ul>
                </>
              )}
            </>
          );
        }}
      </Loaded>
    </>
  );
}
