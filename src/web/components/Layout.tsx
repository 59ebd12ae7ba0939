import '../../domain/i18n/core.messages.ts';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { Link, useLocation } from 'wouter-preact';
import { t } from '../../domain/i18n/translate.ts';
import { NotificationsLink } from '../features/notifications/NotificationsLink.tsx';
import { requestHeadingFocus } from '../lib/focus.ts';
import { readDeviceCopy, removeOtherPersonsCopy } from '../lib/offline.ts';
import { useSession } from '../lib/session.tsx';
import { signOutHere } from '../lib/sign-out.ts';
import { LanguagePicker } from './LanguagePicker.tsx';
import { QuickExit } from './QuickExit.tsx';

function NavLink({ href, children }: { href: string; children: ComponentChildren }) {
  const [location] = useLocation();
  const current = href === '/' ? location === '/' : location.startsWith(href);
  return (
    <li>
      <Link href={href} class="nav__link" aria-current={current ? 'page' : undefined}>
        {children}
      </Link>
    </li>
  );
}

/** Skip link, header with the main navigation, and the main landmark every page sits in. */
export function Layout({ children }: { children: ComponentChildren }) {
  const { state, signOut } = useSession();
  const [location, navigate] = useLocation();
  const [signOutProblem, setSignOutProblem] = useState<string | null>(null);
  const [menuOpen, setMenuOpen] = useState(false);
  const firstPage = useRef(true);

  // Runs as the new page is put on screen, before anyone can click into it.
  useLayoutEffect(() => {
    if (firstPage.current) {
      firstPage.current = false;
      return;
    }
    document.documentElement.scrollTop = 0;
    setSignOutProblem(null);
    setMenuOpen(false);
    requestHeadingFocus();
  }, [location]);

  const accountId = state.status === 'signed-in' ? state.account.id : null;
  useEffect(() => {
    // A crisis plan kept on this device by someone else who used it is not for this person.
    if (accountId) removeOtherPersonsCopy(accountId);
  }, [accountId]);

  // Signed out by the time-out, the crisis plan kept on this device still opens: link to it.
  // Looked at again on each page, so signing out on purpose (which removes it) hides the link.
  const [keptHere, setKeptHere] = useState(false);
  useEffect(() => {
    if (state.status !== 'signed-out') return;
    let live = true;
    readDeviceCopy().then((copy) => live && setKeptHere(copy !== null));
    return () => {
      live = false;
    };
  }, [state.status, location]);

  const signOutNow = async () => {
    try {
      await signOutHere(signOut, navigate);
    } catch {
      setSignOutProblem(t('auth.signOutFailed'));
    }
  };

  const signedIn = state.status === 'signed-in';
  // A supporter's or practitioner's account owns no person's record: no links into one of its
  // own (a supporter's own space is reached from People I support).
  const ownsRecord = state.status === 'signed-in' && state.account.role === 'person';
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <QuickExit />
      {/* Signed in, wide screens put the navigation in a side list beside the page (base.css). */}
      <div class={signedIn ? 'frame frame--side' : 'frame'}>
        <header class="header">
          <div class="container header__inner">
            <Link href="/" class="header__name">
              {t('app.name')}
            </Link>
            <nav aria-label={t('nav.label')} class="nav">
              {signedIn ? (
                <>
                  {/* On phones only these two and Menu show; the rest open from Menu. */}
                  <ul class="nav__list">
                    <NavLink href="/">{t('nav.home')}</NavLink>
                    {ownsRecord && <NavLink href="/crisis-plan">{t('nav.crisisPlan')}</NavLink>}
                    <NotificationsLink />
                    <li class="nav__menu-item">
                      <button
                        type="button"
                        class="nav__link nav__button"
                        aria-expanded={menuOpen}
                        aria-controls="nav-more"
                        onClick={() => setMenuOpen(!menuOpen)}
                      >
                        {t('nav.menu')}
                      </button>
                    </li>
                  </ul>
                  <ul
                    id="nav-more"
                    class="nav__list nav__more"
                    data-open={menuOpen ? 'true' : 'false'}
                  >
                    {ownsRecord && (
                      <>
                        <NavLink href="/about-me">{t('nav.aboutMe')}</NavLink>
                        <NavLink href="/goals">{t('nav.goals')}</NavLink>
                        <NavLink href="/plans">{t('nav.plans')}</NavLink>
                        <NavLink href="/support-network">{t('nav.supportNetwork')}</NavLink>
                        <NavLink href="/check-in">{t('nav.checkIn')}</NavLink>
                        <NavLink href="/how-i-am-doing">{t('nav.progress')}</NavLink>
                        <NavLink href="/journal">{t('nav.journal')}</NavLink>
                        <NavLink href="/questionnaires">{t('nav.questionnaires')}</NavLink>
                        <NavLink href="/reviews">{t('nav.reviews')}</NavLink>
                        <NavLink href="/sharing">{t('nav.sharing')}</NavLink>
                      </>
                    )}
                    <NavLink href="/settings">{t('nav.settings')}</NavLink>
                    {/* Set apart from the links: it is an action, not a place. */}
                    <li class="nav__sign-out">
                      <button
                        type="button"
                        class="nav__link nav__button"
                        data-leaves="sign-out"
                        onClick={signOutNow}
                      >
                        {t('nav.signOut')}
                      </button>
                    </li>
                  </ul>
                </>
              ) : (
                <ul class="nav__list">
                  {(state.status === 'unavailable' || keptHere) && (
                    // No connection, or timed out: the crisis plan may still open from this device.
                    <NavLink href="/crisis-plan">{t('nav.crisisPlan')}</NavLink>
                  )}
                  <NavLink href="/sign-in">{t('nav.signIn')}</NavLink>
                  <NavLink href="/sign-up">{t('nav.signUp')}</NavLink>
                </ul>
              )}
            </nav>
          </div>
        </header>
        <main id="main" class="container main" tabIndex={-1}>
          {signOutProblem && (
            <p class="problem" role="alert">
              {signOutProblem}
            </p>
          )}
          {children}
        </main>
        <footer class="container footer">
          <LanguagePicker signedIn={signedIn} />
        </footer>
      </div>
    </>
  );
}
