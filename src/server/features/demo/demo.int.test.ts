// The demo tells the sharing story on first start: seeded into a fresh database, Jo (family)
// and Priya (practitioner) sign in and read the parts of Sam's record Sam shared with each of
// them, and get the same 404 as for a record that is not there everywhere else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { DEMO_ACCOUNTS, seedDemo } from './demo.ts';

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
    const client = await signIn(t.app, email, password);
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
    expect(checkins.json().items.length).toBe(3);
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
    expect(ratings.json().latest.data.ratings.length).toBe(5);
    expect(ratings.json().lifeAreas.length).toBeGreaterThanOrEqual(5);
  });

  it('Sam shares with Jo as family and with Priya as practitioner', async () => {
    const shared = await t.services.sharing.relationshipsOf(samId);
    expect(shared.map((r) => [r.knownAs, r.role]).sort()).toEqual([
      ['Jo', 'family'],
      ['Priya', 'practitioner'],
    ]);
  });
});
