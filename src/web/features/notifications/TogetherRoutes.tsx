// The routes app.tsx sends here: /notifications, and /my-space nested (so its links are relative
// to it): a supporter's own space, its earlier versions and the guide to supporting someone. One
// lazy component for all of them keeps the app shell within its budget; the history page loads
// on its own when opened.
import { Route, Switch } from 'wouter-preact';
import { NotFoundPage } from '../../components/NotFoundPage.tsx';
import { lazyPage } from '../../lib/lazy.tsx';
import { OwnRecordProvider } from '../record/RecordContext.tsx';
import { SupporterSpacePage } from '../supporter-space/SupporterSpacePage.tsx';
import { SupportingGuidePage } from '../supporter-space/SupportingGuidePage.tsx';
import { NotificationsPage } from './NotificationsPage.tsx';

const HistoryPage = lazyPage(() => import('../history/HistoryPage.tsx').then((m) => m.HistoryPage));

function SpaceRoutes() {
  return (
    <Switch>
      <Route path="/">
        <SupporterSpacePage />
      </Route>
      <Route path="/history">
        <HistoryPage subject={{ kind: 'supporter-space' }} />
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

export function TogetherRoutes() {
  return (
    <Switch>
      <Route path="/notifications">
        <NotificationsPage />
      </Route>
      {/* Under /my-space (nested): its own page, its history and the guide. The space is a
          section of the supporter's own record, so its pages take it from that record. */}
      <Route>
        <OwnRecordProvider>
          <SpaceRoutes />
        </OwnRecordProvider>
      </Route>
    </Switch>
  );
}
