// Warns a few minutes before the session times out, on a page with a form, so nothing typed is
// lost to the idle limit (WCAG 2.2.1, Timing Adjustable). "Stay signed in" asks the server for
// the session, which renews it like any request. A modal alert dialog: screen readers announce
// it, focus goes to its button, Escape does the same as the button, and focus goes back to
// where it was. Tabs share what they learn, so renewing in one closes the warning in the others.
import '../../../domain/i18n/session.messages.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionCheck } from '../../../domain/auth/auth.schema.ts';
import { warningLeadMs } from '../../../domain/auth/session-timing.ts';
import { formatTime, t } from '../../../domain/i18n/translate.ts';
import { noteSessionTime, type SessionTime, watchSessionTime } from '../../lib/api.ts';
import { isOpen, nextPhase, type Phase } from './timeout-phase.ts';

const CHANNEL = 'waymark-session-time';

function pageHasForm(): boolean {
  return document.querySelector('main form') !== null;
}

/** The session times this tab and the others learn, keeping the latest end. */
function useSessionTime(): { time: SessionTime; longestSeconds: number } {
  const [time, setTime] = useState<SessionTime>({ endsAt: 0, seconds: 0 });
  // The full length of a renewed session, for how early to warn.
  const longest = useRef(0);
  useEffect(() => {
    const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : null;
    const take = (next: SessionTime) => {
      longest.current = Math.max(longest.current, next.seconds);
      setTime((current) => (next.endsAt > current.endsAt ? next : current));
    };
    const learn = (next: SessionTime) => {
      take(next);
      channel?.postMessage(next);
    };
    const known = watchSessionTime(learn);
    if (known.endsAt > 0) learn(known);
    if (channel) channel.onmessage = (event: MessageEvent<SessionTime>) => take(event.data);
    return () => {
      watchSessionTime(null);
      channel?.close();
    };
  }, []);
  return { time, longestSeconds: longest.current };
}

export function TimeoutWarning() {
  const { time, longestSeconds } = useSessionTime();
  const leadMs = warningLeadMs(longestSeconds);
  const [phase, setPhase] = useState<Phase>('quiet');
  const [tick, setTick] = useState(0);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  // Work the phase out now, and again when it may next change (or the tab is looked at again).
  useEffect(() => {
    if (time.endsAt === 0) return;
    const next = nextPhase(phase, {
      now: Date.now(),
      endsAt: time.endsAt,
      leadMs,
      hasForm: pageHasForm(),
    });
    if (next.phase !== phase) {
      setPhase(next.phase);
      return;
    }
    const again = () => setTick((n) => n + 1);
    document.addEventListener('visibilitychange', again);
    const timer = next.lookAgainInMs === null ? undefined : setTimeout(again, next.lookAgainInMs);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', again);
    };
  }, [time, phase, leadMs, tick]);

  // Open and close the dialog with the phase. A new phase while open is shown as a new dialog,
  // so screen readers announce its words rather than only the button that now has focus.
  const shown = useRef<Phase>('quiet');
  useEffect(() => {
    const element = dialog.current;
    if (!element || shown.current === phase) return;
    const was = shown.current;
    shown.current = phase;
    setProblem(null);
    if (isOpen(phase)) {
      if (!isOpen(was)) returnFocus.current = document.activeElement as HTMLElement | null;
      if (element.open) element.close();
      element.showModal();
    } else if (isOpen(was)) {
      element.close();
      if (returnFocus.current?.isConnected) returnFocus.current.focus();
      returnFocus.current = null;
    }
  }, [phase]);

  const stay = async () => {
    setBusy(true);
    setProblem(null);
    const sentAt = Date.now();
    try {
      // Not through api.get: a 401 here must not leave the page, where the typed text is.
      const response = await fetch('/api/auth/session', {
        headers: { Accept: 'application/json' },
        credentials: 'same-origin',
      });
      const renewed = noteSessionTime(response, sentAt);
      // Once the session has ended the check answers that nobody is signed in (or a 401).
      const answer = response.ok
        ? ((await response.json().catch(() => null)) as SessionCheck | null)
        : null;
      if (response.status === 401 || answer?.account === null) setPhase('ended');
      else if (!response.ok) setProblem(t('errors.network'));
      else if (renewed && renewed.endsAt - Date.now() <= leadMs) setPhase('cannot-extend');
      // Otherwise the new time has come through watchSessionTime and the warning closes.
    } catch {
      setProblem(t('errors.network'));
    } finally {
      setBusy(false);
    }
  };

  const endsAt = formatTime(new Date(time.endsAt || Date.now()).toISOString());
  const words =
    phase === 'ended'
      ? { title: t('session.ended.title'), body: t('session.ended.body') }
      : phase === 'cannot-extend'
        ? {
            title: t('session.cannotExtend.title', { time: endsAt }),
            body: t('session.cannotExtend.body'),
          }
        : { title: t('session.warning.title'), body: t('session.warning.body', { time: endsAt }) };
  const canStay = phase === 'warning';
  const act = () => {
    if (busy) return;
    if (canStay) stay();
    else setPhase('dismissed');
  };

  return (
    <dialog
      ref={dialog}
      class="timeout no-print"
      role="alertdialog"
      aria-labelledby="timeout-title"
      aria-describedby="timeout-body"
      onCancel={(event) => {
        // Escape: the same as the one button, never a silent way to be signed out.
        event.preventDefault();
        act();
      }}
    >
      {isOpen(phase) && (
        <>
          <h2 id="timeout-title" class="timeout__title">
            {words.title}
          </h2>
          <p id="timeout-body">{words.body}</p>
          {problem && (
            <p class="problem" role="alert">
              {problem}
            </p>
          )}
          {/* Not disabled while busy: a disabled button would lose the focus. */}
          <button type="button" class="button" onClick={act}>
            {canStay ? t('session.warning.stay') : t('session.close')}
          </button>
        </>
      )}
    </dialog>
  );
}
