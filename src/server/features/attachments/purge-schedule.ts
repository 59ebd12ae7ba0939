// Runs the purge of expired files' bytes at start-up and then every hour. The timer does not keep
// the process alive, and a failed run is logged and tried again at the next hour: the bytes stay,
// which is safe, and the quota check purges the person's own expired files on each upload anyway.
import type { FastifyBaseLogger } from 'fastify';

export const PURGE_EVERY_MS = 60 * 60 * 1000;

export function schedulePurge(
  purge: () => Promise<number>,
  log: FastifyBaseLogger,
  everyMs = PURGE_EVERY_MS,
): { stop(): void; done: Promise<void> } {
  const run = async () => {
    try {
      const purged = await purge();
      if (purged > 0) log.info({ purged }, 'purged the bytes of files past the undo window');
    } catch (error) {
      log.error(
        { err: { type: (error as Error).name } },
        'purging files past the undo window failed',
      );
    }
  };
  const done = run();
  const timer = setInterval(run, everyMs);
  timer.unref();
  return { stop: () => clearInterval(timer), done };
}
