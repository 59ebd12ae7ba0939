// What the time-out warning shows at a given moment, as a pure rule the component follows.

/**
 * quiet: nothing shown. warning: "You will be signed out soon", with "Stay signed in".
 * cannot-extend: the session's absolute limit is near and staying is not possible.
 * ended: the session ended while the warning was open. dismissed: closed by the person until
 * the session is renewed.
 */
export type Phase = 'quiet' | 'warning' | 'cannot-extend' | 'ended' | 'dismissed';

export const isOpen = (phase: Phase) =>
  phase === 'warning' || phase === 'cannot-extend' || phase === 'ended';

/** While a warning is due but the page has no form, look again this often (the page may change). */
export const LOOK_AGAIN_MS = 10_000;

/**
 * The phase at `now` for a session that ends at `endsAt` and is warned about `leadMs` before,
 * and how long until it should be worked out again (null: nothing will change by itself).
 * Only a page with a form warns: elsewhere nothing typed can be lost.
 */
export function nextPhase(
  phase: Phase,
  {
    now,
    endsAt,
    leadMs,
    hasForm,
  }: { now: number; endsAt: number; leadMs: number; hasForm: boolean },
): { phase: Phase; lookAgainInMs: number | null } {
  if (now >= endsAt) {
    const warned = phase === 'warning' || phase === 'cannot-extend';
    return { phase: warned ? 'ended' : phase, lookAgainInMs: null };
  }
  const untilEnd = endsAt - now;
  if (untilEnd <= leadMs) {
    if (phase !== 'quiet') return { phase, lookAgainInMs: untilEnd };
    if (hasForm) return { phase: 'warning', lookAgainInMs: untilEnd };
    return { phase, lookAgainInMs: Math.min(LOOK_AGAIN_MS, untilEnd) };
  }
  // Renewed (here, in another tab, or by anything the page asked): nothing to warn about yet.
  return { phase: 'quiet', lookAgainInMs: untilEnd - leadMs };
}
