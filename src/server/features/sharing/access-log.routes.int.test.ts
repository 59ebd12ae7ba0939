// The person's access log over the API: newest first in pages, filtered by person and section,
// as a spreadsheet that no name can turn into a formula, and the chain check that finds an
// entry changed in the database. Only the owner sees it, and reading it logs nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CRISIS_PLAN } from '../../../domain/record/plans.schema.ts';
import { SECTIONS } from '../../../domain/record/sections.ts';
import { comparable, paths, saveFirstCrisisPlan } from '../../test/api.ts';
import {
  aSupporterOf,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';

const PLAN = { ...EMPTY_CRISIS_PLAN, whatHelps: 'Tea with my neighbour' };

describe.each(DIALECTS)('The access log API on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let jo: Client;
  let joId: string;
  let mallory: Client;
  const logUrl = (personId: string, query = '') => `/api/people/${personId}/access-log${query}`;
  const csvUrl = (personId: string, query = '') => `/api/people/${personId}/access-log.csv${query}`;
  const verifyUrl = (personId: string) => `/api/people/${personId}/access-log/verify`;
  const read = (client: Client, url: string) => client.request({ method: 'GET', url });
  const planUrl = () => `/api/people/${owner.personId}/crisis-plan`;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = await signUp(t.app);
    await saveFirstCrisisPlan(owner, PLAN);
    const brought = await aSupporterOf(t, owner.personId, {
      grants: [
        { section: 'crisis_plan', level: 'view', endsAt: null },
        { section: 'goals', level: 'view', endsAt: null },
      ],
    });
    jo = brought;
    joId = brought.relationshipId;
    // A name chosen to run as a formula if a spreadsheet were careless.
    mallory = await aSupporterOf(t, owner.personId, {
      role: 'other',
      knownAs: '=HYPERLINK("http://evil.example","click")',
      grants: SECTIONS.map((section) => ({ section, level: 'view' as const, endsAt: null })),
    });
    for (const url of [planUrl(), paths(owner.personId).goals, planUrl()]) {
      expect((await read(jo, url)).statusCode).toBe(200);
    }
    expect((await read(mallory, planUrl())).statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it('lists who did what and when, newest first, with no record content', async () => {
    const response = await read(owner, logUrl(owner.personId));
    expect(response.statusCode).toBe(200);
    const { items, nextBefore, people } = response.json();
    expect(nextBefore).toBeNull();
    expect(items.map((e: { what: string }) => e.what)).toEqual([
      'viewed',
      'viewed',
      'viewed',
      'viewed',
    ]);
    expect(items[1]).toMatchObject({
      who: { kind: 'someone', name: 'Jo', role: 'friend' },
      relationshipId: joId,
      what: 'viewed',
      section: 'crisis_plan',
    });
    const seqs = items.map((e: { seq: number }) => e.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(response.body).not.toContain('neighbour');
    expect(response.body).not.toContain('hash');
    expect(people).toContainEqual({ relationshipId: joId, name: 'Jo', role: 'friend' });
  });

  it('filters by person and by section, and pages with before and limit', async () => {
    const byJo = (await read(owner, logUrl(owner.personId, `?person=${joId}`))).json().items;
    expect(byJo).toHaveLength(3);
    expect(byJo.every((e: { relationshipId: string }) => e.relationshipId === joId)).toBe(true);
    const plan = (
      await read(owner, logUrl(owner.personId, `?person=${joId}&section=crisis_plan`))
    ).json().items;
    expect(plan).toHaveLength(2);
    const first = (await read(owner, logUrl(owner.personId, '?limit=3'))).json();
    expect(first.items).toHaveLength(3);
    expect(first.nextBefore).toBe(first.items[2].seq);
    const second = (
      await read(owner, logUrl(owner.personId, `?limit=3&before=${first.nextBefore}`))
    ).json();
    expect(second.items).toHaveLength(1);
    expect(second.nextBefore).toBeNull();
    // Empty filters, as a form sends them, mean none.
    const all = await read(owner, logUrl(owner.personId, '?person=&section='));
    expect(all.json().items).toHaveLength(4);
    for (const bad of ['?limit=0', '?limit=201', '?section=secrets', '?before=x']) {
      expect((await read(owner, logUrl(owner.personId, bad))).statusCode, bad).toBe(400);
    }
  });

  it('downloads the same entries as a CSV that no name can turn into a formula', async () => {
    const response = await read(owner, csvUrl(owner.personId));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="waymark-access-log-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const lines = response.body.trimEnd().split('\r\n');
    expect(lines[0]).toBe('When (UTC),Who,Role,What,Part of the record,In words');
    expect(lines).toHaveLength(5);
    expect(lines).toContain(
      `${lines[2]?.split(',')[0]},Jo (friend),friend,viewed,crisis plan,Jo (friend) viewed your crisis plan`,
    );
    const hostile = lines.find((l) => l.includes('HYPERLINK')) ?? '';
    // Quoted (it holds commas and quotes), and inside the quotes it starts with '.
    expect(hostile).toContain(`"'=HYPERLINK(""http://evil.example"",""click"") (supporter)"`);
    for (const line of lines)
      expect(line.split(',').every((c) => !/^"?[=+\-@]/.test(c))).toBe(true);
    expect(response.body).not.toContain('neighbour');
    const filtered = await read(owner, csvUrl(owner.personId, `?person=${joId}&section=goals`));
    expect(filtered.body.trimEnd().split('\r\n')).toHaveLength(2);
  });

  it('does not log the owner reading their own log', async () => {
    const before = (await t.services.accessLog.list(owner.personId)).length;
    for (const url of [logUrl(owner.personId), csvUrl(owner.personId), verifyUrl(owner.personId)])
      expect((await read(owner, url)).statusCode).toBe(200);
    expect(await t.services.accessLog.list(owner.personId)).toHaveLength(before);
  });

  it('shows the log to nobody else, not even someone every section is shared with', async () => {
    const before = (await t.services.accessLog.list(owner.personId)).length;
    const nobody = crypto.randomUUID();
    for (const url of [logUrl, csvUrl, verifyUrl]) {
      for (const other of [mallory, jo, await signUp(t.app)]) {
        const theirs = comparable(await read(other, url(owner.personId)));
        expect(theirs.status).toBe(404);
        expect(theirs).toEqual(comparable(await read(other, url(nobody))));
      }
      expect((await t.app.inject({ method: 'GET', url: url(owner.personId) })).statusCode).toBe(
        401,
      );
    }
    expect(await t.services.accessLog.list(owner.personId)).toHaveLength(before);
  });

  it('says the log is whole, and finds an entry changed in the database', async () => {
    const whole = await read(owner, verifyUrl(owner.personId));
    expect(whole.json()).toEqual({ ok: true, entries: 4 });
    await t.store.db
      .updateTable('access_log')
      .set({ section: 'journal' })
      .where('person_id', '=', owner.personId)
      .where('seq', '=', 2)
      .execute();
    const changed = await read(owner, verifyUrl(owner.personId));
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({ ok: false, brokenAt: 2 });
  });
});
