// The routes the suite measures, each as the requests a load worker sends. A page that makes
// several requests (Home, the chart page) is measured as those requests in turn, on each
// connection, so its figures are per request.
import { CASELOAD_PATH } from './caseload-seed.ts';
import { type Account, expect, recordPath } from './http-client.ts';
import type { RequestSpec } from './load-spec.ts';
import type { RouteName } from './options.ts';
import { ABOUT_ME, type Seeded } from './seed.ts';

/** How many people the suite's practitioner has in their caseload (caseload.ts varies it). */
export const CASELOAD_PEOPLE = 50;

/** Which process serves the route. */
export type Target = 'bare' | 'waymark' | 'emergency';

export type Route = {
  name: RouteName | 'bare';
  label: string;
  target: Target;
  /** Built just before each run: a save needs each document's latest revision. */
  requests(): Promise<RequestSpec[]>;
};

export const BARE: Route = {
  name: 'bare',
  label: 'bare Fastify GET /hello',
  target: 'bare',
  requests: async () => [{ method: 'GET', path: '/hello' }],
};

const path = (account: Account, rest: string) => `/api/people/${account.id}${rest}`;
const get = (account: Account, rest: string, as: Account = account): RequestSpec => ({
  method: 'GET',
  path: path(account, rest),
  headers: { cookie: as.cookie },
});
const today = () => new Date().toISOString().slice(0, 10);

/** The requests the Home page makes when it opens (src/web/features/home and what it shows). */
export function homeRequests(owner: Account): RequestSpec[] {
  return [
    get(owner, '/crisis-plan'),
    get(owner, `/due?today=${today()}`),
    get(owner, '/about-me'),
    get(owner, '/goals'),
    { method: 'GET', path: '/api/shared-with-me', headers: { cookie: owner.cookie } },
  ];
}

/** Saves of About me, one writer's at a time per request, each at its latest revision. */
export async function saveAboutMe(origin: string, writers: Account[]): Promise<RequestSpec> {
  const documents = await Promise.all(
    writers.map(async (writer) => {
      const { headers } = await expect(200, recordPath(origin, writer, '/about-me'), {
        headers: { cookie: writer.cookie },
      });
      return {
        path: path(writer, '/about-me'),
        headers: {
          cookie: writer.cookie,
          'x-csrf-token': writer.csrfToken,
          'content-type': 'application/json',
        },
        etag: String(headers.etag),
      };
    }),
  );
  return { method: 'PUT', path: '/', revisions: { documents, body: ABOUT_ME, vary: 'whenWell' } };
}

/** Whom a check-in is sent as: the person's check-ins, their cookie and CSRF token. */
const checkinsOf = (writer: Account) => ({
  path: path(writer, '/checkins'),
  headers: { cookie: writer.cookie, 'x-csrf-token': writer.csrfToken },
});

/** A check-in as the check-in page sends it, each connection as one of the writers. */
export function postCheckin(writers: readonly Account[]): RequestSpec {
  const [first] = writers;
  if (!first) throw new Error('a check-in needs a writer');
  return {
    method: 'POST',
    ...checkinsOf(first),
    headers: { ...checkinsOf(first).headers, 'content-type': 'application/json' },
    body: JSON.stringify({
      takenAt: new Date().toISOString(),
      scores: { mood: 5, hope: 4, sleep: 6 },
      note: 'Slept better after the walk.',
      forMeOnly: false,
    }),
    // Each check-in at the time it is sent: thousands at one instant would each be a tie on time
    // with the month's first and last, which no person makes (outcome-rollup.ts orders ties).
    timeField: 'takenAt',
    // Many people each checking in, as on a service. All 50 connections as one person sent up to
    // 50 check-ins in one millisecond, which the rollup must order by id, reading them all.
    asPeople: writers.map(checkinsOf),
  };
}

/** The chart page's three requests ("How I'm doing", src/web/features/progress). */
export function chartRequests(person: Account): RequestSpec[] {
  return [
    get(person, '/checkins/series'),
    get(person, '/life-area-ratings'),
    get(person, '/observations'),
  ];
}

export function buildRoutes(seeded: Seeded, waymarkUrl: string): Route[] {
  const { owner, supporter, writers, chart } = seeded;
  let emergencyRuns = 0;
  return [
    {
      name: 'home',
      label: 'Home data (its 5 requests in turn)',
      target: 'waymark',
      requests: async () => homeRequests(owner),
    },
    {
      name: 'about-me',
      label: 'GET About me',
      target: 'waymark',
      requests: async () => [get(owner, '/about-me')],
    },
    {
      name: 'goals',
      label: 'GET goals (20 goals)',
      target: 'waymark',
      requests: async () => [get(owner, '/goals')],
    },
    {
      name: 'save-about-me',
      label: 'PUT About me (If-Match)',
      target: 'waymark',
      requests: async () => [await saveAboutMe(waymarkUrl, writers)],
    },
    {
      name: 'checkin',
      label: 'POST a check-in',
      target: 'waymark',
      requests: async () => [postCheckin(writers)],
    },
    {
      name: 'chart',
      label: 'chart page (its 3 requests in turn)',
      target: 'waymark',
      requests: async () => chartRequests(chart),
    },
    {
      name: 'chart-series',
      label: 'chart answer alone, 5 years (GET /checkins/series?period=all)',
      target: 'waymark',
      requests: async () => [get(chart, '/checkins/series?period=all')],
    },
    {
      name: 'emergency',
      label: 'crisis plan by emergency link (no session)',
      target: 'emergency',
      requests: async () => {
        // A fresh block of addresses each run, so no address nears the limit of 30 a minute.
        emergencyRuns += 1;
        return [
          {
            method: 'GET',
            path: `/api/emergency/${seeded.emergencyToken}`,
            forwardedFor: { first: emergencyRuns * 100_000, perAddress: 20 },
          },
        ];
      },
    },
    {
      name: 'shared-read',
      label: "shared read (supporter's GET About me)",
      target: 'waymark',
      requests: async () => [get(owner, '/about-me', supporter)],
    },
    {
      name: 'caseload',
      label: `caseload (${CASELOAD_PEOPLE} people)`,
      target: 'waymark',
      requests: async () => [
        {
          method: 'GET',
          path: CASELOAD_PATH,
          headers: { cookie: seeded.caseloadCookie ?? '' },
        },
      ],
    },
  ];
}

/** Reads and writes together, for the memory run; the chart answer now and then. */
export async function mixedRequests(seeded: Seeded, waymarkUrl: string): Promise<RequestSpec[]> {
  const save = await saveAboutMe(waymarkUrl, seeded.writers);
  const visit = [
    ...homeRequests(seeded.owner),
    save,
    postCheckin(seeded.writers),
    get(seeded.owner, '/about-me', seeded.supporter),
  ];
  return [...visit, ...visit, ...visit, ...visit, get(seeded.chart, '/checkins/series')];
}
