// Encouragement on a goal (decision 0030): the comments with who left them and when, for the
// person and for whoever they share their goals with; a short form for anyone who may comment;
// Hide / Show again for the person (hidden for them only); Delete for each author's own.
// Loaded as its own part of the goal page, with its words.
import '../../../domain/i18n/collaboration.messages.ts';
import '../../styles/collaboration.css';
import { useState } from 'preact/hooks';
import {
  COMMENT_MAX,
  type Comment,
  newCommentSchema,
} from '../../../domain/collaboration/collaboration.schema.ts';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import type { GoalStep } from '../../../domain/record/record.schema.ts';
import { SelectField, TextArea } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { asApiError } from '../../lib/api.ts';
import { firstProblem } from '../../lib/first-problem.ts';
import { sentence } from '../../lib/own-words.tsx';
import { BesideFrame } from './BesideFrame.tsx';
import { comments, useComments } from './collaboration.resource.ts';

type Props = {
  personId: string;
  personName: string;
  isOwner: boolean;
  goalId: string;
  steps: readonly GoalStep[];
};

export function GoalComments({ personId, personName, isOwner, goalId, steps }: Props) {
  const resource = useComments(personId, goalId);
  const calls = comments(personId, goalId);
  const [status, setStatus] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const stepText = (stepId: string | null) => steps.find((s) => s.id === stepId)?.text;

  const act = async (work: () => Promise<unknown>, done: string) => {
    setFailure(null);
    try {
      await work();
      setStatus(done);
      resource.refresh();
    } catch (error) {
      setFailure(asApiError(error).message);
    }
  };

  const byline = (comment: Comment) => {
    const when = formatDateTime(comment.createdAt);
    return comment.author.isYou
      ? t('comments.byYou', { when })
      : sentence('comments.by', { name: comment.author.name || t('comments.someone') }, { when });
  };

  return (
    <BesideFrame
      id="comments-title"
      title={t('comments.title')}
      intro={
        isOwner ? t('comments.intro.own') : sentence('comments.intro.other', { name: personName })
      }
      status={status}
      failure={failure}
    >
      <Loaded resource={resource}>
        {(list) => (
          <>
            {list.items.length === 0 ? (
              <p>{t('comments.none')}</p>
            ) : (
              <ul class="comment-list">
                {list.items.map((comment) => {
                  const step = stepText(comment.stepId);
                  const name = comment.author.name || t('comments.someone');
                  if (comment.hidden) {
                    return (
                      <li key={comment.id} class="comment comment--hidden">
                        <p>{sentence('comments.hidden', { name })}</p>
                        <button
                          type="button"
                          class="button button--small button--quiet"
                          onClick={() =>
                            act(() => calls.setHidden(comment.id, false), t('comments.show'))
                          }
                        >
                          {t('comments.show')}
                        </button>
                      </li>
                    );
                  }
                  return (
                    <li key={comment.id} class="comment">
                      <p class="own-words" dir="auto">
                        {comment.text}
                      </p>
                      <p class="hint">
                        {byline(comment)}
                        {step && (
                          <>
                            {' · '}
                            {sentence('comments.aboutStep', { step })}
                          </>
                        )}
                      </p>
                      {list.youMay.hide && !comment.author.isYou && (
                        <button
                          type="button"
                          class="button button--small button--quiet"
                          onClick={() =>
                            act(
                              () => calls.setHidden(comment.id, true),
                              t('comments.hiddenNote', { name }),
                            )
                          }
                        >
                          {t('comments.hide')}
                        </button>
                      )}
                      {comment.author.isYou && (
                        <button
                          type="button"
                          class="button button--small button--quiet"
                          onClick={() => act(() => calls.remove(comment.id), t('comments.deleted'))}
                        >
                          {t('comments.delete')}
                        </button>
                      )}
                    </li>
                  );
                })}
              </ul>
            )}
            {list.youMay.comment && (
              <CommentForm
                steps={steps}
                onSend={(text, stepId) => calls.add(text, stepId)}
                onSent={() => {
                  setStatus(t('comments.sent'));
                  resource.refresh();
                }}
              />
            )}
          </>
        )}
      </Loaded>
    </BesideFrame>
  );
}

function CommentForm({
  steps,
  onSend,
  onSent,
}: {
  steps: readonly GoalStep[];
  onSend: (text: string, stepId: string | null) => Promise<unknown>;
  onSent: () => void;
}) {
  const [text, setText] = useState('');
  const [about, setAbout] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    const checked = newCommentSchema.safeParse({ text, stepId: about || null });
    if (!checked.success) {
      setError(checked.error.issues[0]?.message);
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      await onSend(checked.data.text, checked.data.stepId ?? null);
      setText('');
      setAbout('');
      onSent();
    } catch (failure) {
      setError(firstProblem(failure));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="form" noValidate onSubmit={submit}>
      <TextArea
        id="comment-text"
        label={t('comments.text')}
        hint={t('comments.text.hint', { max: COMMENT_MAX })}
        rows={3}
        value={text}
        error={error}
        onInput={setText}
      />
      {steps.length > 0 && (
        <SelectField
          id="comment-about"
          label={t('comments.about')}
          value={about}
          options={[
            { value: '', label: t('comments.about.goal') },
            ...steps.map((step) => ({
              value: step.id,
              label: t('comments.about.step', { step: step.text }),
            })),
          ]}
          onChange={setAbout}
        />
      )}
      <button type="submit" class="button button--secondary" disabled={busy}>
        {t('comments.send')}
      </button>
    </form>
  );
}
