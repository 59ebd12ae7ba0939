// Every page of the web app, for everyone who can open it, in one language the walk runs in
// (walk.ts), called by a test file per language (every-page.e2e.ts, every-page-ur.e2e.ts) so
// that the two walks run side by side: the person, a supporter and a practitioner someone shares with, a service admin,
// and a visitor who is signed out. On each page axe-core must find nothing against WCAG 2.2 AA, wide and at
// 320 px, and nothing may scroll sideways at 320 px. `describeRouteCoverage` reads the router's
// routes (routes.ts) and fails if the walk misses one, or stops at a route the router no longer has.
//
// The server starts with the demo data, the only way to have accounts whose role is supporter
// or practitioner, and a record with every chart filled. The test then writes what it needs
// through the API as Sam: everything shared with Jo (so every shared page has something to
// show), an emergency link and a pending invitation (whose tokens are shown only when made),
// and reads the ids of real items for the routes that name one.

import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEMO_PRACTITIONER_TOTP_SECRET } from '../src/server/features/demo/demo.ts';
import { startSmtpListener } from '../src/server/test/smtp-listener.ts';

type SmtpListener = Awaited<ReturnType<typeof startSmtpListener>>;

import { matchesPattern, routePatterns } from './routes.ts';
import {
  hasBrowser,
  launchBrowser,
  type RunningServer,
  startServer,
  watchForProblems,
} from './support.ts';
import {
  type Api,
  freshTotpCode,
  NARROW,
  type Stop,
  signInContext,
  type WalkLocale,
  walker,
} from './walk.ts';

const WALK_TIMEOUT = 300_000;

const SAM = { email: 'sam@demo.waymark.invalid', password: 'demo-person-sam-2026' };
const JO = { email: 'jo@demo.waymark.invalid', password: 'demo-supporter-jo-2026' };
/** Staff must use two-step sign-in (decision 0039): Priya with the demo's published secret. */
const PRIYA = {
  email: 'priya@demo.waymark.invalid',
  password: 'demo-practitioner-priya-2026',
  totpSecret: DEMO_PRACTITIONER_TOTP_SECRET,
};
/**
 * A service admin, made by the operator's command and set up through its link (seedService),
 * which then turns two-step sign-in on and keeps the secret here.
 */
const ALEX: { email: string; password: string; totpSecret?: string } = {
  email: 'alex.admin@example.org',
  password: 'a long enough password for Alex',
};

/** What the routes with parameters are given: real ids from Sam's record, and its words. */
type Seeded = {
  sam: string;
  joRelationship: string;
  goal: string;
  goalTitle: string;
  contact: string;
  checkin: string;
  answer: string;
  journalEntry: string;
  review: string;
  emergencyToken: string;
  invitationToken: string;
  /** Alex's team (seedService), for its invitations page. */
  team: string;
  /** The link's token of that team's invitation to Sam, read from the server's log. */
  teamInvitationToken: string;
};

const stop = (route: string, path: string, heading: Stop['heading']): Stop => ({
  route,
  path,
  heading,
});

/** The pages a visitor who is signed out can open. */
const signedOutStops = (seeded: Seeded): Stop[] => [
  stop('/sign-in', '/sign-in', 'Sign in to Waymark'),
  stop('/sign-up', '/sign-up', 'Create your Waymark account'),
  stop('/emergency/:token', `/emergency/${seeded.emergencyToken}`, 'Crisis plan for Sam Okafor'),
  // The link is checked only when the form is sent, so any token shows the form.
  stop('/set-up/:token', '/set-up/a-link-nobody-made', 'Set up your account'),
  stop('/forgot-password', '/forgot-password', 'Forgotten your password'),
  // As with set-up, the link is checked only when the form is sent.
  stop('/reset-password/:token', '/reset-password/a-link-nobody-made', 'Choose a new password'),
];

/**
 * The read-only pages of Sam's record under `base`, with everything shared: what a supporter
 * sees, or Sam's preview of it.
 */
function sharedStops(base: string, route: string, seeded: Seeded): Stop[] {
  return [
    stop(`${route}/*`, `${base}/no-such-page`, 'Page not found'),
    stop(route, base, 'Sam Okafor’s record'),
    stop(`${route}/about-me`, `${base}/about-me`, 'About Sam Okafor'),
    stop(`${route}/crisis-plan`, `${base}/crisis-plan`, 'Sam Okafor’s crisis plan'),
    stop(`${route}/goals`, `${base}/goals`, 'Sam Okafor’s goals'),
    stop(`${route}/goals/:id`, `${base}/goals/${seeded.goal}`, seeded.goalTitle),
    stop(
      `${route}/plans/staying-well`,
      `${base}/plans/staying-well`,
      'Sam Okafor’s staying-well plan',
    ),
    stop(
      `${route}/plans/after-crisis`,
      `${base}/plans/after-crisis`,
      'Sam Okafor’s after-crisis plan',
    ),
    stop(`${route}/plans/safety`, `${base}/plans/safety`, 'Sam Okafor’s safety plan'),
    stop(`${route}/plans/moving-on`, `${base}/plans/moving-on`, 'Sam Okafor’s moving-on plan'),
    stop(`${route}/support-network`, `${base}/support-network`, 'Sam Okafor’s support network'),
    stop(`${route}/how-i-am-doing`, `${base}/how-i-am-doing`, 'How Sam Okafor is doing'),
    stop(`${route}/journal`, `${base}/journal`, 'Sam Okafor’s journal'),
    stop(`${route}/reviews`, `${base}/reviews`, 'Sam Okafor’s reviews'),
    stop(`${route}/reviews/:id`, `${base}/reviews/${seeded.review}`, /^Review started /),
    stop(
      `${route}/reviews/:id/together`,
      `${base}/reviews/${seeded.review}/together`,
      'Review together',
    ),
  ];
}

/** Sam's own record, and what Sam sees of sharing. */
const personStops = (seeded: Seeded): Stop[] => [
  stop('/*', '/no-such-page', 'Page not found'),
  stop('/', '/', 'My recovery'),
  stop('/welcome', '/welcome', 'Welcome to Waymark'),
  stop('/settings', '/settings', 'Settings'),
  // Only read: the walk never sends its form, so Sam's account stays open.
  stop('/settings/close-account', '/settings/close-account', 'Close your account'),
  stop('/settings/download', '/settings/download', 'Download my record'),
  stop('/my-record/print', '/my-record/print', 'My Waymark record'),
  // Only read: the walk never sends a file, so Sam's record stays as seeded.
  stop('/settings/import', '/settings/import', 'Bring my record from another Waymark'),
  stop('/about-me', '/about-me', 'About me'),
  stop('/about-me/history', '/about-me/history', 'Earlier versions of About me'),
  stop('/goals', '/goals', 'My goals'),
  stop('/goals/new', '/goals/new', 'Add a goal'),
  stop('/goals/:id', `/goals/${seeded.goal}`, seeded.goalTitle),
  stop('/goals/:id/change', `/goals/${seeded.goal}/change`, 'Change this goal'),
  stop(
    '/goals/:id/history',
    `/goals/${seeded.goal}/history`,
    `Earlier versions of “${seeded.goalTitle}”`,
  ),
  stop('/life-areas', '/life-areas', 'My life areas'),
  stop('/support-network', '/support-network', 'My support network'),
  stop('/support-network/new', '/support-network/new', 'Add someone to my support network'),
  stop(
    '/support-network/:id/change',
    `/support-network/${seeded.contact}/change`,
    'Change details',
  ),
  stop('/plans', '/plans', 'My plans'),
  stop('/plans/staying-well', '/plans/staying-well', 'My staying-well plan'),
  stop(
    '/plans/staying-well/history',
    '/plans/staying-well/history',
    'Earlier versions of My staying-well plan',
  ),
  stop('/plans/safety', '/plans/safety', 'My safety plan'),
  stop('/plans/safety/history', '/plans/safety/history', 'Earlier versions of My safety plan'),
  stop('/plans/after-crisis', '/plans/after-crisis', 'After a crisis'),
  stop(
    '/plans/after-crisis/history',
    '/plans/after-crisis/history',
    'Earlier versions of After a crisis',
  ),
  stop('/plans/moving-on', '/plans/moving-on', 'Moving on'),
  stop('/plans/moving-on/history', '/plans/moving-on/history', 'Earlier versions of Moving on'),
  stop('/crisis-plan', '/crisis-plan', 'My crisis plan'),
  stop('/crisis-plan/change', '/crisis-plan/change', 'Change my crisis plan'),
  stop('/crisis-plan/history', '/crisis-plan/history', 'Earlier versions of My crisis plan'),
  stop('/crisis-plan/links', '/crisis-plan/links', 'Emergency links to my crisis plan'),
  stop('/check-in', '/check-in', 'Check in'),
  stop('/check-in/settings', '/check-in/settings', 'Check-in settings'),
  stop('/rate-life-areas', '/rate-life-areas', 'Rate my life areas'),
  stop('/how-i-am-doing', '/how-i-am-doing', 'How I’m doing'),
  stop(
    '/how-i-am-doing/check-ins/:id',
    `/how-i-am-doing/check-ins/${seeded.checkin}`,
    'Why I scored this',
  ),
  stop(
    '/how-i-am-doing/answers/:id',
    `/how-i-am-doing/answers/${seeded.answer}`,
    'Why I scored this',
  ),
  stop('/questionnaires', '/questionnaires', 'Questionnaires'),
  stop('/questionnaires/:id', '/questionnaires/phq-9', 'Patient Health Questionnaire-9 (PHQ-9)'),
  stop('/rate-my-goals', '/rate-my-goals', 'Rate my goals'),
  stop('/reviews', '/reviews', 'Reviews'),
  stop('/reviews/:id', `/reviews/${seeded.review}`, /^Review started /),
  stop('/reviews/:id/rate', `/reviews/${seeded.review}/rate`, 'Rate before your review'),
  stop('/reviews/:id/together', `/reviews/${seeded.review}/together`, 'Review together'),
  stop('/journal', '/journal', 'Journal'),
  stop('/journal/new', '/journal/new', 'Write a journal entry'),
  stop('/journal/:id', `/journal/${seeded.journalEntry}`, 'Change a journal entry'),
  stop('/suggestions', '/suggestions', 'Suggestions'),
  stop('/notifications', '/notifications', 'Notifications'),
  stop('/people', '/people', 'People I support'),
  stop('/sharing', '/sharing', 'Sharing'),
  // Alex's team invited Sam by email (decision 0050): who invites, and the section choices.
  stop(
    '/team-invitation/:token',
    `/team-invitation/${seeded.teamInvitationToken}`,
    /invites you to join Crisis team/,
  ),

  stop('/sharing/activity', '/sharing/activity', 'Who has seen my record'),
  ...sharedStops(
    `/sharing/${seeded.joRelationship}/preview`,
    '/sharing/:relationshipId/preview',
    seeded,
  ),
];

/** Jo, Sam's sister: a supporter, with everything of Sam's shared, and a space of their own. */
const supporterStops = (seeded: Seeded): Stop[] => [
  ...sharedStops(`/people/${seeded.sam}`, '/people/:personId', seeded),
  stop('/my-space/*', '/my-space/no-such-page', 'Page not found'),
  stop('/my-space', '/my-space', 'My space'),
  stop('/my-space/history', '/my-space/history', 'Earlier versions of My space'),
  stop('/my-space/guide', '/my-space/guide', 'Supporting someone’s recovery'),
  // The notifications page answers here too, since /my-space is nested over the same routes.
  stop('/my-space/notifications', '/my-space/notifications', 'Notifications'),
];

/** Priya, Sam's practitioner: check-ins, questionnaires, goals and the crisis plan shared. */
const practitionerStops = (seeded: Seeded): Stop[] => [
  stop('/', '/', 'People I support'),
  stop('/people/:personId', `/people/${seeded.sam}`, 'Sam Okafor’s record'),
  stop(
    '/people/:personId/how-i-am-doing',
    `/people/${seeded.sam}/how-i-am-doing`,
    'How Sam Okafor is doing',
  ),
  stop('/invitations/enter-code', '/invitations/enter-code', 'Have a code?'),
  stop(
    '/invitations/:token',
    `/invitations/${seeded.invitationToken}`,
    'Sam Okafor invites you to see their record',
  ),
  stop('/notifications', '/notifications', 'Notifications'),
  // The demo practitioner is in no team: the page says so (decision 0040).
  stop('/my-people', '/my-people', 'My people'),
  // Her caseload: the table's controls, with nobody to show (decision 0044).
  stop('/caseload', '/caseload', 'Caseload'),
  // She leads no team: the page says there are no outcomes for her (decision 0053).
  stop('/outcomes', '/outcomes', 'Outcomes'),
  stop('/settings', '/settings', 'Settings'),
];

/** A review of Sam's with ratings, one area through the four steps and an agreed action. */
async function seedReview(sam: Api, record: string): Promise<string> {
  type Areas = { items: { id: string }[] };
  const areas = ((await sam.send('GET', `${record}/life-areas`)) as Areas).items;
  const started = (await sam.send('POST', `${record}/reviews`, {})) as { id: string };
  const base = `${record}/reviews/${started.id}`;
  await sam.send(
    'PUT',
    `${base}/ratings`,
    {
      ratedOn: '2026-11-20',
      lifeAreas: areas
        .slice(0, 3)
        .map((area, i) => ({ id: area.id, score: 3 + i, wantHelp: i === 0 })),
      myCare: [{ id: 'medication', score: 4, wantHelp: false }],
    },
    1,
  );
  await sam.send(
    'PUT',
    `${base}/meeting`,
    {
      meetingOn: '2026-11-25',
      nextReviewOn: '2027-02-25',
      areas: [
        {
          lifeAreaId: areas[0]?.id,
          goingWell: 'Walking most days',
          hard: 'Mornings',
          bestCase: 'Sleeping through',
          smallestStep: 'Bed by eleven',
          byPerson: 'Keep a sleep diary',
          byPractitioner: 'Look at medication timing',
          byOthers: 'Jo could walk with me',
          actions: [
            {
              what: 'Keep a sleep diary for two weeks',
              who: 'person',
              someoneName: '',
              by: '2026-12-09',
            },
          ],
        },
      ],
    },
    2,
  );
  return started.id;
}

/** Alex, a service admin: their service's page, its teams, staff, measures and "my care" items, and Settings. No person's record. */
const serviceAdminStops = (seeded: Seeded): Stop[] => [
  stop('/', '/', 'Your service'),
  stop('/service/teams', '/service/teams', 'Teams'),
  stop(
    '/teams/:teamId/invitations',
    `/teams/${seeded.team}/invitations`,
    'Invite people to Crisis team',
  ),
  stop('/service/staff', '/service/staff', 'Staff'),
  stop('/service/measures', '/service/measures', 'Measures'),
  stop('/service/my-care', '/service/my-care', 'My care items'),
  // The service's outcomes: the months and team to choose (decision 0053).
  stop('/outcomes', '/outcomes', 'Outcomes'),
  stop('/settings', '/settings', 'Settings'),
];

const WALKS = [
  { who: 'a visitor who is signed out', credentials: null, stops: signedOutStops },
  { who: 'the person', credentials: SAM, stops: personStops },
  { who: 'a supporter', credentials: JO, stops: supporterStops },
  { who: 'a practitioner', credentials: PRIYA, stops: practitionerStops },
  { who: 'a service admin', credentials: ALEX, stops: serviceAdminStops },
] as const;

/**
 * Alex's service, made as an operator makes one (`waymark service create` on the server's
 * database), Alex's password chosen through the set-up link it prints, and a team with one
 * practitioner invited to it, which invites Sam by email.
 */
async function seedService(
  server: RunningServer,
  smtp: SmtpListener,
): Promise<{ team: string; teamInvitationToken: string }> {
  const cli = path.resolve(import.meta.dirname, '../src/server/cli.ts');
  const args = ['service', 'create', '--name', 'Riverside Recovery Team', '--admin-email'];
  const { stdout } = await promisify(execFile)(process.execPath, [cli, ...args, ALEX.email], {
    env: { ...process.env, DATA_DIR: server.dataDir },
  });
  const token = stdout.match(/\/set-up\/(\S+)/)?.[1];
  if (!token) throw new Error(`No set-up link in: ${stdout}`);
  const answer = await fetch(`${server.url}/api/set-up`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ token, password: ALEX.password }),
  });
  if (!answer.ok) throw new Error(`Setting up answered ${answer.status}: ${await answer.text()}`);
  // Staff turn two-step sign-in on before anything else (decision 0039), as Settings does.
  const { csrfToken } = (await answer.json()) as { csrfToken: string };
  const headers = {
    cookie: answer.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; '),
    'x-csrf-token': csrfToken,
  };
  // No body, so no JSON content type (an empty JSON body is malformed).
  const started = await fetch(`${server.url}/api/account/second-factor/totp`, {
    method: 'POST',
    headers,
  });
  if (!started.ok)
    throw new Error(`Two-step set-up answered ${started.status}: ${await started.text()}`);
  const { secret } = (await started.json()) as { secret: string };
  const confirmed = await fetch(`${server.url}/api/account/second-factor/totp/confirm`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ code: await freshTotpCode(secret) }),
  });
  if (!confirmed.ok) throw new Error(`Two-step set-up answered ${confirmed.status}`);
  ALEX.totpSecret = secret;
  // A team with a practitioner in it, so the walk sees the teams and staff pages filled in.
  const send = async (url: string, body: unknown) => {
    const sent = await fetch(`${server.url}${url}`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    if (!sent.ok) throw new Error(`${url} answered ${sent.status}: ${await sent.text()}`);
    return (await sent.json()) as { id: string };
  };
  const team = await send('/api/service/teams', { name: 'Crisis team' });
  await send('/api/service/staff', {
    name: 'Morgan Lee',
    email: 'morgan.lee@example.org',
    teamId: team.id,
  });
  // An invitation to Sam by email (decision 0050), read from the email as Sam would read it.
  await send(`/api/teams/${team.id}/invitations`, {
    email: SAM.email,
    message: 'We met at the clinic on Tuesday.',
  });
  const linked = () =>
    smtp.received
      .filter((message) => message.to.includes(SAM.email))
      .map((message) => message.raw.replace(/=\r?\n/g, ''))
      .join('\n')
      .match(/\/team-invitation\/([A-Za-z0-9_-]{43})/)?.[1];
  await vi.waitFor(
    () => {
      if (!linked()) throw new Error('No team invitation email for Sam yet');
    },
    { timeout: 10_000 },
  );
  return { team: team.id, teamInvitationToken: linked() ?? '' };
}

/** Sam's changes through the API, and the ids of Sam's items the routes need. */
async function seed(sam: Api): Promise<Omit<Seeded, 'team' | 'teamInvitationToken'>> {
  const record = `/api/people/${sam.accountId}`;
  type Items = { items: { id: string; data?: { title?: string } }[] };
  const first = async (path: string) => {
    const { items } = (await sam.send('GET', `${record}/${path}`)) as Items;
    if (!items[0]) throw new Error(`Sam has nothing at ${path}`);
    return items[0];
  };
  const goal = await first('goals');
  const sharing = (await sam.send('GET', `${record}/sharing`)) as {
    people: { relationshipId: string; knownAs: string }[];
  };
  const jo = sharing.people.find((person) => person.knownAs === 'Jo');
  if (!jo) throw new Error('The demo data no longer shares with Jo');
  await sam.send('PUT', `${record}/sharing/${jo.relationshipId}`, {
    sections: {
      about_me: 'suggest',
      goals: 'suggest',
      support_network: 'view',
      staying_well: 'suggest',
      crisis_plan: 'suggest',
      safety_plan: 'suggest',
      after_crisis: 'suggest',
      moving_on: 'suggest',
      checkins: 'view',
      measures: 'view',
      reviews: 'suggest',
    },
    endsAt: null,
    advanceChoice: true,
    tellThem: false,
  });
  const link = (await sam.send('POST', `${record}/emergency-links`, {
    expiresInHours: 24,
    label: 'For the crisis team',
  })) as { token: string };
  const invitation = (await sam.send('POST', `${record}/invitations`, {
    role: 'friend',
    knownAs: 'Alex',
    sections: { goals: 'view', crisis_plan: 'view' },
  })) as { token: string };
  const review = await seedReview(sam, record);
  return {
    sam: sam.accountId,
    joRelationship: jo.relationshipId,
    goal: goal.id,
    goalTitle: goal.data?.title ?? '',
    contact: (await first('support-network')).id,
    checkin: (await first('checkins')).id,
    answer: (await first('measure-responses')).id,
    journalEntry: (await first('journal')).id,
    review,
    emergencyToken: link.token,
    invitationToken: invitation.token,
  };
}

/**
 * Walks `stops` in one page, collecting every page's problems instead of stopping at the first.
 * The first page is checked at a wide width too, for the layout with the side navigation.
 */
async function walk(page: Page, url: string, stops: Stop[], locale: WalkLocale) {
  const { check } = walker(page, url, locale);
  const problems: string[] = [];
  for (const [index, each] of stops.entries()) {
    try {
      expect(matchesPattern(each.route, each.path), `${each.path} is a ${each.route}`).toBe(true);
      await check(each, { wide: index === 0 });
    } catch (error) {
      problems.push(`${each.path}: ${(error as Error).message}`);
    }
  }
  return problems;
}

/** The walk in one language, for everyone; its own server, so each language's file stands alone. */
export function describeEveryPage(locale: WalkLocale): void {
  describe.skipIf(!hasBrowser)(
    `Every page, for everyone, in ${locale.tag}`,
    { timeout: WALK_TIMEOUT },
    () => {
      let server: RunningServer;
      let smtp: SmtpListener;
      let browser: Browser;
      let seeded: Seeded;
      const contexts: BrowserContext[] = [];

      beforeAll(async () => {
        // Email goes to a real SMTP listener here, so the team's invitation can be read (0050).
        smtp = await startSmtpListener();
        server = await startServer({ DEMO_DATA: 'true', ...smtp.env });
        browser = await launchBrowser();
        const context = await browser.newContext();
        contexts.push(context);
        const fromSam = await seed(await signInContext(context, server.url, SAM));
        seeded = { ...fromSam, ...(await seedService(server, smtp)) };
      });

      afterAll(async () => {
        for (const context of contexts) await context.close();
        await browser?.close();
        await server?.stop();
        await smtp?.close();
      });

      for (const { who, credentials, stops } of WALKS) {
        it(`${locale.tag}: every page ${who} can open passes axe-core and fits 320 px`, async () => {
          const context = await browser.newContext({ viewport: NARROW });
          contexts.push(context);
          const api = credentials ? await signInContext(context, server.url, credentials) : null;
          await locale.choose(context, api);
          const page = await context.newPage();
          const seen = watchForProblems(page);
          const problems = await walk(page, server.url, stops(seeded), locale);
          expect(problems).toEqual([]);
          expect(seen).toEqual([]);
        });
      }
    },
  );
}

export function describeRouteCoverage(): void {
  describe('The walk over every page', () => {
    it('stops at every route of the router, and only at routes it has', () => {
      const placeholder = new Proxy({} as Seeded, { get: (_seeded, name) => `a-${String(name)}` });
      const walked = new Set(WALKS.flatMap((each) => each.stops(placeholder).map((s) => s.route)));
      const routes = routePatterns();
      expect(routes.length).toBeGreaterThan(50);
      expect(
        routes.filter((route) => !walked.has(route)),
        'routes the walk misses',
      ).toEqual([]);
      expect(
        [...walked].filter((route) => !routes.includes(route)),
        'stops at no route',
      ).toEqual([]);
    });
  });
}
