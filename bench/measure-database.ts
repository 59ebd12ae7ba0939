// Everything the suite measures on one database: seeds it through the API, then the interleaved
// saturation rounds, the fixed arrival rate (S2) and the memory run, and answers the section of
// the report for that database.
import { seedCaseload } from './caseload-seed.ts';
import type { BenchDatabase } from './databases.ts';
import type { LoadSpec } from './load-spec.ts';
import { measureMemory } from './memory.ts';
import type { Options } from './options.ts';
import { figure, type LoadRow, loadTable, memoryTable, rateTable, times } from './report.ts';
import { BARE, buildRoutes, CASELOAD_PEOPLE, type Route } from './routes.ts';
import { type Measured, runLoad } from './run-load.ts';
import { seed } from './seed.ts';
import { type Running, startBare, startEmergencyServer, startWaymark } from './servers.ts';
import { perRequestMicros, type RunRecord, summarise } from './summary.ts';

type Servers = { bare: Running; waymark: Running; emergency?: Running };

const log = (line: string) => console.log(line);

function runLine(label: string, m: Measured): string {
  return (
    `${label.padEnd(44)} ${figure(m.requestsPerSecond).padStart(7)} req/s  ` +
    `p50 ${figure(m.latency.p50, 1)}  p99 ${figure(m.latency.p99, 1)}  p99.9 ${figure(m.latency.p999, 1)} ms  ` +
    `server ${figure(perRequestMicros(m.serverCpuSeconds, m.responses))} µs/req  ` +
    `generator ${figure((m.generatorCpuSeconds / m.seconds) * 100)}% of a core` +
    (m.sendDelayP99 === undefined ? '' : `, sent late by ${figure(m.sendDelayP99, 1)} ms (p99)`) +
    (m.autocannonP99 === undefined ? '' : `, autocannon's own p99 ${figure(m.autocannonP99)} ms`) +
    (m.non2xx || m.errors ? `  NON-2XX ${m.non2xx} ERRORS ${m.errors}` : '')
  );
}

export async function measureDatabase(
  database: BenchDatabase,
  options: Options,
  onCleanup: (cleanup: () => Promise<void>) => void,
): Promise<string> {
  log(`\n== ${database.description}`);
  const started: Running[] = [];
  const start = async (starting: Promise<Running>) => {
    const server = await starting;
    started.push(server);
    onCleanup(() => server.stop());
    return server;
  };
  const chosen = (name: Route['name']) => options.routes.some((route) => route === name);
  const servers: Servers = {
    bare: await start(startBare()),
    waymark: await start(startWaymark(database.env)),
  };
  if (options.parts.includes('load') && chosen('emergency'))
    servers.emergency = await start(startEmergencyServer(database.env));

  log('  seeding through the API…');
  const seeded = await seed(
    servers.waymark.url,
    {
      writers: options.connections,
      // Years of check-ins take a while to seed: only when something reads them.
      chartYears:
        (options.parts.includes('load') && (chosen('chart') || chosen('chart-series'))) ||
        options.parts.includes('memory')
          ? options.chartYears
          : 0,
    },
    log,
  );
  if (options.parts.includes('load') && chosen('caseload')) {
    const began = performance.now();
    seeded.caseloadCookie = await seedCaseload(database.env, CASELOAD_PEOPLE);
    log(
      `  caseload: ${CASELOAD_PEOPLE} people connected to a practitioner's team in ${figure((performance.now() - began) / 1000)} s`,
    );
  }
  const allRoutes = buildRoutes(seeded, servers.waymark.url);
  const routes = allRoutes.filter((route) => chosen(route.name));
  const headers: Record<string, string> = options.acceptEncoding
    ? { 'accept-encoding': options.acceptEncoding }
    : {};

  const serverOf = (route: Route) => servers[route.target] ?? servers.waymark;
  const quietPids = async () => [
    ...Object.values(servers).map((server) => server.pid),
    ...((await database.backendPids?.()) ?? []),
  ];
  const measure = async (
    route: Route,
    duration: number,
    extra: Partial<LoadSpec> = {},
  ): Promise<Measured> => {
    const server = serverOf(route);
    return runLoad(
      {
        generator: 'autocannon',
        url: server.url,
        connections: options.connections,
        duration,
        headers: route.target === 'bare' ? {} : headers,
        requests: await route.requests(),
        ...extra,
      },
      {
        serverPid: server.pid,
        ...(route.target !== 'bare' && database.backendPids
          ? { databasePids: database.backendPids }
          : {}),
        quietPids,
      },
    );
  };

  const chart = seeded.chartAnswer;
  const sections: string[] = [
    `#### ${database.description}`,
    `Seeded through the API in ${figure(seeded.seconds)} s.` +
      (chart
        ? ` The chart answer for ${options.chartYears} years: ${figure(chart.points)} points, ` +
          `${figure(chart.jsonBytes / 1024)} KiB of JSON, ` +
          `${figure(chart.sentBytes / 1024)} KiB sent with brotli.`
        : ''),
  ];

  if (options.parts.includes('load')) {
    const targets = [BARE, ...routes];
    if (options.warmup > 0) {
      log(`  warm-up: ${options.warmup} s on each route`);
      for (const route of targets) await measure(route, options.warmup);
    }
    const runs: RunRecord[] = [];
    for (let round = 1; round <= options.rounds; round += 1) {
      for (const route of targets) {
        const measured = await measure(route, options.duration);
        runs.push({ round, key: route.name, baseline: 'bare', measured });
        log(`  round ${round}/${options.rounds}  ${runLine(route.label, measured)}`);
      }
    }
    const rows: LoadRow[] = [BARE, ...routes].map((route) => ({
      label: route.label,
      summary: summarise(runs, route.name),
    }));
    sections.push(
      `Saturation: ${options.connections} connections, as many requests as they carry.`,
      loadTable(rows, database.name === 'postgres'),
    );
    const owner = summarise(runs, 'about-me');
    const supporter = summarise(runs, 'shared-read');
    if (owner && supporter)
      sections.push(
        `A supporter's shared read ÷ the owner's read of the same section: ` +
          `${times(supporter.requestsPerSecond / owner.requestsPerSecond)}.`,
      );
    const bare = summarise(runs, 'bare');
    if (bare && bare.generatorCpuShare > 0.9)
      sections.push(
        `The load generator used ${figure(bare.generatorCpuShare * 100)}% of a core during ` +
          'the bare runs, so bare Fastify may have been held back by it rather than by itself.',
      );
  }

  if (options.parts.includes('s2')) {
    const aboutMe = allRoutes.find((route) => route.name === 'about-me') as Route;
    const warmedUp = options.parts.includes('load') && chosen('about-me');
    sections.push(await fixedRate(measure, aboutMe, options, warmedUp));
  }

  if (options.parts.includes('memory')) {
    // A fresh server, so "before load" is a server that has served nothing yet.
    await servers.waymark.stop();
    servers.waymark = await start(startWaymark(database.env));
    const memory = await measureMemory(servers.waymark, seeded, options, log);
    sections.push(
      `Memory: a freshly started server under ${options.memoryMinutes} ` +
        `minute${options.memoryMinutes === 1 ? '' : 's'} of mixed load ` +
        `(${options.connections} connections: Home's requests, saves, check-ins, shared reads, ` +
        'now and then the chart answer).',
      memoryTable(memory),
    );
  }

  for (const server of started) await server.stop();
  return sections.join('\n\n');
}

/** S2: bare Fastify and About me at a fixed rate, paced evenly and with autocannon -R. */
async function fixedRate(
  measure: (route: Route, duration: number, extra?: Partial<LoadSpec>) => Promise<Measured>,
  aboutMe: Route,
  options: Options,
  warmedUp: boolean,
): Promise<string> {
  const generators = [
    { key: 'paced', generator: 'paced', label: 'paced evenly' },
    { key: 'autocannon', generator: 'autocannon', label: 'autocannon -R' },
  ] as const;
  if (!warmedUp && options.warmup > 0)
    for (const route of [BARE, aboutMe]) await measure(route, options.warmup);
  const runs: RunRecord[] = [];
  for (let round = 1; round <= options.rounds; round += 1) {
    for (const { key, generator, label } of generators) {
      for (const route of [BARE, aboutMe]) {
        const measured = await measure(route, options.rateDuration, {
          generator,
          rate: options.rate,
        });
        runs.push({ round, key: `${key}-${route.name}`, baseline: `${key}-bare`, measured });
        log(
          `  S2 round ${round}/${options.rounds}  ${runLine(`${route.label}, ${label}`, measured)}`,
        );
      }
    }
  }
  const rows: LoadRow[] = generators.flatMap(({ key, label }) =>
    [BARE, aboutMe].map((route) => {
      const summary = summarise(runs, `${key}-${route.name}`);
      return { label: `${route.label}, ${label}`, ...(summary ? { summary } : {}) };
    }),
  );
  return [
    `S2: a fixed rate of ${figure(options.rate)} requests a second for ${options.rateDuration} s ` +
      `(up to ${options.connections} connections). "Paced evenly" sends one request every ` +
      `${figure(1000 / options.rate, 2)} ms and times each from when it was due; autocannon -R ` +
      "sends each second's share at once at the start of the second (docs/performance.md).",
    rateTable(rows, options.rate),
  ].join('\n\n');
}
