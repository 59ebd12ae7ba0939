// Who is signed in. The session cookie is HttpOnly, so on every page load the app asks the
// server; the CSRF token from that answer is kept in memory for the requests that change things.
import { type ComponentChildren, createContext } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { Account, SessionCheck, SessionInfo } from '../../domain/auth/auth.schema.ts';
import { mustUseSecondFactor } from '../../domain/auth/staff.ts';
import { type ApiError, api, asApiError, setCsrfToken, whenSessionEnds } from './api.ts';
import { followAccount } from './language.ts';

export type SessionState =
  | { status: 'loading' }
  | { status: 'unavailable'; error: ApiError }
  | { status: 'signed-out' }
  | { status: 'signed-in'; account: Account };

type SessionContextValue = {
  state: SessionState;
  /** Store a session the server just created (sign-in or sign-up). */
  start(session: SessionInfo): void;
  /** Ask the server to end the session; resolves when it has. */
  signOut(): Promise<void>;
  /** The signed-in account changed (a new name, the welcome shown): keep the shell in step. */
  update(change: Partial<Account>): void;
  check(): void;
};

const SessionContext = createContext<SessionContextValue | null>(null);

/** The first session check, sent at start before the first render (main.tsx); used once. */
let firstCheck: Promise<SessionCheck> | null = null;

/**
 * Sends the session check now, so it travels while the first render and the page's code are
 * under way; the session provider takes this answer instead of asking again.
 */
export function beginSessionCheck(): Promise<SessionCheck> {
  const check = api.get<SessionCheck>('/auth/session');
  firstCheck = check;
  // Read by the provider, which handles a failure; this only keeps it from being unhandled.
  check.catch(() => undefined);
  return check;
}

export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  const end = useCallback(() => {
    setCsrfToken(null);
    setState({ status: 'signed-out' });
  }, []);

  useEffect(() => {
    const controller = new AbortController();
    const early = firstCheck;
    firstCheck = null;
    (early ?? api.get<SessionCheck>('/auth/session', controller.signal)).then(
      (session) => {
        // The early check is not aborted with the effect: its answer is dropped instead.
        if (controller.signal.aborted) return;
        if (session.account === null) return end();
        setCsrfToken(session.csrfToken);
        // The account's language wins over this device's; the page shows once its words are here.
        followAccount(session.account.language).finally(() => {
          if (!controller.signal.aborted)
            setState({ status: 'signed-in', account: session.account });
        });
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const apiError = asApiError(error);
        if (apiError.status === 401) end();
        else setState({ status: 'unavailable', error: apiError });
      },
    );
    return () => controller.abort();
  }, [attempt, end]);

  // Stable, so a page may call it from an effect that runs once.
  const update = useCallback((change: Partial<Account>) => {
    setState((now) =>
      now.status === 'signed-in' ? { ...now, account: { ...now.account, ...change } } : now,
    );
  }, []);

  useEffect(() => {
    whenSessionEnds(end);
    return () => whenSessionEnds(null);
  }, [end]);

  const value = useMemo<SessionContextValue>(
    () => ({
      state,
      start(session) {
        setCsrfToken(session.csrfToken);
        setState({ status: 'signed-in', account: session.account });
        followAccount(session.account.language);
      },
      async signOut() {
        try {
          await api.post<void>('/auth/sign-out');
        } catch (error) {
          // Already signed out (the session timed out): that is what the person wanted.
          if (asApiError(error).status !== 401) throw error;
        }
        end();
      },
      update,
      check() {
        setState({ status: 'loading' });
        setAttempt((n) => n + 1);
      },
    }),
    [state, end, update],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in account's id, or null (signed out, or outside the session provider). */
export function useSignedInId(): string | null {
  const state = useContext(SessionContext)?.state;
  return state?.status === 'signed-in' ? state.account.id : null;
}

/** The signed-in account. Only for pages behind the sign-in guard. */
export function useAccount(): Account {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useAccount used on a signed-out page');
  return state.account;
}

/**
 * The signed-in account's role, for what the account itself may do (close itself, which second
 * factors it needs). Never a record's person: that comes from the record context.
 */
export function useAccountRole(): Account['role'] | null {
  const state = useContext(SessionContext)?.state;
  return state?.status === 'signed-in' ? state.account.role : null;
}

/**
 * Whether the signed-in account must still set up two-step sign-in (staff, decision 0039), and
 * a way to record that it changed: on once confirmed, needed again if a staff account turns it
 * off. Only for pages behind the sign-in guard.
 */
export function useSecondFactorRequired(): {
  required: boolean;
  changed(on: boolean): void;
} {
  const { state, update } = useSession();
  if (state.status !== 'signed-in') throw new Error('used on a signed-out page');
  const { role, secondFactorRequired } = state.account;
  return {
    required: secondFactorRequired,
    changed: (on) => update({ secondFactorRequired: !on && mustUseSecondFactor(role) }),
  };
}
