// Suggestions through the HTTP app on both databases: someone with suggest access proposes,
// the person accepts (as it is, or changed), declines or the suggester withdraws; accepting
// writes through the versioned write with both names on the revision; bad input is a clear 4xx
// that changes nothing; suggesting is in the access log without any of the words.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GrantLevel } from '../../../domain/access/context.ts';
import type { Section } from '../../../domain/record/sections.ts';
import { create, expectError, ifMatch, recordSnapshot } from '../../test/api.ts';
import {
  aSupporterOf,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal } from '../../test/fixtures.ts';

describe.each(DIALECTS)('Suggestions on %s', (dialect) => {
  let t: TestApp;
  let person: Client;
  let goalId: string;
  const base = () => `/api/people/${person.personId}`;

  beforeAll(async () => {
    t = await startTestApp(dialect);
  });
  afterAll(async () => {
    await t.close();
  });
  beforeEach(async () => {
    person = await signUp(t.app, { displayName: 'Sam' });
    goalId = (await create(person, `${base()}/goals`, aGoal({ title: 'Get out more' }))).id;
  });

  const supporter = (level: GrantLevel, section: Section = 'goals', knownAs = 'Jo') =>
    aSupporterOf(t, person.personId, { grants: [{ section, level, endsAt: null }], knownAs });
  const get = (client: Client, url: string) => client.request({ method: 'GET', url });
  const post = (client: Client, url: string, payload?: object, headers = {}) =>
    client.request({ method: 'POST', url, payload: payload ?? {}, headers });
  const goal = async () => (await get(person, `${base()}/goals/${goalId}`)).json();
  const withStep = (data: ReturnType<typeof aGoal>, text: string) => ({
    ...data,
    steps: [...data.steps, { id: 'step-new', text, done: false }],
  });
  const suggestStep = async (jo: Client, text = 'Join the Saturday walk') => {
    const now = await goal();
    const made = await post(jo, `${base()}/suggestions/goals`, {
      itemId: goalId,
      baseVersion: now.version,
      data: withStep(now.data, text),
    });
    expect(made.statusCode, made.body).toBe(201);
    return made.json().id as string;
  };
  const history = async () => (await get(person, `${base()}/goals/${goalId}/history`)).json();
  const suggestionRows = () =>
    t.store.db
      .selectFrom('suggestion')
      .selectAll()
      .where('person_id', '=', person.personId)
      .execute();

  it('lets someone with suggest propose a new step; the record is untouched until the person accepts it', async () => {
    const jo = await supporter('suggest');
    const before = await recordSnapshot(t.store, person.personId);
    const id = await suggestStep(jo);
    expect(await recordSnapshot(t.store, person.personId)).toEqual(before);

    expect((await get(person, `${base()}/suggestions/count`)).json()).toEqual({ pending: 1 });
    const listed = (await get(person, `${base()}/suggestions`)).json();
    expect(listed.pending).toBe(1);
    const [one] = listed.suggestions;
    expect(one).toMatchObject({ id, kind: 'goal', itemId: goalId, status: 'pending' });
    expect(one.by).toMatchObject({ knownAs: 'Jo' });
    expect(one.outdated).toBe(false);
    expect(one.proposed.steps.map((s: { text: string }) => s.text)).toContain(
      'Join the Saturday walk',
    );

    const { version } = await goal();
    const accepted = await post(person, `${base()}/suggestions/${id}/accept`, {}, ifMatch(version));
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', changed: false });
    const saved = await goal();
    expect(saved.version).toBe(version + 1);
    expect(saved.data.steps.at(-1).text).toBe('Join the Saturday walk');
    const [latest] = (await history()).revisions;
    expect(latest).toMatchObject({
      authoredBy: jo.personId,
      authorName: 'Jo',
      agreedBy: person.personId,
      agreedByName: 'Sam',
    });
    expect(latest.agreedAt).toEqual(expect.any(String));
    const theirs = (await get(jo, '/api/suggestions/mine')).json().suggestions;
    expect(theirs).toEqual([
      expect.objectContaining({ id, status: 'accepted', personName: 'Sam', changed: false }),
    ]);
    expect((await get(person, `${base()}/suggestions/count`)).json()).toEqual({ pending: 0 });
  });

  it('accepts the person’s own changed wording, marked as changed', async () => {
    const jo = await supporter('suggest');
    const id = await suggestStep(jo, 'Walk on Saturday');
    const now = await goal();
    const mine = withStep(now.data, 'Join the Saturday morning walk');
    const accepted = await post(
      person,
      `${base()}/suggestions/${id}/accept`,
      { data: mine, reply: 'Morning suits me better' },
      ifMatch(now.version),
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({ status: 'accepted', changed: true });
    expect((await goal()).data.steps.at(-1).text).toBe('Join the Saturday morning walk');
    const [theirs] = (await get(jo, '/api/suggestions/mine')).json().suggestions;
    expect(theirs).toMatchObject({ changed: true, reply: 'Morning suits me better' });
  });

  it('suggests a new goal, and accepting it makes the goal with both names', async () => {
    const jo = await supporter('suggest');
    const made = await post(jo, `${base()}/suggestions/goals`, {
      itemId: null,
      baseVersion: 0,
      data: aGoal({ title: 'Cook once a week' }),
    });
    expect(made.statusCode, made.body).toBe(201);
    const accepted = await post(person, `${base()}/suggestions/${made.json().id}/accept`, {});
    expect(accepted.statusCode, accepted.body).toBe(200);
    const goals = (await get(person, `${base()}/goals`)).json().items;
    const cooked = goals.find(
      (g: { data: { title: string } }) => g.data.title === 'Cook once a week',
    );
    const versions = (await get(person, `${base()}/goals/${cooked.id}/history`)).json().revisions;
    expect(versions[0]).toMatchObject({
      action: 'create',
      authoredBy: jo.personId,
      agreedBy: person.personId,
    });
  });

  it('suggests on About me, a document not yet written (version 0)', async () => {
    const jo = await supporter('suggest', 'about_me');
    const made = await post(jo, `${base()}/suggestions/about-me`, {
      itemId: null,
      baseVersion: 0,
      data: {
        strengths: 'Kind',
        values: '',
        whatMatters: '',
        identity: '',
        culture: '',
        whenWell: '',
        howToSupportMe: '',
      },
    });
    expect(made.statusCode, made.body).toBe(201);
    const accepted = await post(
      person,
      `${base()}/suggestions/${made.json().id}/accept`,
      {},
      ifMatch(0),
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    const saved = (await get(person, `${base()}/about-me`)).json();
    expect(saved.data.strengths).toBe('Kind');
    // Who wrote this version and who agreed it, for the page and its print, to the owner only.
    expect(saved.agreed).toMatchObject({ authorName: 'Jo', byOwner: false, agreedByName: 'Sam' });
    expect((await get(jo, `${base()}/about-me`)).json().agreed).toBeUndefined();
  });

  it('keeps If-Match and 412: accepting against a version the person did not see changes nothing', async () => {
    const jo = await supporter('suggest');
    const id = await suggestStep(jo);
    const { version } = await goal();
    const before = await recordSnapshot(t.store, person.personId);
    const stale = await post(
      person,
      `${base()}/suggestions/${id}/accept`,
      {},
      ifMatch(version - 1),
    );
    expect(stale.statusCode).toBe(412);
    const missing = await post(person, `${base()}/suggestions/${id}/accept`, {});
    expectError(missing, 428, 'WM_VERSION_REQUIRED');
    expect(await recordSnapshot(t.store, person.personId)).toEqual(before);
    expect((await get(person, `${base()}/suggestions/${id}`)).json().status).toBe('pending');
  });

  it('shows the current words, the suggestion and its base when the record changed since, and never overwrites silently', async () => {
    const jo = await supporter('suggest');
    const now = await goal();
    const made = await post(jo, `${base()}/suggestions/goals`, {
      itemId: goalId,
      baseVersion: now.version,
      data: { ...now.data, title: 'Get out more often' },
    });
    const id = made.json().id;
    // The person changes the same words meanwhile.
    const changed = await person.request({
      method: 'PUT',
      url: `${base()}/goals/${goalId}`,
      headers: ifMatch(now.version),
      payload: { ...now.data, title: 'Get out at weekends' },
    });
    expect(changed.statusCode).toBe(200);
    const shown = (await get(person, `${base()}/suggestions/${id}`)).json();
    expect(shown.outdated).toBe(true);
    expect(shown.base.title).toBe('Get out more');
    expect(shown.proposed.title).toBe('Get out more often');
    expect(shown.current).toMatchObject({
      version: now.version + 1,
      data: { title: 'Get out at weekends' },
    });
    const before = await recordSnapshot(t.store, person.personId);
    const refused = await post(
      person,
      `${base()}/suggestions/${id}/accept`,
      {},
      ifMatch(now.version + 1),
    );
    expect(refused.statusCode).toBe(412);
    expect(refused.json().current.data.title).toBe('Get out at weekends');
    expect(await recordSnapshot(t.store, person.personId)).toEqual(before);
    // Choosing the words themselves settles it.
    const chosen = await post(
      person,
      `${base()}/suggestions/${id}/accept`,
      { data: { ...now.data, title: 'Get out more at weekends' } },
      ifMatch(now.version + 1),
    );
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect((await goal()).data.title).toBe('Get out more at weekends');
  });

  it('merges a suggestion with other changes made since when they do not overlap', async () => {
    const jo = await supporter('suggest');
    const id = await suggestStep(jo);
    const now = await goal();
    await person.request({
      method: 'PUT',
      url: `${base()}/goals/${goalId}`,
      headers: ifMatch(now.version),
      payload: { ...now.data, why: 'Fresh air helps' },
    });
    const accepted = await post(
      person,
      `${base()}/suggestions/${id}/accept`,
      {},
      ifMatch(now.version + 1),
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    const saved = (await goal()).data;
    expect(saved.why).toBe('Fresh air helps');
    expect(saved.steps.at(-1).text).toBe('Join the Saturday walk');
  });

  it('declines with a reply, and the suggester sees it; the record is untouched', async () => {
    const jo = await supporter('suggest');
    const id = await suggestStep(jo);
    const before = await recordSnapshot(t.store, person.personId);
    const declined = await post(person, `${base()}/suggestions/${id}/decline`, {
      reply: 'Not yet, thanks',
    });
    expect(declined.statusCode, declined.body).toBe(200);
    expect(await recordSnapshot(t.store, person.personId)).toEqual(before);
    const [theirs] = (await get(jo, '/api/suggestions/mine')).json().suggestions;
    expect(theirs).toMatchObject({ status: 'declined', reply: 'Not yet, thanks' });
  });

  it('lets the suggester withdraw a pending suggestion, logged for the person', async () => {
    const jo = await supporter('suggest');
    const id = await suggestStep(jo);
    const withdrawn = await post(jo, `/api/suggestions/mine/${id}/withdraw`);
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().status).toBe('withdrawn');
    expect((await get(person, `${base()}/suggestions/count`)).json()).toEqual({ pending: 0 });
    const log = await t.services.accessLog.list(person.personId);
    expect(log.map((e) => e.what).slice(0, 2)).toEqual(['suggestion_withdrawn', 'suggested']);
  });

  it('tells the person of a new suggestion and the suggester of the decision, with a name and a link only', async () => {
    const jo = await supporter('suggest');
    const notificationsOf = async (client: Client) =>
      (await get(client, '/api/notifications')).json().items as Record<string, unknown>[];
    const id = await suggestStep(jo, 'A very particular secret step');
    const [toSam] = await notificationsOf(person);
    expect(toSam).toMatchObject({ kind: 'suggestion_made', actorName: 'Jo', link: '/suggestions' });
    expect(await notificationsOf(jo)).toEqual([]);

    const now = await goal();
    const accepted = await post(
      person,
      `${base()}/suggestions/${id}/accept`,
      {},
      ifMatch(now.version),
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    const [toJo] = await notificationsOf(jo);
    expect(toJo).toMatchObject({ kind: 'suggestion_decided', actorName: 'Sam', link: '/people' });
    const stored = await t.store.db.selectFrom('notification').selectAll().execute();
    expect(JSON.stringify(stored)).not.toContain('particular secret');
  });

  it('logs suggesting in "what others did" with ids only, never the words', async () => {
    const jo = await supporter('suggest');
    const id = await suggestStep(jo, 'A very particular secret step');
    const [entry] = await t.services.accessLog.list(person.personId);
    expect(entry).toMatchObject({ what: 'suggested', section: 'goals', actorName: 'Jo' });
    const stored = await t.store.db
      .selectFrom('access_log')
      .selectAll()
      .where('person_id', '=', person.personId)
      .execute();
    expect(JSON.stringify(stored)).not.toContain('particular secret');
    expect(JSON.stringify(stored)).toContain(id);
  });

  describe('bad input: a clear 4xx that changes nothing', () => {
    const unchanged = async (send: () => Promise<{ statusCode: number }>) => {
      const record = await recordSnapshot(t.store, person.personId);
      const rows = await suggestionRows();
      const log = await t.services.accessLog.list(person.personId);
      const answer = await send();
      expect(await recordSnapshot(t.store, person.personId)).toEqual(record);
      expect(await suggestionRows()).toEqual(rows);
      expect(await t.services.accessLog.list(person.personId)).toEqual(log);
      return answer;
    };

    it('refuses a suggestion on a section without suggest access, as for a record not there', async () => {
      const viewer = await supporter('view');
      const other = await supporter('suggest', 'about_me', 'Kim');
      const now = await goal();
      const body = { itemId: goalId, baseVersion: now.version, data: withStep(now.data, 'x') };
      for (const who of [viewer, other, person]) {
        const answer = await unchanged(() => post(who, `${base()}/suggestions/goals`, body));
        expectError(answer as never, 404, 'WM_NOT_FOUND');
      }
    });

    it('refuses a suggestion on a deleted item', async () => {
      const jo = await supporter('suggest');
      const now = await goal();
      await person.request({
        method: 'DELETE',
        url: `${base()}/goals/${goalId}`,
        headers: ifMatch(now.version),
      });
      const body = { itemId: goalId, baseVersion: now.version, data: withStep(now.data, 'x') };
      const answer = await unchanged(() => post(jo, `${base()}/suggestions/goals`, body));
      expectError(answer as never, 409, 'WM_SUGGESTION_ITEM_GONE');
    });

    it('refuses accepting a suggestion whose item was deleted since', async () => {
      const jo = await supporter('suggest');
      const id = await suggestStep(jo);
      const now = await goal();
      await person.request({
        method: 'DELETE',
        url: `${base()}/goals/${goalId}`,
        headers: ifMatch(now.version),
      });
      const answer = await unchanged(() =>
        post(person, `${base()}/suggestions/${id}/accept`, {}, ifMatch(now.version + 1)),
      );
      expectError(answer as never, 409, 'WM_SUGGESTION_ITEM_GONE');
    });

    it('refuses accepting twice, and accepting or declining a withdrawn one', async () => {
      const jo = await supporter('suggest');
      const id = await suggestStep(jo);
      const { version } = await goal();
      expect(
        (await post(person, `${base()}/suggestions/${id}/accept`, {}, ifMatch(version))).statusCode,
      ).toBe(200);
      const twice = await unchanged(() =>
        post(person, `${base()}/suggestions/${id}/accept`, {}, ifMatch(version + 1)),
      );
      expectError(twice as never, 409, 'WM_SUGGESTION_DECIDED');
      const other = await suggestStep(jo);
      await post(jo, `/api/suggestions/mine/${other}/withdraw`);
      for (const url of [
        `${base()}/suggestions/${other}/accept`,
        `${base()}/suggestions/${other}/decline`,
      ]) {
        const answer = await unchanged(() => post(person, url, {}, ifMatch(version + 1)));
        expectError(answer as never, 409, 'WM_SUGGESTION_DECIDED');
      }
      const again = await unchanged(() => post(jo, `/api/suggestions/mine/${other}/withdraw`));
      expectError(again as never, 409, 'WM_SUGGESTION_DECIDED');
    });

    it('refuses oversize input: words over the section’s limits, and a reply over 1,000 characters', async () => {
      const jo = await supporter('suggest');
      const now = await goal();
      const long = await unchanged(() =>
        post(jo, `${base()}/suggestions/goals`, {
          itemId: goalId,
          baseVersion: now.version,
          data: { ...now.data, why: 'x'.repeat(20_001) },
        }),
      );
      expectError(long as never, 400, 'WM_VALIDATION_FAILED', 'data.why');
      const id = await suggestStep(jo);
      const reply = await unchanged(() =>
        post(person, `${base()}/suggestions/${id}/decline`, { reply: 'x'.repeat(1_001) }),
      );
      expectError(reply as never, 400, 'WM_VALIDATION_FAILED', 'reply');
      const changed = await unchanged(() =>
        post(
          person,
          `${base()}/suggestions/${id}/accept`,
          { data: { ...now.data, title: '' } },
          ifMatch(now.version),
        ),
      );
      expectError(changed as never, 400, 'WM_VALIDATION_FAILED', 'data.title');
    });

    it('refuses a base version nobody could have seen, and someone else’s suggestion', async () => {
      const jo = await supporter('suggest');
      const now = await goal();
      const ahead = await unchanged(() =>
        post(jo, `${base()}/suggestions/goals`, {
          itemId: goalId,
          baseVersion: now.version + 5,
          data: now.data,
        }),
      );
      expectError(ahead as never, 400, 'WM_VALIDATION_FAILED', 'baseVersion');
      const id = await suggestStep(jo);
      const kim = await supporter('suggest', 'goals', 'Kim');
      const notTheirs = await unchanged(() => post(kim, `/api/suggestions/mine/${id}/withdraw`));
      expectError(notTheirs as never, 404, 'WM_NOT_FOUND');
      const notTheirsToDecide = await unchanged(() =>
        post(jo, `${base()}/suggestions/${id}/decline`, {}),
      );
      expectError(notTheirsToDecide as never, 404, 'WM_NOT_FOUND');
    });
  });
});
