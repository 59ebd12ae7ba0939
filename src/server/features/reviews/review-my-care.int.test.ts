// A person connected to a service's team rates that service's own "my care" items before a
// review (decisions 0042 and 0043); someone with no service connection rates the default three.
// An item the service does not ask about now is refused, and the words kept with each rating are
// the service's own, so the review still reads right after the service renames it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ifMatch } from '../../test/api.ts';
import {
  aServiceAdmin,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aTeam, connectToTeam } from '../../test/team-fixtures.ts';

describe.each(DIALECTS)('“My care” items in a review on %s', (dialect) => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await aServiceAdmin(t);
  });
  afterAll(() => t.close());

  const startReview = async (person: Client) => {
    const started = await person.request({
      method: 'POST',
      url: `/api/people/${person.personId}/reviews`,
      payload: {},
    });
    expect(started.statusCode, started.body).toBe(201);
    return started.json() as {
      id: string;
      version: number;
      myCareToRate: { id: string; words: string }[];
    };
  };

  it('offers the default three to someone with no service', async () => {
    const person = await signUp(t.app);
    const review = await startReview(person);
    expect(review.myCareToRate.map((item) => item.id)).toEqual([
      'medication',
      'practical-help',
      'meetings-with-professionals',
    ]);
  });

  it('offers the service’s own items once the person joins one of its teams', async () => {
    // The service adds its own item to the three it starts with.
    const list = await admin.request({ method: 'GET', url: '/api/service/my-care-items' });
    expect(list.statusCode, list.body).toBe(200);
    const added = await admin.request({
      method: 'POST',
      url: '/api/service/my-care-items',
      headers: { 'if-match': list.headers.etag as string },
      payload: { label: 'Help with housing' },
    });
    expect(added.statusCode, added.body).toBe(201);
    const team = await aTeam(admin);
    const person = await signUp(t.app);
    await connectToTeam(person, team.code, { reviews: 'view' });

    const review = await startReview(person);
    const housing = review.myCareToRate.find((item) => item.words === 'Help with housing');
    expect(housing).toBeDefined();
    expect(review.myCareToRate).toHaveLength(4);

    const rate = (id: string) =>
      person.request({
        method: 'PUT',
        url: `/api/people/${person.personId}/reviews/${review.id}/ratings`,
        headers: ifMatch(review.version),
        payload: {
          ratedOn: '2026-11-20',
          lifeAreas: [],
          myCare: [{ id, score: 2, wantHelp: true }],
        },
      });
    // The default's id is not one this service asks about.
    expect((await rate('practical-help')).statusCode).toBe(400);
    const rated = await rate(housing?.id as string);
    expect(rated.statusCode, rated.body).toBe(200);
    expect(rated.json().myCare).toEqual([
      { id: housing?.id, words: 'Help with housing', score: 2, wantHelp: true },
    ]);
  });
});
