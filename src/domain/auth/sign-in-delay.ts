// How long a sign-in must wait after failed ones: nothing for the first few, then 1 s, 2 s,
// 4 s … up to a cap. It is a wait, never a lock: the right password works as soon as the wait
// is over, and attempts made during a wait are refused unchecked, so they neither count nor
// make it longer (decision 0007).
import { type Said, saidValue } from '../i18n/said.ts';

export type DelayPolicy = { freeFailures: number; maxDelaySeconds: number };
/** Recent failures (for one account, address or device) and the time of the latest, ISO UTC. */
export type FailureHistory = { failures: number; lastFailureAt: string | null };

/** The wait, in seconds, that `failures` recent failures earn before the next attempt. */
export function delayAfter(failures: number, policy: DelayPolicy): number {
  if (failures < policy.freeFailures) return 0;
  const doublings = Math.min(failures - policy.freeFailures, 40);
  return Math.min(2 ** doublings, policy.maxDelaySeconds);
}

/** Whole seconds still to wait at `now` (0: the attempt may go ahead). */
export function secondsToWait(history: FailureHistory, policy: DelayPolicy, now: Date): number {
  if (history.lastFailureAt === null) return 0;
  const until = Date.parse(history.lastFailureAt) + delayAfter(history.failures, policy) * 1000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 1000));
}

/** "8 seconds", "1 minute", "5 minutes": a wait as a person would say it, rounded up. */
export function waitInWords(seconds: number): Said {
  if (seconds < 60) return saidValue('time.seconds', { n: seconds });
  const minutes = Math.ceil(seconds / 60);
  return saidValue('time.minutes', { n: minutes });
}
