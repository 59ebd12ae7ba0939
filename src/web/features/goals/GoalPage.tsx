import '../../../domain/i18n/shared.messages.ts';
import '../../../domain/i18n/goals.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { lazyPart } from '../../lib/lazy.tsx';
import { type AreaItem, areaName } from '../life-areas/life-areas.resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { SuggestLink } from '../suggestions/SuggestLink.tsx';
import { DeleteGoal } from './DeleteGoal.tsx';
import { GoalNotes } from './GoalNotes.tsx';
import { GoalSteps } from './GoalSteps.tsx';
import { statusLabel } from './goal-text.ts';
import { type GoalItem, useGoal } from './goals.resource.ts';

/** Encouragement left on the goal: its own chunk, with its words (decision 0030). */
const GoalComments = lazyPart(() =>
  import('../collaboration/GoalComments.tsx').then((m) => m.GoalComments),
);

export function GoalPage({ id }: { id: string }) {
  const record = useRecord();
  const resource = useGoal(record.personId, id);
  const canWrite = record.canWrite('goals');
  const { state } = resource;
  const title = state.status === 'ready' && state.data.goal ? state.data.goal.data.title : null;
  return (
    <>
      <PageHeading title={title ?? t('goal.title')} />
      <Loaded resource={resource} historyHref={canWrite ? `/goals/${id}/history` : undefined}>
        {({ goal, areas }) =>
          goal && (
            <GoalDetails
              personId={record.personId}
              personName={record.personName}
              readOnly={!canWrite}
              isOwner={record.isOwner}
              goal={goal}
              areas={areas}
              onChange={(changed) => resource.replace({ goal: changed, areas })}
              onStale={resource.refresh}
            />
          )
        }
      </Loaded>
    </>
  );
}

type DetailsProps = {
  personId: string;
  personName: string;
  /** Someone the person shared with: the goal, its steps and notes, nothing to change. */
  readOnly: boolean;
  isOwner: boolean;
  goal: GoalItem;
  areas: AreaItem[];
  /** The goal as the server saved it after a change on this page. */
  onChange: (goal: GoalItem) => void;
  /** The goal changed somewhere else: load it again. */
  onStale: () => void;
};

function GoalDetails(props: DetailsProps) {
  const { personId, personName, readOnly, isOwner, goal, areas, onChange, onStale } = props;
  const notice = useNotice(true);
  const { data } = goal;
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <Notice state={notice} />
      {data.status === 'achieved' && (
        <p class="panel panel--achieved">
          {readOnly ? t('shared.goalAchieved', { name: personName }) : t('goal.achieved')}
        </p>
      )}
      <dl class="summary">
        <div class="summary__row">
          <dt>{t('goal.field.status')}</dt>
          <dd>{statusLabel(data.status)}</dd>
        </div>
        <div class="summary__row">
          <dt>{t('goal.field.lifeArea')}</dt>
          <dd>{areaName(areas, data.lifeAreaId) ?? t('goals.noArea')}</dd>
        </div>
        {data.targetDate && (
          <div class="summary__row">
            <dt>{t('goal.summary.targetDate')}</dt>
            <dd>{formatDate(data.targetDate)}</dd>
          </div>
        )}
        {data.whoHelps.trim() !== '' && (
          <div class="summary__row">
            <dt>{t('goal.summary.whoHelps')}</dt>
            <dd class="own-words">{data.whoHelps}</dd>
          </div>
        )}
        {data.why.trim() !== '' && (
          <div class="summary__row">
            <dt>{t('goal.summary.why')}</dt>
            <dd class="own-words">{data.why}</dd>
          </div>
        )}
      </dl>
      {readOnly ? (
        <>
          <SuggestLink kind="goal" id={goal.id} />
          <ReadOnlySteps goal={goal} />
          <GoalNotes personId={personId} goalId={goal.id} notice={notice} readOnly />
          <GoalComments
            personId={personId}
            personName={personName}
            isOwner={isOwner}
            goalId={goal.id}
            steps={data.steps}
          />
        </>
      ) : (
        <>
          <p>
            <Link href={`/goals/${goal.id}/change`} class="button button--secondary">
              {t('goal.edit')}
            </Link>
          </p>
          <GoalSteps
            personId={personId}
            goal={goal}
            areas={areas}
            notice={notice}
            onChange={onChange}
          />
          <GoalNotes personId={personId} goalId={goal.id} notice={notice} />
          <GoalComments
            personId={personId}
            personName={personName}
            isOwner={isOwner}
            goalId={goal.id}
            steps={data.steps}
          />
          <h2>{t('goal.manageTitle')}</h2>
          <p>
            <Link href={`/goals/${goal.id}/history`}>{t('record.history')}</Link>
          </p>
          {confirming ? (
            <DeleteGoal
              personId={personId}
              goal={goal}
              onCancel={() => setConfirming(false)}
              onStale={() => {
                setConfirming(false);
                notice.show({ message: t('goal.changedElsewhere') });
                onStale();
              }}
            />
          ) : (
            <button
              type="button"
              class="button button--secondary"
              onClick={() => setConfirming(true)}
            >
              {t('goal.delete')}
            </button>
          )}
        </>
      )}
    </>
  );
}

/** The steps as a list, for someone who may read the goal but not change it. */
function ReadOnlySteps({ goal }: { goal: GoalItem }) {
  const { steps } = goal.data;
  return (
    <section aria-labelledby="steps-title">
      <h2 id="steps-title">{t('goal.steps.title')}</h2>
      {steps.length === 0 ? (
        <p>{t('shared.goalNoSteps')}</p>
      ) : (
        <ol class="steps">
          {steps.map((step) => (
            <li key={step.id}>
              {step.done ? t('goal.steps.doneLine', { text: step.text }) : step.text}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
