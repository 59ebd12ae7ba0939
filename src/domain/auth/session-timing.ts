// How long a session has left. The server says so on every answer to a signed-in request, so the
// web app can warn before the idle time-out and offer "Stay signed in" (WCAG 2.2.1, Timing
// Adjustable). A count of seconds, not a time, so the two clocks need not agree.

/** Response header: whole seconds until the session ends if nothing more is asked of the server. */
export const SESSION_ENDS_IN_HEADER = 'x-waymark-session-ends-in';

/** A few minutes' warning, enough to come back to the screen and press one button. */
export const WARN_BEFORE_MS = 3 * 60_000;

/**
 * How long before the end to warn, for a session that lasts `sessionSeconds` when renewed: a
 * few minutes, or half of a very short session (never less than the 20 seconds WCAG asks for
 * unless the session itself is shorter than 40 seconds, which the configuration does not allow).
 */
export function warningLeadMs(sessionSeconds: number): number {
  return Math.min(WARN_BEFORE_MS, sessionSeconds * 500);
}
