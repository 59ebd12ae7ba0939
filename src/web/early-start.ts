// Imported by main.tsx before any words: the app's words wait for their file (top-level await),
// and everything imported after them waits too. Nothing here needs a word, so the session check
// and this address's page, its code and its words in one file (first-pages.ts), are asked for
// at the same moment as the core words, not one round trip after them; and for Home and the
// crisis plan, once the session names the person, the answers their first view is made of,
// while their code and words still load (Lighthouse's waterfall, issue 11; decision 0057).
// The shell is one file (scripts/chunk-groups.ts) in which this module's code comes before the
// core words' await.
import { preloadPageFor } from './first-pages.ts';
import { askEarly, recordPath } from './lib/api.ts';
import { beginSessionCheck } from './lib/session.tsx';

/**
 * What the first view at each address reads of the person's own record: useHome
 * (features/home/home.resource.ts) and useCrisisPlanScreen
 * (features/crisis-plan/crisis-plan.resource.ts).
 */
const FIRST_READS: Record<string, readonly string[]> = {
  '/': ['/about-me', '/goals', '/crisis-plan'],
  '/crisis-plan': ['/crisis-plan', '/support-network', '/crisis-plan/documents'],
};

const session = beginSessionCheck();
preloadPageFor(window.location.pathname);
const reads = FIRST_READS[window.location.pathname];
if (reads) {
  session.then(
    ({ account }) => {
      if (account?.role !== 'person') return;
      for (const read of reads) askEarly(recordPath(account.id, read));
    },
    () => undefined,
  );
}
