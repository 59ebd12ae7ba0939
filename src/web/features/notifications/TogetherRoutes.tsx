// The routes app.tsx sends here: /notifications, and /my-space nested (so its links are relative
// to it): a supporter's own space and the guide to supporting someone. One lazy component for
// all of them keeps the app shell within its budget.
import { Route, Switch } from 'wouter-preact';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { SupporterSpacePage } from '../supporter-space/SupporterSpacePage.tsx';
import { SupportingGuidePage } from '../supporter-space/SupportingGuidePage.tsx';
import { NotificationsPage } from './NotificationsPage.tsx';

export function TogetherRoutes() {
  return (
    <Switch>
      <Route path="/notifications">
        <NotificationsPage />
      </Route>
      {/* Under /my-space (nested): its own page, and the guide. */}
      <Route path="/">
        <SupporterSpacePage />
      </Route>
      <Route path="/guide">
        <SupportingGuidePage />
      </Route>
      <Route>
        <NotFoundPage />
      </Route>
    </Switch>
  );
}
