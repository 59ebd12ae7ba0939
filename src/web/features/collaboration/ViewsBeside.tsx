// Two views side by side (decision 0030): beside each part of a plan or rating, the person's own
// words first, then the views of people they gave suggest access, each labelled with whose it
// is, and the person's replies. Someone with suggest access adds a view; the person replies.
// Loaded as its own part of the page, with its words.
import '../../../domain/i18n/collaboration.messages.ts';
import '../../styles/collaboration.css';
import { useState } from 'preact/hooks';
import {
  ANNOTATION_MAX,
  type Annotation,
  newAnnotationSchema,
  newReplySchema,
} from '../../../domain/collaboration/collaboration.schema.ts';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import { SelectField, TextArea } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { asApiError } from '../../lib/api.ts';
import { firstProblem } from '../../lib/first-problem.ts';
import { sentence } from '../../lib/own-words.tsx';
import { useRecord } from '../record/RecordContext.tsx';
import { BesideFrame } from './BesideFrame.tsx';
import { useViews, views } from './collaboration.resource.ts';

/** One part of the item: its key (as the API names it), its title and the person's words. */
export type BesidePart = { key: string; title: string; words: readonly string[] };

type Props = {
  /** Where the views are, under the record: `/staying-well-plan/views`. */
  path: string;
  /** The title of the whole item, for views about all of it. */
  wholeTitle: string;
  parts: readonly BesidePart[];
};

export function ViewsBeside(props: Props) {
  const { path, wholeTitle, parts } = props;
  const { personId, personName, isOwner } = useRecord();
  const resource = useViews(personId, path);
  const calls = views(personId, path);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState('');
  const titled = [{ key: '', title: wholeTitle, words: [] as readonly string[] }, ...parts];
  return (
    <BesideFrame
      id="views-title"
      title={t('views.title')}
      intro={isOwner ? t('views.intro.own') : sentence('views.intro.other', { name: personName })}
      status={status}
      failure={failure}
    >
      <Loaded resource={resource}>
        {(list) => {
          const viewsOf = (key: string) =>
            list.items.filter((a) => a.kind === 'view' && a.part === key);
          const repliesTo = (id: string) => list.items.filter((a) => a.replyTo === id);
          const shown = titled.filter((part) => viewsOf(part.key).length > 0);
          return (
            <>
              {list.itemVersion === 0 && <p>{t('views.nothingYet')}</p>}
              {list.itemVersion > 0 && shown.length === 0 && <p>{t('views.none')}</p>}
              {shown.map((part) => (
                <div key={part.key} class="beside__part">
                  <h3>{part.title}</h3>
                  <div class="side-by-side">
                    {part.key !== '' && (
                      <div class="side-by-side__own">
                        <h4>
                          {isOwner
                            ? t('views.yourWords')
                            : sentence('views.theirWords', { name: personName })}
                        </h4>
                        {part.words.length === 0 ? (
                          <p>{t('views.wordsEmpty')}</p>
                        ) : (
                          <ul class="own-words" dir="auto">
                            {part.words.map((line, index) => (
                              <li key={index}>{line}</li>
                            ))}
                          </ul>
                        )}
                      </div>
                    )}
                    <div class="side-by-side__other">
                      {viewsOf(part.key).map((view) => (
                        <ViewCard
                          key={view.id}
                          view={view}
                          replies={repliesTo(view.id)}
                          personName={personName}
                          currentVersion={list.itemVersion}
                          canReply={list.youMay.reply}
                          onReply={async (text) => {
                            await calls.reply(view.id, text);
                            setStatus(t('views.replied'));
                            resource.refresh();
                          }}
                          canTakeBack={view.author.isYou && list.youMay.annotate}
                          onTakeBack={async () => {
                            setFailure('');
                            try {
                              await calls.remove(view.id);
                              setStatus(t('views.takenBack'));
                              resource.refresh();
                            } catch (error) {
                              setFailure(asApiError(error).message);
                            }
                          }}
                        />
                      ))}
                    </div>
                  </div>
                </div>
              ))}
              {list.youMay.annotate && list.itemVersion > 0 && (
                <AddView
                  parts={titled}
                  onAdd={async (part, text) => {
                    await calls.add({ part, text, version: list.itemVersion });
                    setStatus(t('views.added', { name: personName }));
                    resource.refresh();
                  }}
                />
              )}
            </>
          );
        }}
      </Loaded>
    </BesideFrame>
  );
}

function ViewCard(props: {
  view: Annotation;
  replies: Annotation[];
  personName: string;
  currentVersion: number;
  canReply: boolean;
  onReply: (text: string) => Promise<void>;
  /** The author's own view, while they may still add views: they may take it back. */
  canTakeBack: boolean;
  onTakeBack: () => Promise<void>;
}) {
  const { view, replies, personName, currentVersion, canReply, onReply } = props;
  const [busy, setBusy] = useState(false);
  const name = view.author.name;
  return (
    <article class="view-card">
      <h4>{view.author.isYou ? t('views.yourView') : sentence('views.theirView', { name })}</h4>
      <p class="own-words" dir="auto">
        {view.text}
      </p>
      <p class="hint">
        {t('views.when', { when: formatDateTime(view.createdAt) })}
        {view.itemVersion < currentVersion && <> {t('views.olderVersion')}</>}
      </p>
      {replies.map((reply) => (
        <div key={reply.id} class="view-card__reply">
          <h5>
            {reply.author.isYou
              ? t('views.yourReply')
              : sentence('views.theirReply', { name: personName })}
          </h5>
          <p class="own-words" dir="auto">
            {reply.text}
          </p>
        </div>
      ))}
      {props.canTakeBack && (
        <button
          type="button"
          class="button button--small button--quiet"
          disabled={busy}
          onClick={async () => {
            setBusy(true);
            await props.onTakeBack();
            setBusy(false);
          }}
        >
          {t('views.takeBack')}
        </button>
      )}
      {canReply && (
        <TextForm
          id={`reply-${view.id}`}
          label={t('views.replyTo', { name })}
          button={t('views.sendReply')}
          check={(text) => newReplySchema.safeParse({ viewId: view.id, text })}
          onSend={onReply}
        />
      )}
    </article>
  );
}

function AddView({
  parts,
  onAdd,
}: {
  parts: readonly BesidePart[];
  onAdd: (part: string, text: string) => Promise<void>;
}) {
  const [part, setPart] = useState('');
  return (
    <div class="beside__add">
      <h3>{t('views.add')}</h3>
      <SelectField
        id="view-part"
        label={t('views.part')}
        value={part}
        options={parts.map((p) => ({ value: p.key, label: p.key ? p.title : t('views.whole') }))}
        onChange={setPart}
      />
      <TextForm
        id="view-text"
        label={t('views.text')}
        hint={t('views.text.hint', { max: ANNOTATION_MAX })}
        button={t('views.add')}
        check={(text) => newAnnotationSchema.safeParse({ text, part, version: 1 })}
        onSend={(text) => onAdd(part, text)}
      />
    </div>
  );
}

/** One text box and its button; the shared schema checks it before it is sent. */
function TextForm(props: {
  id: string;
  label: string;
  hint?: string;
  button: string;
  check: (text: string) => { success: boolean; error?: { issues: { message: string }[] } };
  onSend: (text: string) => Promise<void>;
}) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = props.check(text);
    if (!checked.success) {
      setError(checked.error?.issues[0]?.message);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await props.onSend(text.trim());
      setText('');
    } catch (failure) {
      setError(firstProblem(failure));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="form" noValidate onSubmit={submit}>
      <TextArea
        id={props.id}
        label={props.label}
        hint={props.hint}
        rows={3}
        value={text}
        error={error}
        onInput={setText}
      />
      <button type="submit" class="button button--secondary" disabled={busy}>
        {props.button}
      </button>
    </form>
  );
}
