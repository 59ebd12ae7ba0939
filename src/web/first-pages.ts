// The pages most often opened first, apart from the rest of the app, so that their code can be
// asked for before the app's words have loaded (early-start.ts).
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

const FIRST_PAGES: Record<string, { preload(): void }> = {
  '/': HomePage,
  '/sign-in': SignInPage,
  '/crisis-plan': CrisisPlanPage,
  '/check-in': CheckInPage,
  '/journal': JournalPage,
};

/**
 * Asks for the code of the page at this address while the session check is still under way,
 * instead of after it (one round trip less before the page shows). For an address not listed
 * nothing is fetched early; a page that turns out not to be shown (signed out at "/") costs
 * one small fetch.
 */
export function preloadPageFor(pathname: string): void {
  FIRST_PAGES[pathname]?.preload();
}
