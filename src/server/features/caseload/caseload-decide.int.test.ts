// The caseload's batch path decides each person exactly as one record request would (decision
// 0044's addendum, "Batched"), on both databases. People with different grants: everything
// shared, sharing paused, a grant past its end, "for me only" rows, a person in two of the
// practitioner's teams with a section through each, and one sharing nothing the caseload reads.
// For each, the batch loader's context is the one-person loader's, the row shows exactly the
// sections `decide` allows, withheld rows stay out, and the log has one entry per person shown.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessContext } from '../../../domain/access/context.ts';
import { decide } from '../../../domain/access/decision.ts';
import type { AccountActor } from '../../../domain/access/policy.ts';
import {
  aServiceAdmin,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { aCheckin, checkinUrls } from '../../test/checkin-fixtures.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aPhq9Answer } from '../../test/measure-fixtures.ts';
import { aPractitionerIn, aTeam, connectToTeam } from '../../test/team-fixtures.ts';

type Row = {
  personId: string;
  name: string;
  team: { id: string; name: string };
  shared: { checkins: boolean; measures: boolean; reviews: boolean };
  lastCheckIn: string | null;
  measures: { measureId: string; latest: number; previous: number | null }[];
};

const SECTIONS = ['checkins', 'measures', 'reviews'] as const;

/** A context with its grants in one order, to compare two loads of it. */
const inOrder = (context: AccessContext): AccessContext => {
  const key = (grant: object) => JSON.stringify(grant);
  return {
    ...context,
    grants: [...context.grants].sort((a, b) => key(a).localeCompare(key(b))),
  };
};

describe.each(DIALECTS)(
  'The caseload decides each person as a record request would, on %s',
  (dialect) => {
    let t: TestApp;
    let priya: Client;
    let actor: AccountActor;
    const people: Record<string, Client> = {};

    const expect201 = async (response: Promise<{ statusCode: number; body: string }>) => {
      const answered = await response;
      expect(answered.statusCode, answered.body).toBe(201);
    };
    const checkIn = (person: Client, takenAt: string, forMeOnly = false) =>
      expect201(
        person.request({
          method: 'POST',
          url: checkinUrls(person.personId).checkins,
          payload: aCheckin({ takenAt, forMeOnly }),
        }),
      );
    const answerPhq9 = (person: Client, scores: number[], forMeOnly = false) => {
      t.clock.advanceMinutes(1);
      return expect201(
        person.request({
          method: 'POST',
          url: `/api/people/${person.personId}/measure-responses`,
          payload: { ...aPhq9Answer(scores), forMeOnly },
        }),
      );
    };
    const caseload = async () => {
      const response = await priya.request({ method: 'GET', url: '/api/caseload?sort=name' });
      expect(response.statusCode, response.body).toBe(200);
      return (response.json() as { people: Row[] }).people;
    };
    const caseloadViews = async (personId: string) =>
      (await t.services.accessLog.list(personId)).filter(
        (entry) => entry.what === 'viewed' && entry.detail.route === 'GET /api/caseload',
      );

    beforeAll(async () => {
      t = await startTestApp(dialect);
      const admin = await aServiceAdmin(t);
      const riverside = await aTeam(admin, 'Riverside team');
      const hillside = await aTeam(admin, 'Hillside team');
      priya = await aPractitionerIn(t, admin, riverside.id, { name: 'Priya Shah' });
      actor = { accountId: priya.personId, role: 'practitioner' };
      // Priya is in Hillside team too: the same account, invited again by email.
      const { email } = await t.store.db
        .selectFrom('account')
        .select('email')
        .where('id', '=', priya.personId)
        .executeTakeFirstOrThrow();
      await expect201(
        admin.request({
          method: 'POST',
          url: '/api/service/staff',
          payload: { name: 'Priya Shah', email, teamId: hillside.id },
        }),
      );

      const person = async (name: string) => {
        people[name] = await signUp(t.app, { displayName: name });
        return people[name] as Client;
      };
      const all = { checkins: 'view', measures: 'view', reviews: 'view' } as const;

      // Amy shares all three.
      const amy = await person('Amy Allen');
      await connectToTeam(amy, riverside.code, all);
      await checkIn(amy, '2026-11-20T09:00:00+00:00');
      await answerPhq9(amy, [1, 1, 1, 1, 0, 0, 0, 0, 0]);

      // Bea shares all three, then pauses all sharing.
      const bea = await person('Bea Bell');
      await connectToTeam(bea, riverside.code, all);
      await checkIn(bea, '2026-11-20T09:00:00+00:00');
      const paused = await bea.request({
        method: 'POST',
        url: `/api/people/${bea.personId}/sharing/pause`,
        payload: { emergencyLinks: false },
      });
      expect(paused.statusCode, paused.body).toBe(204);

      // Cal shares check-ins for ten minutes (the clock passes that below), measures for good.
      const cal = await person('Cal Cole');
      await connectToTeam(
        cal,
        riverside.code,
        { checkins: 'view' },
        { endsAt: new Date(t.clock.now.getTime() + 10 * 60_000).toISOString() },
      );
      await connectToTeam(cal, hillside.code, { measures: 'view' });
      await checkIn(cal, '2026-11-21T09:00:00+00:00');
      await answerPhq9(cal, [2, 2, 2, 2, 1, 1, 1, 1, 0]);

      // Dee shares check-ins and measures; her latest of each is "for me only".
      const dee = await person('Dee Dunn');
      await connectToTeam(dee, riverside.code, { checkins: 'view', measures: 'view' });
      await checkIn(dee, '2026-11-18T09:00:00+00:00');
      await checkIn(dee, '2026-11-24T09:00:00+00:00', true);
      await answerPhq9(dee, [1, 1, 1, 1, 0, 0, 0, 0, 0]);
      await answerPhq9(dee, [3, 3, 3, 3, 3, 3, 3, 3, 0], true);

      // Eve is in both of Priya's teams: check-ins through one, reviews through the other.
      const eve = await person('Eve Ellis');
      await connectToTeam(eve, riverside.code, { checkins: 'view' });
      await connectToTeam(eve, hillside.code, { reviews: 'view' });
      await checkIn(eve, '2026-11-22T09:00:00+00:00');

      // Fay shares only goals: nothing the caseload reads.
      const fay = await person('Fay Ford');
      await connectToTeam(fay, riverside.code, { goals: 'view' });

      t.clock.advanceMinutes(15);
    });
    afterAll(() => t.close());

    it('loads for each person the context the one-person loader loads, and shows what decide allows', async () => {
      const ids = Object.values(people).map((person) => person.personId);
      const batch = await t.services.contextsFor(actor, ids);
      const decided = new Map<string, ReturnType<typeof decide>>();
      for (const id of ids) {
        const single = await t.services.contextFor(actor, id);
        const batched = batch.get(id);
        // The same context (grants come in the database's order, which `decide` does not mind)…
        expect(batched && inOrder(batched)).toEqual(inOrder(single));
        // …so the same decision.
        expect(batched && decide(batched)).toEqual(decide(single));
        decided.set(id, decide(single));
      }

      const rows = await caseload();
      expect(rows.map((row) => row.name)).toEqual(Object.keys(people).sort());
      for (const row of rows) {
        const decision = decided.get(row.personId);
        for (const section of SECTIONS)
          expect(row.shared[section], `${row.name}: ${section}`).toBe(
            decision?.read.has(section) ?? false,
          );
      }
      // What that means for each of them, as the person would expect.
      const byName = new Map(rows.map((row) => [row.name, row]));
      expect(Object.fromEntries([...byName].map(([name, row]) => [name, row.shared]))).toEqual({
        'Amy Allen': { checkins: true, measures: true, reviews: true },
        'Bea Bell': { checkins: false, measures: false, reviews: false },
        'Cal Cole': { checkins: false, measures: true, reviews: false },
        'Dee Dunn': { checkins: true, measures: true, reviews: false },
        'Eve Ellis': { checkins: true, measures: false, reviews: true },
        'Fay Ford': { checkins: false, measures: false, reviews: false },
      });
      // Paused and past its end: nothing of it is read.
      expect(byName.get('Bea Bell')).toMatchObject({ lastCheckIn: null, measures: [] });
      expect(byName.get('Cal Cole')?.lastCheckIn).toBeNull();
      expect(byName.get('Cal Cole')?.measures).toEqual([
        expect.objectContaining({ measureId: 'phq-9', latest: 12, previous: null }),
      ]);
      // "For me only" rows stay out: the earlier check-in and answer are the latest shown.
      expect(byName.get('Dee Dunn')?.lastCheckIn).toBe('2026-11-18');
      expect(byName.get('Dee Dunn')?.measures).toEqual([
        expect.objectContaining({ measureId: 'phq-9', latest: 4, previous: null }),
      ]);
      // The person in two teams is one row (the names above), with what each team was given.
      expect(byName.get('Eve Ellis')?.lastCheckIn).toBe('2026-11-22');
    });

    it('logs each person shown once a request, and no one whose record was not read', async () => {
      const before = new Map<string, number>();
      for (const [name, person] of Object.entries(people))
        before.set(name, (await caseloadViews(person.personId)).length);
      await caseload();
      const added: Record<string, number> = {};
      for (const [name, person] of Object.entries(people))
        added[name] = (await caseloadViews(person.personId)).length - (before.get(name) ?? 0);
      expect(added).toEqual({
        'Amy Allen': 1,
        'Bea Bell': 0,
        'Cal Cole': 1,
        'Dee Dunn': 1,
        'Eve Ellis': 1,
        'Fay Ford': 0,
      });
      const [entry] = (await caseloadViews(people['Eve Ellis']?.personId ?? '')).slice(-1);
      expect(entry).toMatchObject({
        actorId: priya.personId,
        actorName: 'Priya Shah',
        detail: { sections: 'checkins,reviews' },
      });
      // Every person's chain still checks out after entries written together.
      for (const person of Object.values(people))
        expect(await t.services.accessLog.verifyChain(person.personId)).toMatchObject({ ok: true });
    });
  },
);
