// Imported by main.tsx before any words: the app's words wait for their chunks (top-level
// await), and everything imported after them waits too. Nothing here needs a word, so the
// session check and this address's page code are asked for at the same moment as the words,
// not one round trip after them; and for Home, once the session is known, the two answers its
// first view is made of, while its code and words still load (Lighthouse's waterfall on Home,
// issue 11). vite.config.ts keeps this in a chunk of its own so that it runs first.
import { preloadPageFor } from './first-pages.ts';
import { askEarly, recordPath } from './lib/api.ts';
import { beginSessionCheck } from './lib/session.tsx';

const session = beginSessionCheck();
preloadPageFor(window.location.pathname);
if (window.location.pathname === '/') {
  session.then(
    ({ account }) => {
      // What useHome (features/home/home.resource.ts) reads for the person's own Home.
      if (account?.role !== 'person') return;
      askEarly(recordPath(account.id, '/about-me'));
      askEarly(recordPath(account.id, '/goals'));
    },
    () => undefined,
  );
}
