// Sends emails that are due (new ones a request did not get to, and tries again after a
// failure) at start-up and then every minute. The timer does not keep the process alive; a
// failed run is logged and the emails stay waiting in the outbox for the next one.
import type { FastifyBaseLogger } from 'fastify';

export const EMAILS_EVERY_MS = 60_000;

export function scheduleEmails(
  sendPending: () => Promise<void>,
  log: FastifyBaseLogger,
  everyMs = EMAILS_EVERY_MS,
): { stop(): void } {
  const run = () =>
    sendPending().catch((error: Error) =>
      log.error({ err: { type: error.name } }, 'sending waiting emails failed'),
    );
  void run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer) };
}
