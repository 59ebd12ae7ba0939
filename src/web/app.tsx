// The app shell: session, layout and routes. Pages are loaded on demand (lib/lazy.tsx).
import { useEffect, useState } from 'preact/hooks';
import { Redirect, Route, Switch } from 'wouter-preact';
import { locale, onLanguageChange } from '../domain/i18n/translate.ts';
import { RequireSignedOut, RequireSignIn } from './components/guards.tsx';
import { Layout } from './components/Layout.tsx';
import { NotFoundPage } from './components/NotFoundPage.tsx';
import { PublicLayout } from './components/PublicLayout.tsx';
import { OwnRecordProvider } from './features/record/RecordContext.tsx';
import { CheckInPage, CrisisPlanPage, HomePage, JournalPage, SignInPage } from './first-pages.ts';
import { lazyPage, lazyPart } from './lib/lazy.tsx';
import { SessionProvider, useAccount, useSession } from './lib/session.tsx';

const SignUpPage = lazyPage(() =>
  import('./features/auth/SignUpPage.tsx').then((m) => m.SignUpPage),
);
const AboutMePage = lazyPage(() =>
  import('./features/about-me/AboutMePage.tsx').then((m) => m.AboutMePage),
);
const GoalsPage = lazyPage(() => import('./features/goals/GoalsPage.tsx').then((m) => m.GoalsPage));
const GoalFormPage = lazyPage(() =>
  import('./features/goals/GoalFormPage.tsx').then((m) => m.GoalFormPage),
);
const GoalPage = lazyPage(() => import('./features/goals/GoalPage.tsx').then((m) => m.GoalPage));
const HistoryPage = lazyPage(() =>
  import('./features/history/HistoryPage.tsx').then((m) => m.HistoryPage),
);
const LifeAreasPage = lazyPage(() =>
  import('./features/life-areas/LifeAreasPage.tsx').then((m) => m.LifeAreasPage),
);
const SupportNetworkPage = lazyPage(() =>
  import('./features/support-network/SupportNetworkPage.tsx').then((m) => m.SupportNetworkPage),
);
const ContactFormPage = lazyPage(() =>
  import('./features/support-network/ContactFormPage.tsx').then((m) => m.ContactFormPage),
);
const PlansPage = lazyPage(() => import('./features/plans/PlansPage.tsx').then((m) => m.PlansPage));
const StayingWellPage = lazyPage(() =>
  import('./features/plans/StayingWellPage.tsx').then((m) => m.StayingWellPage),
);
const SafetyPlanPage = lazyPage(() =>
  import('./features/plans/SafetyPlanPage.tsx').then((m) => m.SafetyPlanPage),
);
const AfterCrisisPage = lazyPage(() =>
  import('./features/plans/AfterCrisisPage.tsx').then((m) => m.AfterCrisisPage),
);
const MovingOnPage = lazyPage(() =>
  import('./features/plans/MovingOnPage.tsx').then((m) => m.MovingOnPage),
);
// Both from one chunk, which the service worker keeps for opening with no network.
const DeviceCrisisPlanPage = lazyPage(() =>
  import('./features/crisis-plan/CrisisPlanPage.tsx').then((m) => m.DeviceCrisisPlanPage),
);
const CrisisPlanFormPage = lazyPage(() =>
  import('./features/crisis-plan/CrisisPlanFormPage.tsx').then((m) => m.CrisisPlanFormPage),
);
const EmergencyLinksPage = lazyPage(() =>
  import('./features/emergency-links/EmergencyLinksPage.tsx').then((m) => m.EmergencyLinksPage),
);
const ReviewsPage = lazyPage(() =>
  import('./features/reviews/ReviewsPage.tsx').then((m) => m.ReviewsPage),
);
const ReviewPage = lazyPage(() =>
  import('./features/reviews/ReviewPage.tsx').then((m) => m.ReviewPage),
);
const RateReviewPage = lazyPage(() =>
  import('./features/reviews/RateReviewPage.tsx').then((m) => m.RateReviewPage),
);
const MeetingPage = lazyPage(() =>
  import('./features/reviews/MeetingPage.tsx').then((m) => m.MeetingPage),
);
const AccessLogPage = lazyPage(() =>
  import('./features/sharing/AccessLogPage.tsx').then((m) => m.AccessLogPage),
);
const EmergencyPage = lazyPage(() =>
  import('./features/emergency-links/EmergencyPage.tsx').then((m) => m.EmergencyPage),
);

const CheckinSettingsPage = lazyPage(() =>
  import('./features/checkins/CheckinSettingsPage.tsx').then((m) => m.CheckinSettingsPage),
);
const RateLifeAreasPage = lazyPage(() =>
  import('./features/checkins/RateLifeAreasPage.tsx').then((m) => m.RateLifeAreasPage),
);
const ProgressPage = lazyPage(() =>
  import('./features/progress/ProgressPage.tsx').then((m) => m.ProgressPage),
);
const ScoreNotePage = lazyPage(() =>
  import('./features/progress/ScoreNotePage.tsx').then((m) => m.ScoreNotePage),
);
const JournalEntryPage = lazyPage(() =>
  import('./features/journal/JournalEntryPage.tsx').then((m) => m.JournalEntryPage),
);
const MeasuresPage = lazyPage(() =>
  import('./features/measures/MeasuresPage.tsx').then((m) => m.MeasuresPage),
);
const RateGoalsPage = lazyPage(() =>
  import('./features/measures/RateGoalsPage.tsx').then((m) => m.RateGoalsPage),
);
const MeasurePage = lazyPage(() =>
  import('./features/measures/MeasurePage.tsx').then((m) => m.MeasurePage),
);
const TogetherRoutes = lazyPage(() =>
  import('./features/notifications/TogetherRoutes.tsx').then((m) => m.TogetherRoutes),
);
const PeopleISupportPage = lazyPage(() =>
  import('./features/sharing/PeopleISupportPage.tsx').then((m) => m.PeopleISupportPage),
);
const MyPeoplePage = lazyPage(() =>
  import('./features/teams/MyPeoplePage.tsx').then((m) => m.MyPeoplePage),
);
const OutcomesPage = lazyPage(() =>
  import('./features/outcomes/OutcomesPage.tsx').then((m) => m.OutcomesPage),
);
const CaseloadPage = lazyPage(() =>
  import('./features/teams/CaseloadPage.tsx').then((m) => m.CaseloadPage),
);
const SharedRecordFrame = lazyPage(() =>
  import('./features/sharing/SharedRecord.tsx').then((m) => m.SharedRecordFrame),
);
const SharedHomePage = lazyPage(() =>
  import('./features/sharing/SharedRecord.tsx').then((m) => m.SharedHomePage),
);
const SharedNotFound = lazyPage(() =>
  import('./features/sharing/SharedRecord.tsx').then((m) => m.SharedNotFound),
);
const SharedSection = lazyPage(() =>
  import('./features/sharing/SharedRecord.tsx').then((m) => m.SharedSection),
);
const TeamInvitationsPage = lazyPage(() =>
  import('./features/teams/TeamInvitationsPage.tsx').then((m) => m.TeamInvitationsPage),
);
const TeamInvitationPage = lazyPage(() =>
  import('./features/sharing/TeamInvitationPage.tsx').then((m) => m.TeamInvitationPage),
);
const AcceptInvitationPage = lazyPage(() =>
  import('./features/sharing/AcceptInvitationPage.tsx').then((m) => m.AcceptInvitationPage),
);
const EnterInvitationCodePage = lazyPage(() =>
  import('./features/sharing/AcceptInvitationPage.tsx').then((m) => m.EnterInvitationCodePage),
);

const DownloadRecordPage = lazyPage(() =>
  import('./features/record-export/DownloadRecordPage.tsx').then((m) => m.DownloadRecordPage),
);
const ReadableCopyPage = lazyPage(() =>
  import('./features/record-export/ReadableCopyPage.tsx').then((m) => m.ReadableCopyPage),
);
const CloseAccountPage = lazyPage(() =>
  import('./features/account-closure/CloseAccountPage.tsx').then((m) => m.CloseAccountPage),
);
const ForgotPasswordPage = lazyPage(() =>
  import('./features/password-reset/ForgotPasswordPage.tsx').then((m) => m.ForgotPasswordPage),
);
const ResetPasswordPage = lazyPage(() =>
  import('./features/password-reset/ResetPasswordPage.tsx').then((m) => m.ResetPasswordPage),
);
const SetUpPage = lazyPage(() =>
  import('./features/services/SetUpPage.tsx').then((m) => m.SetUpPage),
);
const ServiceHomePage = lazyPage(() =>
  import('./features/services/ServiceHomePage.tsx').then((m) => m.ServiceHomePage),
);
const TeamsPage = lazyPage(() =>
  import('./features/services/TeamsPage.tsx').then((m) => m.TeamsPage),
);
const StaffPage = lazyPage(() =>
  import('./features/services/StaffPage.tsx').then((m) => m.StaffPage),
);
const LibraryPage = lazyPage(() =>
  import('./features/services/LibraryPage.tsx').then((m) => m.LibraryPage),
);
const MyCareItemsPage = lazyPage(() =>
  import('./features/services/MyCareItemsPage.tsx').then((m) => m.MyCareItemsPage),
);

const WelcomePage = lazyPage(() =>
  import('./features/welcome/WelcomePage.tsx').then((m) => m.WelcomePage),
);
const ImportPage = lazyPage(() =>
  import('./features/import/ImportPage.tsx').then((m) => m.ImportPage),
);
const SettingsPage = lazyPage(() =>
  import('./features/settings/SettingsPage.tsx').then((m) => m.SettingsPage),
);

const SharingPage = lazyPage(() =>
  import('./features/sharing/SharingPage.tsx').then((m) => m.SharingPage),
);
const SharingPreviewFrame = lazyPage(() =>
  import('./features/sharing/SharingPreview.tsx').then((m) => m.SharingPreviewFrame),
);

const TimeoutWarning = lazyPart(
  () => import('./features/session-timeout/TimeoutWarning.tsx').then((m) => m.TimeoutWarning),
  { afterPage: true },
);

/** While signed in: the warning before the session times out, on a page with a form. */
function WarnBeforeTimeOut() {
  const { state } = useSession();
  return state.status === 'signed-in' ? <TimeoutWarning /> : null;
}

/** People I support, with a link to their own space for a supporter (decision 0031). */
function PeopleISupport() {
  const account = useAccount();
  return (
    <PeopleISupportPage
      hasOwnSpace={account.role === 'supporter'}
      inTeams={account.role === 'practitioner'}
    />
  );
}

/**
 * Home: the person's own record; a service admin's service (decision 0038); any other account
 * owns none and sees the people it supports. Until the welcome has been shown once (on any
 * device), it opens instead.
 */
function Home() {
  const account = useAccount();
  if (account.role === 'service_admin') return <ServiceHomePage />;
  if (account.role !== 'person') return <PeopleISupport />;
  return account.welcomeDue ? <Redirect to="/welcome" replace /> : <HomePage />;
}

function RecordRoutes() {
  return (
    <RequireSignIn>
      <Switch>
        <Route path="/people">
          <PeopleISupport />
        </Route>
        <Route path="/my-people">
          <MyPeoplePage />
        </Route>
        <Route path="/caseload">
          <CaseloadPage />
        </Route>
        {/* A service's outcome reports: its admin and its team leads (decision 0053). */}
        <Route path="/outcomes">
          <OutcomesPage />
        </Route>
        <Route path="/teams/:teamId/invitations">
          {(params) => <TeamInvitationsPage key={params.teamId} teamId={params.teamId} />}
        </Route>
        <Route path="/notifications">
          <TogetherRoutes />
        </Route>
        <Route path="/my-space" nest>
          <TogetherRoutes />
        </Route>
        <Route path="/invitations/enter-code">
          <EnterInvitationCodePage />
        </Route>
        <Route path="/invitations/:token">
          {(params) => <AcceptInvitationPage key={params.token} token={params.token} />}
        </Route>
        <Route path="/people/:personId" nest>
          {(params) => <SharedRecordRoutes key={params.personId} personId={params.personId} />}
        </Route>
        <Route>
          <OwnRecordProvider>
            <OwnRecordRoutes />
          </OwnRecordProvider>
        </Route>
      </Switch>
    </RequireSignIn>
  );
}

/**
 * A record someone shared with the signed-in account. Nested under /people/:personId, so the
 * same pages' links (/goals, /crisis-plan…) stay inside the shared record. Only sections with
 * a read-only rendering are routed; the frame shows only those that were shared.
 */
function SharedRecordRoutes({ personId }: { personId: string }) {
  return (
    <SharedRecordFrame personId={personId}>
      <SharedSectionRoutes />
    </SharedRecordFrame>
  );
}

/**
 * The owner's preview of what one person they share with sees, under
 * /sharing/:relationshipId/preview: the same read-only pages as a shared record.
 */
function SharingPreviewRoutes({ relationshipId }: { relationshipId: string }) {
  return (
    <SharingPreviewFrame relationshipId={relationshipId}>
      <SharedSectionRoutes />
    </SharingPreviewFrame>
  );
}

/** The read-only pages of a record someone else may see, relative to its nested base. */
function SharedSectionRoutes() {
  return (
    <Switch>
      <Route path="/">
        <SharedHomePage />
      </Route>
      <Route path="/about-me">
        <SharedSection section="about_me">
          <AboutMePage />
        </SharedSection>
      </Route>
      <Route path="/crisis-plan">
        <SharedSection section="crisis_plan">
          <CrisisPlanPage />
        </SharedSection>
      </Route>
      <Route path="/goals">
        <SharedSection section="goals">
          <GoalsPage />
        </SharedSection>
      </Route>
      <Route path="/goals/:id">
        {(params) => (
          <SharedSection section="goals">
            <GoalPage key={params.id} id={params.id} />
          </SharedSection>
        )}
      </Route>
      <Route path="/plans/staying-well">
        <SharedSection section="staying_well">
          <StayingWellPage />
        </SharedSection>
      </Route>
      <Route path="/plans/after-crisis">
        <SharedSection section="after_crisis">
          <AfterCrisisPage />
        </SharedSection>
      </Route>
      <Route path="/plans/moving-on">
        <SharedSection section="moving_on">
          <MovingOnPage />
        </SharedSection>
      </Route>
      <Route path="/support-network">
        <SharedSection section="support_network">
          <SupportNetworkPage />
        </SharedSection>
      </Route>
      <Route path="/plans/safety">
        <SharedSection section="safety_plan">
          <SafetyPlanPage />
        </SharedSection>
      </Route>
      <Route path="/how-i-am-doing">
        <SharedSection section={['checkins', 'measures']}>
          <ProgressPage />
        </SharedSection>
      </Route>
      <Route path="/journal">
        <SharedSection section="journal">
          <JournalPage />
        </SharedSection>
      </Route>
      <Route path="/reviews">
        <SharedSection section="reviews">
          <ReviewsPage />
        </SharedSection>
      </Route>
      <Route path="/reviews/:id">
        {(params) => (
          <SharedSection section="reviews">
            <ReviewPage key={params.id} id={params.id} />
          </SharedSection>
        )}
      </Route>
      <Route path="/reviews/:id/together">
        {(params) => (
          <SharedSection section="reviews">
            <MeetingPage key={params.id} id={params.id} />
          </SharedSection>
        )}
      </Route>
      <Route>
        <SharedNotFound />
      </Route>
    </Switch>
  );
}

/** The signed-in person's own record, at the top-level paths. */
function OwnRecordRoutes() {
  return (
    <Switch>
      <Route path="/">
        <Home />
      </Route>
      <Route path="/welcome">
        <WelcomePage />
      </Route>
      <Route path="/settings">
        <SettingsPage />
      </Route>
      <Route path="/team-invitation/:token">
        {/* A team's invitation by email (decision 0050): the person's own record answers it. */}
        {(params) => <TeamInvitationPage key={params.token} token={params.token} />}
      </Route>
      <Route path="/settings/close-account">
        <CloseAccountPage />
      </Route>
      <Route path="/settings/download">
        <DownloadRecordPage />
      </Route>
      <Route path="/my-record/print">
        <ReadableCopyPage />
      </Route>
      <Route path="/settings/import">
        <ImportPage />
      </Route>
      {/* A service admin's pages (issue 14); anyone else is told there is no service. */}
      <Route path="/service/teams">
        <TeamsPage />
      </Route>
      <Route path="/service/staff">
        <StaffPage />
      </Route>
      <Route path="/service/measures">
        <LibraryPage />
      </Route>
      <Route path="/service/my-care">
        <MyCareItemsPage />
      </Route>
      <Route path="/about-me">
        <AboutMePage />
      </Route>
      <Route path="/about-me/history">
        <HistoryPage subject={{ kind: 'about-me' }} />
      </Route>
      <Route path="/goals">
        <GoalsPage />
      </Route>
      <Route path="/goals/new">
        <GoalFormPage />
      </Route>
      <Route path="/goals/:id">{(params) => <GoalPage key={params.id} id={params.id} />}</Route>
      <Route path="/goals/:id/change">
        {(params) => <GoalFormPage key={params.id} id={params.id} />}
      </Route>
      <Route path="/goals/:id/history">
        {(params) => <HistoryPage key={params.id} subject={{ kind: 'goal', id: params.id }} />}
      </Route>
      <Route path="/life-areas">
        <LifeAreasPage />
      </Route>
      <Route path="/support-network">
        <SupportNetworkPage />
      </Route>
      <Route path="/support-network/new">
        <ContactFormPage />
      </Route>
      <Route path="/support-network/:id/change">
        {(params) => <ContactFormPage key={params.id} id={params.id} />}
      </Route>
      <Route path="/plans">
        <PlansPage />
      </Route>
      <Route path="/plans/staying-well">
        <StayingWellPage />
      </Route>
      <Route path="/plans/staying-well/history">
        <HistoryPage subject={{ kind: 'plan', plan: 'staying-well' }} />
      </Route>
      <Route path="/plans/safety">
        <SafetyPlanPage />
      </Route>
      <Route path="/plans/safety/history">
        <HistoryPage subject={{ kind: 'plan', plan: 'safety' }} />
      </Route>
      <Route path="/plans/after-crisis">
        <AfterCrisisPage />
      </Route>
      <Route path="/plans/after-crisis/history">
        <HistoryPage subject={{ kind: 'plan', plan: 'after-crisis' }} />
      </Route>
      <Route path="/plans/moving-on">
        <MovingOnPage />
      </Route>
      <Route path="/plans/moving-on/history">
        <HistoryPage subject={{ kind: 'plan', plan: 'moving-on' }} />
      </Route>
      <Route path="/crisis-plan/change">
        <CrisisPlanFormPage />
      </Route>
      <Route path="/crisis-plan/history">
        <HistoryPage subject={{ kind: 'plan', plan: 'crisis' }} />
      </Route>
      <Route path="/crisis-plan/links">
        <EmergencyLinksPage />
      </Route>
      <Route path="/sharing/activity">
        <AccessLogPage />
      </Route>
      <Route path="/check-in">
        <CheckInPage />
      </Route>
      <Route path="/check-in/settings">
        <CheckinSettingsPage />
      </Route>
      <Route path="/rate-life-areas">
        <RateLifeAreasPage />
      </Route>
      <Route path="/how-i-am-doing">
        <ProgressPage />
      </Route>
      <Route path="/how-i-am-doing/check-ins/:id">
        {(params) => <ScoreNotePage key={params.id} kind="check-ins" id={params.id} />}
      </Route>
      <Route path="/how-i-am-doing/answers/:id">
        {(params) => <ScoreNotePage key={params.id} kind="answers" id={params.id} />}
      </Route>
      <Route path="/sharing">
        <SharingPage />
      </Route>
      <Route path="/suggestions">
        <HomePage view="suggestions" />
      </Route>
      <Route path="/sharing/:relationshipId/preview" nest>
        {(params) => (
          <SharingPreviewRoutes
            key={params.relationshipId}
            relationshipId={params.relationshipId}
          />
        )}
      </Route>
      <Route path="/journal">
        <JournalPage />
      </Route>
      <Route path="/journal/new">
        <JournalEntryPage />
      </Route>
      <Route path="/journal/:id">
        {(params) => <JournalEntryPage key={params.id} id={params.id} />}
      </Route>
      <Route path="/questionnaires">
        <MeasuresPage />
      </Route>
      <Route path="/reviews">
        <ReviewsPage />
      </Route>
      <Route path="/reviews/:id">{(params) => <ReviewPage key={params.id} id={params.id} />}</Route>
      <Route path="/reviews/:id/rate">
        {(params) => <RateReviewPage key={params.id} id={params.id} />}
      </Route>
      <Route path="/reviews/:id/together">
        {(params) => <MeetingPage key={params.id} id={params.id} />}
      </Route>
      <Route path="/rate-my-goals">
        <RateGoalsPage />
      </Route>
      <Route path="/questionnaires/:id">
        {(params) => <MeasurePage key={params.id} id={params.id} />}
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}

function RecordApp() {
  return (
    <SessionProvider>
      <Layout>
        <Switch>
          <Route path="/sign-in">
            <RequireSignedOut>
              <SignInPage />
            </RequireSignedOut>
          </Route>
          <Route path="/sign-up">
            <RequireSignedOut>
              <SignUpPage />
            </RequireSignedOut>
          </Route>
          <Route path="/forgot-password">
            <RequireSignedOut>
              <ForgotPasswordPage />
            </RequireSignedOut>
          </Route>
          <Route path="/reset-password/:token">
            {/* A link from an email: it may be opened on a device still signed in elsewhere. */}
            {(params) => <ResetPasswordPage key={params.token} token={params.token} />}
          </Route>
          <Route path="/set-up/:token">
            {/* A service admin's one-time link (decision 0038): signed in or not, it signs in
                the account it sets up. */}
            {(params) => <SetUpPage key={params.token} token={params.token} />}
          </Route>
          <Route path="/crisis-plan">
            {/* With no connection, or signed out by the time-out: the copy kept on this device
                (if the person chose that). */}
            <RequireSignIn
              whenUnavailable={<DeviceCrisisPlanPage />}
              whenSignedOut={<DeviceCrisisPlanPage signedOut />}
            >
              <OwnRecordProvider>
                <CrisisPlanPage />
              </OwnRecordProvider>
            </RequireSignIn>
          </Route>
          <Route>
            <RecordRoutes />
          </Route>
        </Switch>
      </Layout>
      <WarnBeforeTimeOut />
    </SessionProvider>
  );
}

export function App() {
  // Every word on screen comes from t(): a change of language draws the whole app again.
  const [, setLanguage] = useState(locale());
  useEffect(() => onLanguageChange(setLanguage), []);
  return (
    <Switch>
      <Route path="/emergency/:token">
        {/* Opened by whoever holds the link: no session, no navigation into the record. */}
        {(params) => (
          <PublicLayout>
            <EmergencyPage key={params.token} token={params.token} />
          </PublicLayout>
        )}
      </Route>
      <Route>
        <RecordApp />
      </Route>
    </Switch>
  );
}
