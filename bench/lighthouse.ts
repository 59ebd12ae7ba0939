// Lighthouse (mobile emulation: a mid-range phone, slow 4G, a slowed CPU) over the pages a person
// opens first: sign-in, Home signed out and in, the crisis plan signed in, and an emergency link
// opened by someone with no account. It prints the scores and the timings behind them; it asserts
// nothing (goals: performance ≥ 95, best practices 100; issue 11). The server runs the built app
// in its own process, on a fresh SQLite database.
// Run: npm run build && node bench/lighthouse.ts   (RUNS=3: the median of three runs per page;
// PAGES=home,crisis-plan,emergency: some pages only; DETAILS=1: layout shifts, the largest paint
// and the requests before it as Lighthouse simulates them)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import * as LanternModule from 'lighthouse/core/lib/lantern/lantern.js';
import { EMPTY_CRISIS_PLAN } from '../src/domain/record/plans.schema.ts';
import { WEB_ROOT } from '../src/server/http/web-app.ts';
import { startServerProcess, stopServer } from '../src/server/test/server-process.ts';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const RUNS = Number(process.env.RUNS ?? 3);
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

type Scores = {
  performance: number;
  bestPractices: number;
  accessibility: number;
  fcp: number;
  lcp: number;
  tbt: number;
  cls: number;
  problems: string[];
};

/** Robin, signed up and welcomed, with a short crisis plan behind an emergency link. */
async function signUp(origin: string): Promise<{ cookie: string; emergencyToken: string }> {
  const response = await fetch(`${origin}/api/auth/sign-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      email: 'lighthouse@example.test',
      password: 'a long enough password',
      displayName: 'Robin',
    }),
  });
  if (response.status !== 201) throw new Error(`sign-up: ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken, account } = (await response.json()) as {
    csrfToken: string;
    account: { id: string };
  };
  const send = async (method: string, route: string, body?: unknown, ifMatch?: string) => {
    const answer = await fetch(`${origin}${route}`, {
      method,
      headers: {
        cookie,
        'x-csrf-token': csrfToken,
        origin,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(ifMatch ? { 'if-match': ifMatch } : {}),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!answer.ok) throw new Error(`${route}: ${answer.status}`);
    return answer;
  };
  // Home opens the welcome until it has been seen once.
  await send('POST', '/api/account/welcomed');
  const record = `/api/people/${account.id}`;
  const words = 'Call my sister first. A quiet room and a walk help.';
  await send(
    'PUT',
    `${record}/crisis-plan`,
    { ...EMPTY_CRISIS_PLAN, signs: words, whatHelps: words },
    'W/"0"',
  );
  const link = await send('POST', `${record}/emergency-links`, { expiresInHours: 24 });
  const { token } = (await link.json()) as { token: string };
  return { cookie, emergencyToken: token };
}

async function audit(url: string, port: number, cookie?: string): Promise<Scores> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'best-practices', 'accessibility'],
    extraHeaders: cookie ? { cookie } : undefined,
  });
  if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
  const ms = (id: string) => Math.round(audits[id]?.numericValue ?? Number.NaN);
  const failing = Object.values(categories['best-practices']?.auditRefs ?? [])
    .map((ref) => audits[ref.id])
    .filter((a) => a && a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
    .map((a) => {
      // The Issues panel's audit lists what Chrome complained of: name it.
      const items = (a?.details as { items?: Array<{ issueType?: string }> } | undefined)?.items;
      const kinds = items?.map((item) => item.issueType).filter(Boolean) ?? [];
      return kinds.length > 0
        ? `${a?.title} (${[...new Set(kinds)].join(', ')})`
        : (a?.title ?? '');
    });
  if (process.env.DETAILS) printDetails(url, audits);
  // A run Lighthouse could not time (its metrics come out as NaN): say why rather than hide it.
  const unmeasured = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time']
    .map((id) => audits[id])
    .filter((audit) => audit?.numericValue === undefined);
  for (const audit of unmeasured)
    console.log(
      `  ${url}: no ${audit?.id}: ${audit?.errorMessage ?? result.lhr.runtimeError?.message}`,
    );
  return {
    performance: score('performance'),
    bestPractices: score('best-practices'),
    accessibility: score('accessibility'),
    fcp: ms('first-contentful-paint'),
    lcp: ms('largest-contentful-paint'),
    tbt: ms('total-blocking-time'),
    cls: Number((audits['cumulative-layout-shift']?.numericValue ?? 0).toFixed(3)),
    problems: failing,
  };
}

type Audits = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr']['audits'];

/** The part of Lighthouse's simulator read here: the timings of its last runs, by label. */
type SimulatedNode = { type: string; request: { url: string } };
const Lantern = LanternModule as unknown as {
  Simulation: {
    Simulator: {
      allNodeTimings: Map<string, Map<SimulatedNode, { startTime: number; endTime: number }>>;
    };
  };
};

/** DETAILS=1: which elements moved and which was the largest paint, to know what to change. */
function printDetails(url: string, audits: Audits): void {
  const items = (id: string) =>
    ((audits[id]?.details as { items?: unknown[] } | undefined)?.items ?? []) as Array<{
      score?: number;
      node?: { snippet?: string; selector?: string };
      items?: Array<{ node?: { snippet?: string } }>;
    }>;
  console.log(`\n${url}`);
  for (const shift of items('layout-shifts'))
    console.log(
      `  shift ${shift.score?.toFixed(3)}: ${shift.node?.selector ?? ''} ${shift.node?.snippet ?? ''}`,
    );
  // The largest paint as Lighthouse works it out: every request that ended before the paint in
  // the real load, replayed on the emulated phone (a 150 ms round trip, 1.6 Mbit/s, six files at
  // a time from one server over HTTP/1.1). When each starts and ends there is what the score
  // sees, and it is seldom what the real load showed (decision 0057).
  const simulated = [...Lantern.Simulation.Simulator.allNodeTimings].find(([label]) =>
    /^optimisticLargestContentfulPaint/.test(label),
  )?.[1];
  const requests = [...(simulated ?? new Map())]
    .filter(([node]) => node.type === 'network')
    .sort(([, a], [, b]) => a.startTime - b.startTime);
  console.log(`  largest paint's requests, simulated (${requests.length}):`);
  for (const [node, timing] of requests)
    console.log(
      `  ${Math.round(timing.startTime)}–${Math.round(timing.endTime)} ms ${node.request.url.replace(/^https?:\/\/[^/]+/, '')}`,
    );
  // The largest paint's element, from whichever audit of this Lighthouse names it.
  for (const id of Object.keys(audits).filter((key) => /lcp|largest/.test(key))) {
    const snippet = /"snippet":"((?:[^"\\]|\\.)*)"/.exec(
      JSON.stringify(audits[id]?.details ?? {}),
    )?.[1];
    if (snippet) console.log(`  largest paint (${id}): ${snippet}`);
  }
}

/** The median of the runs Lighthouse could time (a run it could not is said above the table). */
const median = (values: number[]) => {
  const timed = values.filter(Number.isFinite).sort((a, b) => a - b);
  return timed[Math.floor(timed.length / 2)] ?? Number.NaN;
};

async function main(): Promise<void> {
  if (!fs.existsSync(path.join(WEB_ROOT, 'index.html')))
    throw new Error('The web app is not built: run "npm run build" first');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waymark-lighthouse-'));
  const server = await startServerProcess({ DATA_DIR: dir });
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
  try {
    const { cookie, emergencyToken } = await signUp(server.url);
    const pages: Array<[string, string, string | undefined]> = [
      ['Sign in (signed out)', '/sign-in', undefined],
      ['Home (signed out)', '/', undefined],
      ['Home (signed in)', '/', cookie],
      ['Crisis plan (signed in)', '/crisis-plan', cookie],
      ['Emergency link (no account)', `/emergency/${emergencyToken}`, undefined],
    ];
    console.log(
      `Lighthouse ${RUNS}× per page, mobile emulation, medians · ${new Date().toISOString()}\n`,
    );
    console.log(
      '| page | performance | best practices | accessibility | FCP ms | LCP ms | TBT ms | CLS |',
    );
    console.log('| --- | --: | --: | --: | --: | --: | --: | --: |');
    // PAGES=sign-in,crisis-plan,emergency measures some of them (matched against each page's path).
    const only = process.env.PAGES?.split(',');
    for (const [name, pagePath, pageCookie] of pages) {
      const named = (page: string) =>
        page === 'emergency'
          ? pagePath.startsWith('/emergency/')
          : pagePath === `/${page === 'home' ? '' : page}`;
      if (only && !only.some(named)) continue;
      const runs: Scores[] = [];
      for (let run = 0; run < RUNS; run += 1)
        runs.push(await audit(`${server.url}${pagePath}`, chrome.port, pageCookie));
      const m = (key: keyof Omit<Scores, 'problems'>) => median(runs.map((r) => r[key]));
      console.log(
        `| ${name} | ${m('performance')} | ${m('bestPractices')} | ${m('accessibility')} | ${m('fcp')} | ${m('lcp')} | ${m('tbt')} | ${m('cls')} |`,
      );
      const problems = [...new Set(runs.flatMap((r) => r.problems))];
      if (problems.length > 0) console.log(`|   best practices not met: ${problems.join('; ')} |`);
    }
  } finally {
    await chrome.kill();
    await stopServer(server);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

await main();
