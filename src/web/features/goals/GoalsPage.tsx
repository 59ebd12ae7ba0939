import '../../../domain/i18n/goals.messages.ts';
import '../../../domain/i18n/shared.messages.ts';
import { Link } from 'wouter-preact';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, type NoticeState, useNotice } from '../../components/Notice.tsx';
import { type DeletedWords, RecentlyDeleted } from '../../components/RecentlyDeleted.tsx';
import { UnreadableNotice } from '../../components/UnreadableNotice.tsx';
import { sentence } from '../../lib/own-words.tsx';
import type { AreaItem } from '../life-areas/life-areas.resource.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { SectionHeading } from '../record/section-title.tsx';
import { SuggestLink } from '../suggestions/SuggestLink.tsx';
import { statusLabel } from './goal-text.ts';
import { type GoalItem, type GoalsOverview, goals, useGoalsOverview } from './goals.resource.ts';

type Group = { id: string; name: string; goals: GoalItem[] };

const goalHistory = (id: string) => `/goals/${id}/history`;

/** Words for the recently deleted goals: each goal goes by its title. */
const deletedWords = (): DeletedWords<GoalItem> => ({
  title: t('goals.deletedTitle'),
  intro: t('goals.deletedIntro'),
  name: (goal) => goal.data.title,
  bringBack: (goal) => sentence('goals.undelete', { title: goal.data.title }),
  restored: (goal) => sentence('goals.restored', { title: goal.data.title }),
});

/** Goals grouped by life area, in the person's order of areas; unlinked goals come last. */
function groupByArea(goals: GoalItem[], areas: AreaItem[]): Group[] {
  const groups: Group[] = areas.map((area) => ({ id: area.id, name: area.data.name, goals: [] }));
  const none: Group = { id: 'none', name: t('goals.noArea'), goals: [] };
  for (const goal of goals) {
    const group = groups.find((g) => g.id === goal.data.lifeAreaId) ?? none;
    group.goals.push(goal);
  }
  return [...groups, none].filter((group) => group.goals.length > 0);
}

function GoalCard({ goal }: { goal: GoalItem }) {
  const { data } = goal;
  const done = data.steps.filter((step) => step.done).length;
  return (
    <li class="card">
      <h3 class="card__title">
        <Link href={`/goals/${goal.id}`} dir="auto">
          {data.title}
        </Link>
      </h3>
      <p class="card__meta">
        <span class="tag">{statusLabel(data.status)}</span>
        {data.steps.length > 0 && (
          <span>{t('goals.stepsDone', { done, total: data.steps.length })}</span>
        )}
        {data.targetDate && (
          <span>{t('goal.targetDate', { date: formatDate(data.targetDate) })}</span>
        )}
      </p>
    </li>
  );
}

function Overview({
  overview,
  empty,
  notice,
  onChanged,
}: {
  overview: GoalsOverview;
  empty: boolean;
  notice: NoticeState;
  onChanged: () => void;
}) {
  const record = useRecord();
  const canWrite = record.canWrite('goals');
  return (
    <>
      <UnreadableNotice
        kind="goal"
        marks={overview.unreadable}
        historyHref={canWrite ? goalHistory : undefined}
      />
      {empty ? (
        <p class="invite">
          {record.isOwner
            ? t('goals.none')
            : sentence('shared.goalsEmpty', { name: record.personName })}
        </p>
      ) : (
        groupByArea(overview.goals, overview.areas).map((group) => (
          <section key={group.id} aria-labelledby={`area-${group.id}`}>
            <h2 id={`area-${group.id}`} dir="auto">
              {group.name}
            </h2>
            <ul class="cards">
              {group.goals.map((goal) => (
                <GoalCard key={goal.id} goal={goal} />
              ))}
            </ul>
          </section>
        ))
      )}
      {canWrite && (
        <RecentlyDeleted
          id="deleted-goals"
          words={deletedWords()}
          items={overview.deleted}
          unreadable={{ kind: 'goal', marks: overview.deletedUnreadable, historyHref: goalHistory }}
          undelete={(goal) => goals(record.personId).undelete(goal.id, goal.version)}
          notice={notice}
          onChanged={onChanged}
        />
      )}
    </>
  );
}

export function GoalsPage() {
  const record = useRecord();
  const overview = useGoalsOverview(record.personId, record.canWrite('goals'));
  const notice = useNotice(true);
  const canWrite = record.canWrite('goals');
  return (
    <>
      <SectionHeading record={record} section="goals" ownTitle={t('goals.title')} />
      <p class="lead">{t('goals.intro')}</p>
      <Notice state={notice} onUndone={overview.refresh} />
      <SuggestLink kind="goal" />
      {canWrite && (
        <p class="button-group">
          <Link href="/goals/new" class="button">
            {t('goals.add')}
          </Link>
          <Link href="/life-areas">{t('goals.manageAreas')}</Link>
        </p>
      )}
      <Loaded resource={overview}>
        {(data, empty) => (
          <Overview overview={data} empty={empty} notice={notice} onChanged={overview.refresh} />
        )}
      </Loaded>
    </>
  );
}
