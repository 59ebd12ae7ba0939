// Life-area ratings shared with someone: the chart names the areas its ratings rate even when
// goals (where life areas live) are not shared, and names no other area then.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LifeArea } from '../../../domain/record/record.schema.ts';
import type { Section } from '../../../domain/record/sections.ts';
import { create, type ItemJson, list, paths } from '../../test/api.ts';
import {
  aSupporterOf,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { checkinUrls } from '../../test/checkin-fixtures.ts';
import { DIALECTS } from '../../test/dialects.ts';

type Chart = { lifeAreas: { id: string; name: string; deleted: boolean }[]; latest: unknown };

describe.each(DIALECTS)('Shared life-area ratings on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  let areas: ItemJson<LifeArea>[];

  const supporterWith = async (sections: readonly Section[]) => {
    const supporter = await aSupporterOf(t, sam.personId, {
      grants: sections.map((section) => ({ section, level: 'view' as const, endsAt: null })),
    });
    return supporter;
  };
  const chartFor = (client: Client) =>
    client.request({ method: 'GET', url: checkinUrls(sam.personId).ratings });

  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
    areas = await list<LifeArea>(sam, paths(sam.personId).lifeAreas);
    const [first, second] = areas as [ItemJson<LifeArea>, ItemJson<LifeArea>];
    await create(sam, checkinUrls(sam.personId).ratings, {
      date: '2026-11-20',
      ratings: [
        { lifeAreaId: first.id, score: 3, wantHelp: false },
        { lifeAreaId: second.id, score: 5, wantHelp: true },
      ],
    });
  });
  afterAll(() => t.close());

  it('gives someone with check-ins but not goals the chart, naming only the rated areas', async () => {
    const jo = await supporterWith(['checkins']);
    const response = await chartFor(jo);
    expect(response.statusCode, response.body).toBe(200);
    const chart = response.json() as Chart;
    expect(chart.latest).not.toBeNull();
    expect(chart.lifeAreas).toEqual(
      areas.slice(0, 2).map((area) => ({ id: area.id, name: area.data.name, deleted: false })),
    );
    // Goals stay closed to them.
    const goals = await jo.request({ method: 'GET', url: paths(sam.personId).lifeAreas });
    expect(goals.statusCode).toBe(404);
  });

  it('gives someone with goals as well every life area, as the owner sees them', async () => {
    const priya = await supporterWith(['checkins', 'goals']);
    const theirs = (await chartFor(priya)).json() as Chart;
    const owners = (await chartFor(sam)).json() as Chart;
    expect(theirs.lifeAreas).toEqual(owners.lifeAreas);
    expect(theirs.lifeAreas.length).toBe(areas.length);
  });

  it('still refuses someone without check-ins', async () => {
    const other = await supporterWith(['goals']);
    expect((await chartFor(other)).statusCode).toBe(404);
  });
});
