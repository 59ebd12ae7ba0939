import '../../../domain/i18n/unreadable.messages.ts';
import '../../../domain/i18n/checkins.messages.ts';
import '../../../domain/i18n/goals.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { UnreadableNotice } from '../../components/UnreadableNotice.tsx';
import { lazyPage } from '../../lib/lazy.tsx';
import { sentence } from '../../lib/own-words.tsx';
import { DueBlock } from '../checkins/DueBlock.tsx';
import { nextStep, statusLabel } from '../goals/goal-text.ts';
import type { GoalItem } from '../goals/goals.resource.ts';
import { PlanLinks } from '../plans/HomePlans.tsx';
import { ReviewReminder } from '../plans/ReviewReminder.tsx';
import { useRecord } from '../record/RecordContext.tsx';
import { SupportingLink } from '../sharing/SupportingLink.tsx';
import { SuggestionsWaiting } from '../suggestions/SuggestLink.tsx';
import { useHome } from './home.resource.ts';

function GoalSummary({ goal }: { goal: GoalItem }) {
  const step = nextStep(goal.data);
  return (
    <li class="card">
      <h3 class="card__title">
        <Link href={`/goals/${goal.id}`} dir="auto">
          {goal.data.title}
        </Link>
      </h3>
      <p class="card__meta">
        <span class="tag">{statusLabel(goal.data.status)}</span>
      </p>
      <p>{step ? sentence('home.nextStep', { step: step.text }) : t('home.noNextStep')}</p>
    </li>
  );
}

// The person's Suggestions page is reached from Home, and loads from Home's code: the app shell
// keeps one route for it and none of its code (the first-load budget).
const SuggestionsPage = lazyPage(() =>
  import('../suggestions/SuggestionsPage.tsx').then((m) => m.SuggestionsPage),
);
/**
 * While Home's own record loads: "Loading…" over the space a new record's Home takes there
 * (its most common first view), so the plan links below do not jump down when it arrives.
 */
function HomeLoading() {
  return (
    <div class="reserve">
      <p class="loading reserve__status" role="status">
        {t('app.loading')}
      </p>
      <div class="reserve__space" aria-hidden="true">
        <p class="invite">
          {t('home.aboutMePrompt')} <u>{t('home.aboutMeStart')}</u>
        </p>
        <h2>{t('home.goalsTitle')}</h2>
        <p class="invite">
          {t('home.noGoals')} <u>{t('goals.add')}</u>
        </p>
      </div>
    </div>
  );
}

/** "My recovery": a word from About me, the goals with their next steps, and the way in. */
export function HomePage({ view }: { view?: 'suggestions' }) {
  if (view === 'suggestions') return <SuggestionsPage />;
  return <Home />;
}

function Home() {
  const record = useRecord();
  const home = useHome(record.personId);
  return (
    <>
      <PageHeading title={t('home.title')} />
      <p class="lead">{sentence('home.greeting', { name: record.personName })}</p>
      <SuggestionsWaiting personId={record.personId} />
      <DueBlock personId={record.personId} />
      <Loaded resource={home} placeholder={<HomeLoading />}>
        {(data) => (
          <>
            {data.crisisPlanReviewed !== undefined && (
              <ReviewReminder lastReviewed={data.crisisPlanReviewed} />
            )}
            {data.aboutMeProblem ? (
              <p class="problem">
                {data.aboutMeProblem}{' '}
                <Link href="/about-me/history">{t('unreadable.openHistory')}</Link>
              </p>
            ) : data.aboutMeLine ? (
              <p class="quote">
                {sentence('home.aboutMeLine', { text: data.aboutMeLine })}{' '}
                <Link href="/about-me">{t('home.aboutMeLink')}</Link>
              </p>
            ) : (
              <p class="invite">
                {t('home.aboutMePrompt')} <Link href="/about-me">{t('home.aboutMeStart')}</Link>
              </p>
            )}
            <h2>{t('home.goalsTitle')}</h2>
            <UnreadableNotice
              kind="goal"
              marks={data.unreadableGoals}
              historyHref={(id) => `/goals/${id}/history`}
            />
            {data.goals.length === 0 && data.unreadableGoals.length === 0 ? (
              <p class="invite">
                {t('home.noGoals')} <Link href="/goals/new">{t('goals.add')}</Link>
              </p>
            ) : (
              <>
                {data.goals.length > 0 && (
                  <ul class="cards">
                    {data.goals.map((goal) => (
                      <GoalSummary key={goal.id} goal={goal} />
                    ))}
                  </ul>
                )}
                <p>
                  <Link href="/goals">{t('home.allGoals')}</Link>
                </p>
              </>
            )}
          </>
        )}
      </Loaded>
      {/* Only once Home's own part is here (or has failed): below a part still loading, they
          would jump down when it arrives. The navigation has every link meanwhile. */}
      {home.state.status !== 'loading' && <HomeLinks />}
    </>
  );
}

/** The way into each part of the record, under Home's own part. */
function HomeLinks() {
  return (
    <>
      <PlanLinks />
      <SupportingLink />
      <h2>{t('home.linksTitle')}</h2>
      <ul class="links">
        <li>
          <Link href="/about-me">{t('nav.aboutMe')}</Link>
        </li>
        <li>
          <Link href="/goals">{t('nav.goals')}</Link>
        </li>
        <li>
          <Link href="/life-areas">{t('nav.lifeAreas')}</Link>
        </li>
        <li>
          <Link href="/rate-life-areas">{t('ratingsWeb.title')}</Link>
        </li>
        <li>
          <Link href="/journal">{t('nav.journal')}</Link>
        </li>
        <li>
          <Link href="/sharing">{t('nav.sharing')}</Link>
        </li>
      </ul>
    </>
  );
}
