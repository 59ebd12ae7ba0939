// Resident memory of a freshly started server before load, halfway through and at the end of a
// long mixed load (reads and writes together, the chart answer now and then), and its peak.
import type { Options } from './options.ts';
import { memoryOf } from './process-stats.ts';
import type { MemoryFigures } from './report.ts';
import { mixedRequests } from './routes.ts';
import { runLoad } from './run-load.ts';
import type { Seeded } from './seed.ts';
import type { Running } from './servers.ts';

export async function measureMemory(
  server: Running,
  seeded: Seeded,
  options: Options,
  log: (line: string) => void,
): Promise<MemoryFigures> {
  const seconds = options.memoryMinutes * 60;
  const beforeKiB = memoryOf(server.pid).rssKiB;
  let halfwayKiB = Number.NaN;
  let endKiB = Number.NaN;
  const timers: NodeJS.Timeout[] = [];
  const rss = () => memoryOf(server.pid).rssKiB;
  log(`  memory: ${options.memoryMinutes} min of mixed load; before ${mib(beforeKiB)} MiB`);
  const measured = await runLoad(
    {
      generator: 'autocannon',
      url: server.url,
      connections: options.connections,
      duration: seconds,
      headers: options.acceptEncoding ? { 'accept-encoding': options.acceptEncoding } : {},
      requests: await mixedRequests(seeded, server.url),
    },
    { serverPid: server.pid },
    () => {
      timers.push(setTimeout(() => (halfwayKiB = rss()), (seconds / 2) * 1000));
      // Just before the load stops, so the figure is "after N minutes of load", not after it.
      timers.push(setTimeout(() => (endKiB = rss()), Math.max(0, seconds - 1) * 1000));
      let minute = 0;
      timers.push(
        setInterval(() => {
          minute += 1;
          log(`  memory: after ${minute} min ${mib(rss())} MiB`);
        }, 60_000),
      );
    },
  );
  for (const timer of timers) clearTimeout(timer);
  return {
    minutes: options.memoryMinutes,
    beforeKiB,
    halfwayKiB,
    endKiB: Number.isFinite(endKiB) ? endKiB : rss(),
    peakKiB: memoryOf(server.pid).peakRssKiB,
    requestsPerSecond: measured.requestsPerSecond,
    non2xx: measured.non2xx,
    errors: measured.errors,
  };
}

const mib = (kib: number) => (kib / 1024).toFixed(0);
