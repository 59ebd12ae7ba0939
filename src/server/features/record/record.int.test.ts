// Durability and concurrency of record writes: no lost updates when many saves race, and
// every acknowledged write has a revision holding exactly what the client was told.
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { id } from '../../../domain/validation.ts';
import { create, ifMatch, paths, recordSnapshot } from '../../test/api.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal, aLifeArea, aNote, anAboutMe } from '../../test/fixtures.ts';

const RACERS = 20;

const statuses = (responses: LightMyRequestResponse[]) =>
  responses.map((r) => r.statusCode).sort((a, b) => a - b);
const oneWinner = [200, ...Array(RACERS - 1).fill(412)];

describe.each(DIALECTS)('Concurrent saves on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let url: ReturnType<typeof paths>;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    url = paths(sam.personId);
  });
  afterAll(() => t.close());

  it(`lets exactly one of ${RACERS} saves with the same If-Match win; the rest get 412`, async () => {
    const goal = await create(sam, url.goals, aGoal());
    const responses = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        sam.request({
          method: 'PUT',
          url: url.goal(goal.id),
          headers: ifMatch(1),
          payload: aGoal({ title: `Racer ${i}` }),
        }),
      ),
    );
    expect(statuses(responses)).toEqual(oneWinner);
    const winner = responses.find((r) => r.statusCode === 200)?.json();
    for (const loser of responses.filter((r) => r.statusCode === 412)) {
      expect(loser.json().current).toMatchObject({ version: 2, data: winner.data });
    }
    const history = await sam.request({ method: 'GET', url: `${url.goal(goal.id)}/history` });
    expect(history.json().revisions.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    expect(history.json().revisions[0].data).toEqual(winner.data);
  });

  it(`lets exactly one of ${RACERS} deletes and saves racing on one version win`, async () => {
    const goal = await create(sam, url.goals, aGoal());
    const responses = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        i % 2
          ? sam.request({ method: 'DELETE', url: url.goal(goal.id), headers: ifMatch(1) })
          : sam.request({
              method: 'PUT',
              url: url.goal(goal.id),
              headers: ifMatch(1),
              payload: aGoal(),
            }),
      ),
    );
    // A loser may see 412 (version moved on) or 404 (the goal was deleted first).
    expect(responses.filter((r) => r.statusCode === 200)).toHaveLength(1);
    expect(responses.every((r) => [200, 404, 412].includes(r.statusCode))).toBe(true);
    const history = await sam.request({ method: 'GET', url: `${url.goal(goal.id)}/history` });
    expect(history.json().revisions).toHaveLength(2);
  });

  it(`keeps one About me when ${RACERS} first saves race`, async () => {
    const racer = await signUp(t.app);
    const aboutMe = paths(racer.personId).aboutMe;
    const responses = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        racer.request({
          method: 'PUT',
          url: aboutMe,
          headers: ifMatch(0),
          payload: anAboutMe({ strengths: `Racer ${i}` }),
        }),
      ),
    );
    expect(statuses(responses)).toEqual(oneWinner);
    const stored = await recordSnapshot(t.store, racer.personId);
    const documents = stored.items.filter((item) => item.kind === 'about_me');
    expect(documents).toHaveLength(1);
    expect(id().safeParse(documents[0]?.id).success).toBe(true);
    expect(stored.revisions.filter((r) => r.kind === 'about_me')).toHaveLength(1);
    const winner = responses.find((r) => r.statusCode === 200)?.json();
    expect((await racer.request({ method: 'GET', url: aboutMe })).json()).toMatchObject({
      version: 1,
      data: winner.data,
    });
  });

  it(`creates all of ${RACERS} goals added at once, each with its first version`, async () => {
    const racer = await signUp(t.app);
    const goals = paths(racer.personId).goals;
    const responses = await Promise.all(
      Array.from({ length: RACERS }, (_, i) =>
        racer.request({ method: 'POST', url: goals, payload: aGoal({ title: `Goal ${i}` }) }),
      ),
    );
    expect(responses.every((r) => r.statusCode === 201)).toBe(true);
    const stored = await recordSnapshot(t.store, racer.personId);
    const created = stored.items.filter((item) => item.kind === 'goal');
    expect(created).toHaveLength(RACERS);
    expect(stored.revisions.filter((r) => r.kind === 'goal')).toHaveLength(RACERS);
  });
});

describe.each(DIALECTS)('Revisions on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
  });
  afterAll(() => t.close());

  it('has, for every acknowledged write, a revision with exactly the data the client was sent', async () => {
    const url = paths(sam.personId);
    const acked: LightMyRequestResponse[] = [];
    const send = async (options: Parameters<Client['request']>[0]) => {
      const response = await sam.request(options);
      expect(response.statusCode, response.body).toBeLessThan(300);
      acked.push(response);
      return response.json();
    };
    const goal = await send({ method: 'POST', url: url.goals, payload: aGoal() });
    await send({
      method: 'PUT',
      url: url.goal(goal.id),
      headers: ifMatch(1),
      payload: aGoal({ why: 'Line one\nLine two ✓' }),
    });
    const note = await send({ method: 'POST', url: url.notes(goal.id), payload: aNote() });
    await send({ method: 'DELETE', url: url.note(goal.id, note.id), headers: ifMatch(1) });
    await send({
      method: 'POST',
      url: `${url.note(goal.id, note.id)}/undelete`,
      headers: ifMatch(2),
    });
    await send({ method: 'DELETE', url: url.goal(goal.id), headers: ifMatch(2) });
    await send({
      method: 'POST',
      url: `${url.goal(goal.id)}/history/restore`,
      headers: ifMatch(3),
      payload: { version: 1 },
    });
    const area = await send({ method: 'POST', url: url.lifeAreas, payload: aLifeArea() });
    await send({
      method: 'PUT',
      url: url.lifeArea(area.id),
      headers: ifMatch(1),
      payload: aLifeArea({ name: 'Renamed' }),
    });
    await send({ method: 'PUT', url: url.aboutMe, headers: ifMatch(0), payload: anAboutMe() });
    await send({
      method: 'PUT',
      url: url.aboutMe,
      headers: ifMatch(1),
      payload: anAboutMe({ culture: 'Ñandú, 日本' }),
    });

    const { items, revisions } = await recordSnapshot(t.store, sam.personId);
    for (const item of items) {
      const versions = revisions.filter((r) => r.item_id === item.id).map((r) => r.version);
      expect(versions, item.kind).toEqual(Array.from({ length: item.version }, (_, i) => i + 1));
      const latest = revisions.find((r) => r.item_id === item.id && r.version === item.version);
      expect(latest?.data, item.kind).toBe(item.data);
    }
    for (const response of acked) {
      const body = response.json();
      const id = body.id ?? items.find((item) => item.kind === 'about_me')?.id;
      const revision = revisions.find((r) => r.item_id === id && r.version === body.version);
      expect(JSON.parse(revision?.data ?? 'null'), response.body).toEqual(body.data);
    }
  });
});
