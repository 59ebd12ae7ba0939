// The pages most often opened first, apart from the rest of the app, so that their code and their
// words can be asked for before the app's core words have loaded (early-start.ts).
import type { LanguageCode } from '../domain/i18n/languages.ts';
import { locale } from '../domain/i18n/translate.ts';
import signInWords from './features/auth/SignInPage.tsx?words';
import checkInWords from './features/checkins/CheckInPage.tsx?words';
import crisisPlanWords from './features/crisis-plan/CrisisPlanPage.tsx?words';
import homeWords from './features/home/HomePage.tsx?words';
import journalWords from './features/journal/JournalPage.tsx?words';
import { lazyPage } from './lib/lazy.tsx';

export const SignInPage = lazyPage(() =>
  import('./features/auth/SignInPage.tsx').then((m) => m.SignInPage),
);
export const HomePage = lazyPage(() =>
  import('./features/home/HomePage.tsx').then((m) => m.HomePage),
);
export const CrisisPlanPage = lazyPage(() =>
  import('./features/crisis-plan/CrisisPlanPage.tsx').then((m) => m.CrisisPlanPage),
);
export const CheckInPage = lazyPage(() =>
  import('./features/checkins/CheckInPage.tsx').then((m) => m.CheckInPage),
);
export const JournalPage = lazyPage(() =>
  import('./features/journal/JournalPage.tsx').then((m) => m.JournalPage),
);

type FirstPage = { page: { preload(): void }; words: (language: LanguageCode) => void };

const FIRST_PAGES: Record<string, FirstPage> = {
  '/': { page: HomePage, words: homeWords },
  '/sign-in': { page: SignInPage, words: signInWords },
  '/crisis-plan': { page: CrisisPlanPage, words: crisisPlanWords },
  '/check-in': { page: CheckInPage, words: checkInWords },
  '/journal': { page: JournalPage, words: journalWords },
};

/**
 * Asks for the words and the code of the page at this address while the session check is still
 * under way, instead of after it: the words of all its parts, the core's included, in one file
 * (decision 0057), then its code. For an address not listed nothing is fetched early; a page
 * that turns out not to be shown (signed out at "/") costs two small fetches.
 */
export function preloadPageFor(pathname: string): void {
  const first = FIRST_PAGES[pathname];
  if (!first) return;
  // With no network, the words come from the parts' own files, which the service worker keeps
  // for the crisis plan (this one file it does not keep).
  if (navigator.onLine) first.words(locale());
  // The code a moment later, so its files queue behind the words' file, which the first render
  // needs first (the build's loader asks for the words one microtask after this call, but for
  // the files the page's code imports at once).
  queueMicrotask(() => first.page.preload());
}
