// The suite's settings, from environment variables and flags, checked once so a typo stops
// the run at the start instead of after twenty minutes of load.

export const ROUTE_NAMES = [
  'home',
  'about-me',
  'goals',
  'save-about-me',
  'checkin',
  'chart',
  'chart-series',
  'emergency',
  'shared-read',
  'caseload',
] as const;
export type RouteName = (typeof ROUTE_NAMES)[number];

export const DATABASE_NAMES = ['sqlite', 'postgres'] as const;
export type DatabaseName = (typeof DATABASE_NAMES)[number];

/** load: the interleaved saturation rounds; s2: the fixed arrival rate; memory: the long run. */
export const PARTS = ['load', 's2', 'memory'] as const;
export type Part = (typeof PARTS)[number];

export type Options = {
  rounds: number;
  /** Seconds per measured run. */
  duration: number;
  connections: number;
  /** Seconds of unmeasured load on each target before the first round (JIT, caches). */
  warmup: number;
  routes: RouteName[];
  databases: DatabaseName[];
  parts: Part[];
  /** S2: requests per second, and seconds per run. */
  rate: number;
  rateDuration: number;
  memoryMinutes: number;
  /** Sent with every request to the real server, as a browser does; '' sends none. */
  acceptEncoding: string;
  /** Years of daily check-ins behind the chart page. */
  chartYears: number;
  /** The PostgreSQL server the scratch database is made on (and dropped from). */
  postgresAdminUrl: string;
  writeDocs: boolean;
};

function positive(env: Record<string, string | undefined>, name: string, fallback: number) {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a number above 0`);
  return value;
}

function listOf<T extends string>(
  env: Record<string, string | undefined>,
  name: string,
  allowed: readonly T[],
): T[] {
  const text = env[name];
  if (text === undefined || text.trim() === '' || text.trim() === 'all') return [...allowed];
  const chosen = text.split(',').map((part) => part.trim()) as T[];
  const unknown = chosen.filter((part) => !allowed.includes(part));
  if (unknown.length > 0)
    throw new Error(`${name}: unknown ${unknown.join(', ')} (choose from ${allowed.join(', ')})`);
  // In the suite's own order, whatever order they were typed in.
  return allowed.filter((part) => chosen.includes(part));
}

export function readOptions(
  env: Record<string, string | undefined>,
  argv: readonly string[],
): Options {
  const unknownFlags = argv.filter((arg) => arg !== '--write-docs');
  if (unknownFlags.length > 0) throw new Error(`unknown argument ${unknownFlags.join(' ')}`);
  const duration = positive(env, 'DURATION', 10);
  return {
    rounds: Math.round(positive(env, 'ROUNDS', 3)),
    duration,
    connections: Math.round(positive(env, 'CONNECTIONS', 50)),
    warmup: env.WARMUP === '0' ? 0 : positive(env, 'WARMUP', 3),
    routes: listOf(env, 'ROUTES', ROUTE_NAMES),
    databases: listOf(env, 'DATABASES', DATABASE_NAMES),
    parts: listOf(env, 'SUITE', PARTS),
    rate: positive(env, 'RATE', 2000),
    rateDuration: positive(env, 'RATE_DURATION', duration),
    memoryMinutes: positive(env, 'MEMORY_MINUTES', 10),
    acceptEncoding: env.ACCEPT_ENCODING ?? 'gzip, deflate, br',
    chartYears: positive(env, 'CHART_YEARS', 5),
    postgresAdminUrl: env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
    writeDocs: argv.includes('--write-docs'),
  };
}
