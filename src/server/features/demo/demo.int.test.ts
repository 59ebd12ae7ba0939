// The demo tells the sharing story on first start: seeded into a fresh database, Jo (family)
// and Priya (practitioner) sign in and read the parts of Sam's record Sam shared with each of
// them, and get the same 404 as for a record that is not there everywhere else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signIn, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import {
  DEMO_ACCOUNTS,
  DEMO_PRACTITIONER_TOTP_SECRET,
  demoAccountsAsShipped,
  seedDemo,
} from './demo.ts';

/** Two days in three over 90 days, and every day of the hard week (demo-progress.ts). */
const CHECKIN_COUNT = 63;

const [SAM, JO, PRIYA] = DEMO_ACCOUNTS as [
  (typeof DEMO_ACCOUNTS)[0],
  (typeof DEMO_ACCOUNTS)[0],
  (typeof DEMO_ACCOUNTS)[0],
];

/** One read route per section of the record (relative to /api/people/:personId). */
const SECTION_READS = {
  about_me: '/about-me',
  goals: '/goals',
  support_network: '/support-network',
  staying_well: '/staying-well-plan',
  crisis_plan: '/crisis-plan',
  safety_plan: '/safety-plan',
  after_crisis: '/after-crisis',
  moving_on: '/moving-on-plan',
  checkins: '/checkins',
  journal: '/journal',
  measures: '/measure-responses',
} as const;
type SectionName = keyof typeof SECTION_READS;

describe.each(DIALECTS)('The demo on %s', (dialect) => {
  let t: TestApp;
  let samId: string;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    const seeded = await seedDemo(t.services, 0, t.clock.now);
    expect(seeded).toEqual(DEMO_ACCOUNTS);
    const sam = await signIn(t.app, SAM.email, SAM.password);
    samId = sam.personId;
  });
  afterAll(() => t.close());

  async function statuses(email: string, password: string) {
    // Priya is staff: two-step sign-in is on, with the secret the README prints (decision 0039).
    const second =
      email === PRIYA.email
        ? { secret: DEMO_PRACTITIONER_TOTP_SECRET, now: t.clock.now }
        : undefined;
    const client = await signIn(t.app, email, password, second);
    const result: Partial<Record<SectionName, number>> = {};
    for (const [section, path] of Object.entries(SECTION_READS)) {
      const response = await client.request({
        method: 'GET',
        url: `/api/people/${samId}${path}`,
      });
      result[section as SectionName] = response.statusCode;
    }
    return { client, result };
  }

  const expected = (shared: readonly SectionName[]) =>
    Object.fromEntries(
      Object.keys(SECTION_READS).map((s) => [s, shared.includes(s as SectionName) ? 200 : 404]),
    );

  it('Sam reads every section (so each 404 below is a refusal, not a wrong path)', async () => {
    const { result } = await statuses(SAM.email, SAM.password);
    expect(result).toEqual(expected(Object.keys(SECTION_READS) as SectionName[]));
  });

  it('is seeded only into an empty database', async () => {
    expect(await seedDemo(t.services, 3, t.clock.now)).toBeNull();
  });

  it('Jo reads the crisis plan, staying-well plan, goals and the one journal entry shared', async () => {
    const { client, result } = await statuses(JO.email, JO.password);
    expect(result).toEqual(expected(['crisis_plan', 'staying_well', 'goals', 'journal'] as const));
    const plan = await client.request({ method: 'GET', url: `/api/people/${samId}/crisis-plan` });
    expect(plan.json().data.whatHelps).toContain('cup of tea');
    const journal = await client.request({ method: 'GET', url: `/api/people/${samId}/journal` });
    const entries = journal.json().items as { text: string }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]?.text).toContain('allotment');
    const goals = await client.request({ method: 'GET', url: `/api/people/${samId}/goals` });
    expect(goals.json().items.length).toBeGreaterThan(0);
    // Check-ins were not shared with Jo: neither are the charts made of them.
    for (const path of ['/checkins/series', '/life-area-ratings', '/observations']) {
      const response = await client.request({ method: 'GET', url: `/api/people/${samId}${path}` });
      expect(response.statusCode, path).toBe(404);
    }
  });

  it('Priya reads goals, the crisis plan, check-ins and questionnaires, and nothing else', async () => {
    const { client, result } = await statuses(PRIYA.email, PRIYA.password);
    expect(result).toEqual(expected(['goals', 'crisis_plan', 'checkins', 'measures'] as const));
    const checkins = await client.request({ method: 'GET', url: `/api/people/${samId}/checkins` });
    // The one check-in Sam kept "for me only" is not shared.
    expect(checkins.json().items.length).toBe(CHECKIN_COUNT - 1);
    // What "How Sam is doing" reads: the check-in series, the life-area ratings with their
    // names, and the questionnaire scores.
    for (const path of ['/checkins/series', '/life-area-ratings', '/observations']) {
      const response = await client.request({ method: 'GET', url: `/api/people/${samId}${path}` });
      expect(response.statusCode, path).toBe(200);
    }
    const ratings = await client.request({
      method: 'GET',
      url: `/api/people/${samId}/life-area-ratings`,
    });
    expect(ratings.json().latest.data.ratings.length).toBe(9);
    expect(ratings.json().lifeAreas.length).toBe(9);
  });

  it('shows Sam and Jo working together: a suggestion from Jo waiting for Sam, and Jo’s encouragement', async () => {
    const sam = await signIn(t.app, SAM.email, SAM.password);
    const get = async (path: string) => (await sam.request({ method: 'GET', url: path })).json();
    const suggestions = await get(`/api/people/${samId}/suggestions`);
    expect(suggestions.pending).toBe(1);
    expect(suggestions.suggestions[0].by.knownAs).toBe('Jo');
    const [notification] = (await get('/api/notifications')).items;
    expect(notification).toMatchObject({ kind: 'suggestion_made', actorName: 'Jo' });
    const goals = (await get(`/api/people/${samId}/goals`)).items as { id: string }[];
    const comments = await Promise.all(
      goals.map(
        async (goal) => (await get(`/api/people/${samId}/goals/${goal.id}/comments`)).items,
      ),
    );
    expect(comments.flat()).toEqual([
      expect.objectContaining({ text: expect.stringContaining('Proud of you') }),
    ]);
  });

  it('Sam shares with Jo as family and with Priya as practitioner', async () => {
    const shared = await t.services.sharing.relationshipsOf(samId);
    expect(shared.map((r) => [r.knownAs, r.role]).sort()).toEqual([
      ['Jo', 'family'],
      ['Priya', 'practitioner'],
    ]);
  });

  describe('tells Sam’s whole story, so a newcomer sees every plan and chart at once', () => {
    let sam: Client;
    const get = async (path: string) => {
      const response = await sam.request({ method: 'GET', url: `/api/people/${samId}${path}` });
      expect(response.statusCode, path).toBe(200);
      return response.json();
    };
    beforeAll(async () => {
      sam = await signIn(t.app, SAM.email, SAM.password);
    });

    it('has all five plans, a support network of people, a group and a service, and three goals with notes', async () => {
      const plans = [
        '/staying-well-plan',
        '/crisis-plan',
        '/safety-plan',
        '/after-crisis',
        '/moving-on-plan',
      ];
      for (const plan of plans) expect((await get(plan)).version, plan).toBeGreaterThan(0);
      const crisis = (await get('/crisis-plan')).data;
      expect(crisis.nominatedPersonContactId).not.toBeNull();
      expect(crisis.medication).not.toBe('');
      const network = (await get('/support-network')).items as { data: { kind: string } }[];
      expect(new Set(network.map((c) => c.data.kind))).toEqual(
        new Set(['person', 'group', 'service']),
      );
      const goals = (await get('/goals')).items as { id: string; data: { status: string } }[];
      expect(goals).toHaveLength(3);
      expect(goals.map((g) => g.data.status)).toContain('achieved');
      for (const goal of goals)
        expect((await get(`/goals/${goal.id}/notes`)).items.length).toBeGreaterThan(0);
    });

    it('has check-ins over 90 days on four scales, and life-area ratings every two weeks', async () => {
      const checkins = (await get('/checkins')).items as { takenAt: string }[];
      expect(checkins).toHaveLength(CHECKIN_COUNT);
      const days = checkins.map((c) => Date.parse(c.takenAt));
      const span = (Math.max(...days) - Math.min(...days)) / 86_400_000;
      expect(span).toBeGreaterThan(85);
      expect(span).toBeLessThanOrEqual(90);
      // The chart answer: one column of values per scale, null where a check-in skipped it.
      const series = (await get('/checkins/series')).scales as {
        id: string;
        values: (number | null)[];
      }[];
      const scored = (scale: { values: (number | null)[] }) =>
        scale.values.filter((value): value is number => value !== null);
      const inUse = series.filter((scale) => scored(scale).length > 0).map((scale) => scale.id);
      expect(inUse.sort()).toEqual(['energy', 'hope', 'mood', 'sleep']);
      // The story has a low and a high: the chart is not a flat line.
      const moodScale = series.find((scale) => scale.id === 'mood');
      const mood = moodScale ? scored(moodScale) : [];
      expect(Math.max(...mood) - Math.min(...mood)).toBeGreaterThanOrEqual(3);
      const ratings = await get('/life-area-ratings');
      expect(ratings.sets).toHaveLength(7);
      expect(ratings.first.data.ratings.some((r: { wantHelp: boolean }) => r.wantHelp)).toBe(true);
    });

    it('has several PHQ-9 and QPR-15 answers and goal ratings, each scored over time', async () => {
      const answers = async (measure: string) =>
        (await get(`/measure-responses?measure=${measure}`)).items as {
          scores: { id: string; value: number }[];
          riskSignals: unknown[];
        }[];
      const phq9 = await answers('phq-9');
      expect(phq9).toHaveLength(4);
      // Newest first: from 14 three months ago, through 19 in the hard patch, down to 6.
      expect(phq9.map((r) => r.scores.find((s) => s.id === 'total')?.value)).toEqual([
        6, 10, 19, 14,
      ]);
      expect(phq9.every((r) => r.riskSignals.length === 0)).toBe(true);
      const qpr = await answers('qpr-15');
      expect(qpr.map((r) => r.scores[0]?.value)).toEqual([41, 34, 21, 26]);
      const goalRatings = await answers('goal-ratings');
      expect(goalRatings).toHaveLength(5);
      expect(goalRatings[0]?.scores).toHaveLength(3);
      const observations = (await get('/observations')).points as { measureId: string }[];
      expect(new Set(observations.map((p) => p.measureId))).toEqual(
        new Set(['phq-9', 'qpr-15', 'goal-ratings']),
      );
    });

    it('has journal entries across the three months', async () => {
      const entries = (await get('/journal')).items as { date: string }[];
      expect(entries).toHaveLength(6);
    });

    it('answers questionnaires with ids and codes only: no item wording is stored with them', async () => {
      const responses = (await get('/measure-responses')).items as { response: object }[];
      for (const { response } of responses) {
        const json = JSON.stringify(response);
        expect(json).not.toMatch(/"(text|display)"/);
      }
    });

    it('lands on Sam’s home without the first-run welcome: Sam has been here three months', async () => {
      const session = await sam.request({ method: 'GET', url: '/api/auth/session' });
      expect(session.json().account.welcomeDue).toBe(false);
    });
  });

  it('lists the demo accounts while they keep their demo passwords, and not once one is gone', async () => {
    expect(await demoAccountsAsShipped(t.services.auth)).toEqual(DEMO_ACCOUNTS);
    // As if Priya's password had been changed: Priya is no longer listed, the others still are.
    await t.store.db
      .updateTable('account')
      .set({ password_hash: 'changed' })
      .where('email', '=', PRIYA.email)
      .execute();
    expect((await demoAccountsAsShipped(t.services.auth)).map((a) => a.email)).toEqual([
      SAM.email,
      JO.email,
    ]);
  });
});

describe.each(DIALECTS)('An installation without the demo on %s', (dialect) => {
  it('lists no demo accounts', async () => {
    const t = await startTestApp(dialect);
    try {
      expect(await demoAccountsAsShipped(t.services.auth)).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
