import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useLocation } from 'wouter-preact';
import { t } from '../../domain/i18n/translate.ts';
import { rememberReturnTo } from '../lib/flash.ts';
import { useSession } from '../lib/session.tsx';

function Checking() {
  return (
    <p class="loading" role="status">
      {t('app.loading')}
    </p>
  );
}

function Unavailable() {
  const { check } = useSession();
  return (
    <div class="problem" role="alert">
      <p>{t('app.loadFailed')}</p>
      <button type="button" class="button button--secondary" onClick={check}>
        {t('app.tryAgain')}
      </button>
    </div>
  );
}

function Go({ to, from }: { to: string; from?: string }) {
  const [, navigate] = useLocation();
  useEffect(() => {
    if (from) rememberReturnTo(from);
    navigate(to, { replace: true });
  }, [to, from, navigate]);
  return null;
}

/** Sends a signed-out visitor to Sign in, to be brought back here afterwards. */
export function SignInFirst() {
  const [location] = useLocation();
  return <Go to="/sign-in" from={location} />;
}

/**
 * Pages of the record: signed-out visitors are sent to Sign in, then brought back. When the
 * server cannot be reached, `whenUnavailable` (if given) is shown instead of the error, and
 * when signed out, `whenSignedOut` instead of Sign in: such as the crisis plan kept on this
 * device.
 */
export function RequireSignIn({
  children,
  whenUnavailable,
  whenSignedOut,
}: {
  children: ComponentChildren;
  whenUnavailable?: ComponentChildren;
  whenSignedOut?: ComponentChildren;
}) {
  const { state } = useSession();
  if (state.status === 'loading') return <Checking />;
  if (state.status === 'unavailable')
    return whenUnavailable ? <>{whenUnavailable}</> : <Unavailable />;
  if (state.status === 'signed-out') return whenSignedOut ? <>{whenSignedOut}</> : <SignInFirst />;
  // The same element either way, so turning it on does not remount the page (and lose, say,
  // the recovery codes Settings is showing).
  return (
    <SetUpSecondFactorFirst required={state.account.secondFactorRequired}>
      {children}
    </SetUpSecondFactorFirst>
  );
}

/** Where staff set up two-step sign-in; the only page they may open until it is on. */
export const SECOND_FACTOR_PAGE = '/settings';

/**
 * Staff (practitioners, service admins) see nothing of any person until two-step sign-in is
 * on (decision 0039): every page but Settings sends them there, where it says why.
 */
function SetUpSecondFactorFirst({
  required,
  children,
}: {
  required: boolean;
  children: ComponentChildren;
}) {
  const [location] = useLocation();
  if (required && location !== SECOND_FACTOR_PAGE) return <Go to={SECOND_FACTOR_PAGE} />;
  return <>{children}</>;
}

/** Sign in and sign up: someone already signed in goes to their home page. */
export function RequireSignedOut({ children }: { children: ComponentChildren }) {
  const { state } = useSession();
  if (state.status === 'loading') return <Checking />;
  if (state.status === 'signed-in') return <Go to="/" />;
  return <>{children}</>;
}
