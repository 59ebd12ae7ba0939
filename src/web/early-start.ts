// Imported by main.tsx before any words: the app's words wait for their chunks (top-level
// await), and everything imported after them waits too. Nothing here needs a word, so the
// session check and this address's page code are asked for at the same moment as the words,
// not one round trip after them (Lighthouse's waterfall on Home, issue 11).
import { preloadPageFor } from './first-pages.ts';
import { beginSessionCheck } from './lib/session.tsx';

beginSessionCheck();
preloadPageFor(window.location.pathname);
