// The app shell: session, layout and routes. Pages are loaded on demand (lib/lazy.tsx).
import { Route, Switch } from 'wouter-preact';
import { RequireSignedOut, RequireSignIn } from './components/guards.tsx';
import { Layout } from './components/Layout.tsx';
import { NotFoundPage } from './components/NotFoundPage.tsx';
import { lazyPage } from './lib/lazy.tsx';
import { SessionProvider } from './lib/session.tsx';

const SignInPage = lazyPage(() =>
  import('./features/auth/SignInPage.tsx').then((m) => m.SignInPage),
);
const SignUpPage = lazyPage(() =>
  import('./features/auth/SignUpPage.tsx').then((m) => m.SignUpPage),
);
const HomePage = lazyPage(() => import('./features/home/HomePage.tsx').then((m) => m.HomePage));
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

function RecordRoutes() {
  return (
    <RequireSignIn>
      <Switch>
        <Route path="/">
          <HomePage />
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
        <Route>
          <NotFoundPage />
        </Route>
      </Switch>
    </RequireSignIn>
  );
}

export function App() {
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
          <Route>
            <RecordRoutes />
          </Route>
        </Switch>
      </Layout>
    </SessionProvider>
  );
}
