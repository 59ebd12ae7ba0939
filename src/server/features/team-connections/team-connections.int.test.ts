// A person connecting to a team with its code, and the team's side (issue 14, decision 0040), on
// both databases: the person sees the team and service before agreeing; a practitioner in the
// team reads what was shared, logged under their own name with the team; a practitioner in
// another team, a service admin and staff without a second factor see nothing; leaving a team
// or a service, removing a member and archiving a team each end access on the next request;
// and every refusal changes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AccessLogEntryView } from '../../../domain/sharing/access-log.schema.ts';
import { entrySentence } from '../../../domain/sharing/access-log-words.ts';
import { PREVIEW_AS_HEADER } from '../../../domain/sharing/grants.schema.ts';
import { comparable, create, expectError, paths, saveFirstCrisisPlan } from '../../test/api.ts';
import {
  aServiceAdmin,
  type Client,
  signUp,
  signUpAs,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal } from '../../test/fixtures.ts';
import { aPractitionerIn, aTeam, connectToTeam } from '../../test/team-fixtures.ts';

describe.each(DIALECTS)('Connecting to a team on %s', (dialect) => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    admin = await aServiceAdmin(t);
  });
  afterAll(() => t.close());

  const get = (client: Client, url: string) => client.request({ method: 'GET', url });
  const views = async (personId: string) =>
    (await t.services.accessLog.list(personId)).filter((e) => e.what === 'viewed');
  const relationshipRows = async (personId: string) =>
    t.store.db.selectFrom('relationship').selectAll().where('person_id', '=', personId).execute();
  const myPeople = async (client: Client) => {
    const response = await get(client, '/api/teams/my-people');
    expect(response.statusCode, response.body).toBe(200);
    return response.json().people as {
      personId: string;
      name: string;
      team: { id: string; name: string };
      sections: Record<string, string>;
    }[];
  };

  async function aPersonWithRecord() {
    const person = await signUp(t.app);
    await create(person, paths(person.personId).goals, aGoal({ title: 'Walk to the park' }));
    return person;
  }

  it('lets a practitioner record their own view beside a plan shared with suggest, and not beside one only viewed', async () => {
    const team = await aTeam(admin, 'Views team');
    const priya = await aPractitionerIn(t, admin, team.id, { name: 'Priya Shah' });
    const person = await aPersonWithRecord();
    const base = `/api/people/${person.personId}`;
    const plan = await get(person, `${base}/staying-well-plan`);
    const saved = await person.request({
      method: 'PUT',
      url: `${base}/staying-well-plan`,
      headers: { 'if-match': 'W/"0"' },
      payload: plan.json().data,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    await connectToTeam(person, team.code, { staying_well: 'suggest', crisis_plan: 'view' });
    const view = { part: '', version: 1, text: 'I see the mornings differently' };
    const added = await priya.request({
      method: 'POST',
      url: `${base}/staying-well-plan/views`,
      payload: view,
    });
    expect(added.statusCode, added.body).toBe(201);
    // The person sees it beside their plan, under the practitioner's own name; the plan is as it was.
    const beside = await get(person, `${base}/staying-well-plan/views`);
    expect(beside.statusCode, beside.body).toBe(200);
    expect(beside.body).toContain('I see the mornings differently');
    expect(beside.body).toContain('Priya Shah');
    expect((await get(person, `${base}/staying-well-plan`)).json().version).toBe(1);
    // Only view on the crisis plan: no view beside it, as for a record that is not there.
    const refused = await priya.request({
      method: 'POST',
      url: `${base}/crisis-plan/views`,
      payload: view,
    });
    expect(refused.statusCode, refused.body).toBe(404);
  });

  it('lets the person see what a team sees through its connection, from the same decide, logging nothing', async () => {
    const team = await aTeam(admin, 'Preview team');
    const person = await aPersonWithRecord();
    const relationshipId = await connectToTeam(person, team.code, { goals: 'view' });
    const base = `/api/people/${person.personId}`;
    const preview = await get(person, `${base}/sharing/${relationshipId}/preview`);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({ relationshipId, read: ['goals'], paused: false });
    // The record's own routes as the team gets them: goals, and nothing else.
    const asTheTeam = (url: string) =>
      person.request({ method: 'GET', url, headers: { [PREVIEW_AS_HEADER]: relationshipId } });
    const goals = await asTheTeam(paths(person.personId).goals);
    expect(goals.statusCode, goals.body).toBe(200);
    expect(goals.json().items[0].data.title).toBe('Walk to the park');
    expect((await asTheTeam(paths(person.personId).aboutMe)).statusCode).toBe(404);
    expect(await views(person.personId)).toEqual([]);
    // Paused, the team sees nothing, and the preview says so.
    const paused = await person.request({
      method: 'POST',
      url: `${base}/sharing/pause`,
      payload: { emergencyLinks: false },
    });
    expect(paused.statusCode, paused.body).toBeLessThan(300);
    const whilePaused = await get(person, `${base}/sharing/${relationshipId}/preview`);
    expect(whilePaused.json()).toMatchObject({ read: [], paused: true });
    expect((await asTheTeam(paths(person.personId).goals)).statusCode).toBe(404);
  });

  it('shows the team and service before the person agrees, then lets the team read what was shared', async () => {
    const team = await aTeam(admin, 'Riverside team');
    const priya = await aPractitionerIn(t, admin, team.id, { name: 'Priya Shah' });
    const person = await aPersonWithRecord();

    // Before connecting, the practitioner sees nothing of the person.
    expect((await get(priya, paths(person.personId).goals)).statusCode).toBe(404);
    expect(await myPeople(priya)).toEqual([]);

    const preview = await person.request({
      method: 'POST',
      url: `/api/people/${person.personId}/teams/preview`,
      payload: { code: team.code.toLowerCase().replace(/(...)/g, '$1 ') },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toEqual({
      teamName: 'Riverside team',
      serviceName: 'Riverside Recovery Team',
    });
    // A preview changes nothing.
    expect(await relationshipRows(person.personId)).toEqual([]);

    const relationshipId = await connectToTeam(person, team.code, { goals: 'view' });
    const goals = await get(priya, paths(person.personId).goals);
    expect(goals.statusCode).toBe(200);
    expect(goals.json().items[0].data.title).toBe('Walk to the park');
    // The shared record's pages find the person among those who share with the practitioner.
    const sharedWithMe = await get(priya, '/api/shared-with-me');
    expect(sharedWithMe.json()).toEqual([
      expect.objectContaining({ personId: person.personId, sections: { goals: 'view' } }),
    ]);
    // Only what was shared: the about-me section was not.
    expect((await get(priya, paths(person.personId).aboutMe)).statusCode).toBe(404);

    // Logged under the member's own name and role, with the team.
    const [entry] = await views(person.personId);
    expect(entry).toMatchObject({
      actorId: priya.personId,
      actorName: 'Priya Shah',
      actorRole: 'practitioner',
      relationshipId,
      section: 'goals',
    });
    const log = await get(person, `/api/people/${person.personId}/access-log`);
    const page = log.json() as { items: AccessLogEntryView[]; people: { name: string }[] };
    const viewed = page.items.find((item) => item.what === 'viewed');
    expect(viewed && entrySentence(viewed, [])).toBe(
      'Priya Shah (Riverside team) viewed your goals',
    );
    const joined = page.items.find((item) => item.what === 'team_joined');
    expect(joined && entrySentence(joined, page.people as never)).toBe(
      'You connected to Riverside team',
    );

    // The person's Sharing page lists the team like anyone else, with its service.
    const sharing = await get(person, `/api/people/${person.personId}/sharing`);
    expect(sharing.json().people).toEqual([
      expect.objectContaining({
        relationshipId,
        knownAs: 'Riverside team',
        sections: { goals: 'view' },
        team: expect.objectContaining({
          name: 'Riverside team',
          serviceName: 'Riverside Recovery Team',
        }),
      }),
    ]);
  });

  it('lists the people connected to my teams with what each shared, and logs no read for it', async () => {
    const team = await aTeam(admin);
    const other = await aTeam(admin);
    const priya = await aPractitionerIn(t, admin, team.id);
    const sam = await aPractitionerIn(t, admin, other.id, { name: 'Sam Jones' });
    const person = await aPersonWithRecord();
    await connectToTeam(person, team.code, { goals: 'suggest', crisis_plan: 'view' });
    const before = (await t.services.accessLog.list(person.personId)).length;

    const people = await myPeople(priya);
    expect(people).toEqual([
      expect.objectContaining({
        personId: person.personId,
        team: { id: team.id, name: team.name },
        sections: { goals: 'suggest', crisis_plan: 'view' },
      }),
    ]);
    expect(people[0]?.name).not.toBe('');
    // A practitioner in another team sees nobody, and gets the 404 of nobody's record.
    expect(await myPeople(sam)).toEqual([]);
    const theirs = await get(sam, paths(person.personId).goals);
    const nobody = await get(sam, paths(crypto.randomUUID()).goals);
    expect(comparable(theirs)).toEqual(comparable(nobody));
    // Nothing of the record was shown, so nothing was logged.
    expect((await t.services.accessLog.list(person.personId)).length).toBe(before);

    // While the person pauses sharing, the team still lists them, with nothing shared.
    await person.request({
      method: 'POST',
      url: `/api/people/${person.personId}/sharing/pause`,
      payload: { emergencyLinks: false },
    });
    expect((await myPeople(priya))[0]?.sections).toEqual({});
    expect((await get(priya, paths(person.personId).goals)).statusCode).toBe(404);
  });

  it('lets the person change what the team sees, and leave the team: access ends on the very next request', async () => {
    const team = await aTeam(admin);
    const priya = await aPractitionerIn(t, admin, team.id);
    const person = await aPersonWithRecord();
    await saveFirstCrisisPlan(person, {
      ...(await import('../../../domain/record/plans.schema.ts')).EMPTY_CRISIS_PLAN,
      whatHelps: 'Music',
    });
    const relationshipId = await connectToTeam(person, team.code, { goals: 'view' });
    expect((await get(priya, `/api/people/${person.personId}/crisis-plan`)).statusCode).toBe(404);

    const changed = await person.request({
      method: 'PUT',
      url: `/api/people/${person.personId}/sharing/${relationshipId}`,
      payload: {
        sections: { crisis_plan: 'view' },
        endsAt: null,
        advanceChoice: false,
        tellThem: false,
      },
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await get(priya, `/api/people/${person.personId}/crisis-plan`)).statusCode).toBe(200);
    expect((await get(priya, paths(person.personId).goals)).statusCode).toBe(404);

    const left = await person.request({
      method: 'POST',
      url: `/api/people/${person.personId}/teams/${relationshipId}/leave`,
    });
    expect(left.statusCode, left.body).toBe(204);
    expect((await get(priya, `/api/people/${person.personId}/crisis-plan`)).statusCode).toBe(404);
    expect(await myPeople(priya)).toEqual([]);
    // The person keeps everything.
    expect(
      (await get(person, `/api/people/${person.personId}/crisis-plan`)).json().data.whatHelps,
    ).toBe('Music');
    const leftEntry = (await t.services.accessLog.list(person.personId)).find(
      (e) => e.what === 'left_team',
    );
    expect(leftEntry).toMatchObject({ relationshipId, actorRole: 'owner' });
    // Leaving again is the 404 of a connection that is not there.
    const again = await person.request({
      method: 'POST',
      url: `/api/people/${person.personId}/teams/${relationshipId}/leave`,
    });
    expectError(again, 404, 'WM_NOT_FOUND');
    // They can connect again with the code, choosing afresh.
    await connectToTeam(person, team.code, { goals: 'view' });
    expect((await get(priya, paths(person.personId).goals)).statusCode).toBe(200);
  });

  it('leaves every team of a service at once', async () => {
    const one = await aTeam(admin);
    const two = await aTeam(admin);
    const priya = await aPractitionerIn(t, admin, one.id);
    const sam = await aPractitionerIn(t, admin, two.id);
    const person = await aPersonWithRecord();
    await connectToTeam(person, one.code, { goals: 'view' });
    await connectToTeam(person, two.code, { goals: 'view' });
    const left = await person.request({
      method: 'POST',
      url: `/api/people/${person.personId}/services/${(admin as { serviceId?: string }).serviceId}/leave`,
    });
    expect(left.statusCode, left.body).toBe(204);
    expect((await get(priya, paths(person.personId).goals)).statusCode).toBe(404);
    expect((await get(sam, paths(person.personId).goals)).statusCode).toBe(404);
    const entries = (await t.services.accessLog.list(person.personId)).filter(
      (e) => e.what === 'left_team',
    );
    expect(entries).toHaveLength(2);
    expect(entries.every((e) => e.detail.wholeService === true)).toBe(true);
    // A service they are not connected to: the 404, nothing changed.
    const none = await person.request({
      method: 'POST',
      url: `/api/people/${person.personId}/services/${crypto.randomUUID()}/leave`,
    });
    expectError(none, 404, 'WM_NOT_FOUND');
  });

  it('refuses a code that is no team’s, a second connection, and too many guesses, changing nothing', async () => {
    const team = await aTeam(admin);
    const person = await aPersonWithRecord();
    const unknown = await person.request({
      method: 'POST',
      url: `/api/people/${person.personId}/teams`,
      payload: {
        code: 'AAA-AAA-AAA-A',
        sections: { goals: 'view' },
        endsAt: null,
        advanceChoice: false,
      },
    });
    expectError(unknown, 404, 'WM_TEAM_CODE_UNKNOWN', 'code');
    expect(await relationshipRows(person.personId)).toEqual([]);

    await connectToTeam(person, team.code, { goals: 'view' });
    const twice = await person.request({
      method: 'POST',
      url: `/api/people/${person.personId}/teams`,
      payload: {
        code: team.code,
        sections: { about_me: 'view' },
        endsAt: null,
        advanceChoice: false,
      },
    });
    expectError(twice, 409, 'WM_TEAM_ALREADY_CONNECTED');
    expect(await relationshipRows(person.personId)).toHaveLength(1);

    // Someone else cannot connect the person, or preview a code as them.
    const stranger = await signUp(t.app);
    const asStranger = await stranger.request({
      method: 'POST',
      url: `/api/people/${person.personId}/teams/preview`,
      payload: { code: team.code },
    });
    expectError(asStranger, 404, 'WM_NOT_FOUND');

    // Guesses are counted per account: the eleventh in an hour is refused, even a right one.
    const guesser = await signUp(t.app);
    const guess = (code: string) =>
      guesser.request({
        method: 'POST',
        url: `/api/people/${guesser.personId}/teams/preview`,
        payload: { code },
      });
    for (let i = 0; i < 10; i++) expect((await guess(`WRONG${i}`)).statusCode).toBe(404);
    expectError(await guess(team.code), 429, 'WM_TEAM_CODE_ATTEMPTS');
    const connect = await guesser.request({
      method: 'POST',
      url: `/api/people/${guesser.personId}/teams`,
      payload: { code: team.code, sections: { goals: 'view' }, endsAt: null, advanceChoice: false },
    });
    expectError(connect, 429, 'WM_TEAM_CODE_ATTEMPTS');
    expect(await relationshipRows(guesser.personId)).toEqual([]);
  });

  it('takes a member out of a team, or archives the team, at once; staff reach only their own teams', async () => {
    const team = await aTeam(admin);
    const other = await aTeam(admin);
    const priya = await aPractitionerIn(t, admin, team.id);
    const sam = await aPractitionerIn(t, admin, team.id, { name: 'Sam Jones' });
    const person = await aPersonWithRecord();
    await connectToTeam(person, team.code, { goals: 'view' });

    // Staff see their own team's page with its code, and the 404 for a team they are not in.
    const mine = await get(priya, `/api/teams/${team.id}`);
    expect(mine.json()).toMatchObject({ id: team.id, code: team.code });
    expectError(await get(priya, `/api/teams/${other.id}`), 404, 'WM_NOT_FOUND');
    expect((await get(priya, '/api/teams')).json().teams.map((x: { id: string }) => x.id)).toEqual([
      team.id,
    ]);

    const removed = await admin.request({
      method: 'DELETE',
      url: `/api/service/teams/${team.id}/members/${sam.personId}`,
    });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await get(sam, paths(person.personId).goals)).statusCode).toBe(404);
    expectError(await get(sam, `/api/teams/${team.id}`), 404, 'WM_NOT_FOUND');
    expect((await get(priya, paths(person.personId).goals)).statusCode).toBe(200);
    // Removing again, or from another service's team: the 404, nothing changed.
    const again = await admin.request({
      method: 'DELETE',
      url: `/api/service/teams/${team.id}/members/${sam.personId}`,
    });
    expectError(again, 404, 'WM_NOT_FOUND');

    // A new code: the old one stops working, the connection stays.
    const fresh = await admin.request({
      method: 'POST',
      url: `/api/service/teams/${team.id}/code`,
    });
    expect(fresh.statusCode).toBe(200);
    expect(fresh.json().code).not.toBe(team.code);
    const late = await signUp(t.app);
    const old = await late.request({
      method: 'POST',
      url: `/api/people/${late.personId}/teams/preview`,
      payload: { code: team.code },
    });
    expectError(old, 404, 'WM_TEAM_CODE_UNKNOWN', 'code');
    expect((await get(priya, paths(person.personId).goals)).statusCode).toBe(200);

    const archived = await admin.request({
      method: 'POST',
      url: `/api/service/teams/${team.id}/archive`,
    });
    expect(archived.statusCode, archived.body).toBe(204);
    expect((await get(priya, paths(person.personId).goals)).statusCode).toBe(404);
    expect(await myPeople(priya)).toEqual([]);
    const archivedCode = await late.request({
      method: 'POST',
      url: `/api/people/${late.personId}/teams/preview`,
      payload: { code: fresh.json().code },
    });
    expectError(archivedCode, 404, 'WM_TEAM_CODE_UNKNOWN', 'code');
    // A practitioner cannot do an admin's work on their own team.
    expectError(
      await priya.request({ method: 'POST', url: `/api/service/teams/${other.id}/archive` }),
      404,
      'WM_NOT_FOUND',
    );
  });

  it('gives a service admin, disabled staff and staff without a second factor nothing of a connected person', async () => {
    const team = await aTeam(admin);
    const priya = await aPractitionerIn(t, admin, team.id);
    const unready = await aPractitionerIn(t, admin, team.id, { secondFactor: false });
    const person = await aPersonWithRecord();
    await connectToTeam(person, team.code, { goals: 'view' });
    // The admin opening a person's record: the 404 of nobody's record.
    const asAdmin = await get(admin, paths(person.personId).goals);
    expect(comparable(asAdmin)).toEqual(
      comparable(await get(admin, paths(crypto.randomUUID()).goals)),
    );
    expect((await get(admin, '/api/teams/my-people')).json().people).toEqual([]);
    expect((await get(unready, paths(person.personId).goals)).statusCode).toBe(404);

    const disabled = await admin.request({
      method: 'POST',
      url: `/api/service/staff/${priya.personId}/disable`,
    });
    expect(disabled.statusCode).toBe(200);
    expect((await get(priya, paths(person.personId).goals)).statusCode).toBe(401);
    // Even with a session left over, the access context asks for staff not disabled.
    const context = await t.services.contextFor(
      { accountId: priya.personId, role: 'practitioner' },
      person.personId,
    );
    expect(context.relationship).toBeNull();
  });

  it('gives someone reached directly and through a team the most the person gave, logged under the direct relationship', async () => {
    const team = await aTeam(admin);
    const priya = await aPractitionerIn(t, admin, team.id, { name: 'Priya Shah' });
    const person = await aPersonWithRecord();
    await connectToTeam(person, team.code, { goals: 'view' });
    const direct = await t.services.sharing.createRelationship({
      personId: person.personId,
      accountId: priya.personId,
      role: 'practitioner',
      knownAs: 'Dr Priya',
      grants: [{ section: 'about_me', level: 'view', endsAt: null }],
    });
    expect((await get(priya, paths(person.personId).goals)).statusCode).toBe(200);
    expect((await get(priya, paths(person.personId).aboutMe)).statusCode).not.toBe(404);
    const [latest] = await views(person.personId);
    expect(latest).toMatchObject({ relationshipId: direct, actorName: 'Dr Priya' });
  });
});

describe.each(DIALECTS)('A person account only on %s', (dialect) => {
  it('refuses a supporter or practitioner connecting an account with no record', async () => {
    const t = await startTestApp(dialect);
    try {
      const supporter = await signUpAs(t, 'supporter');
      const response = await supporter.request({
        method: 'POST',
        url: `/api/people/${supporter.personId}/teams/preview`,
        payload: { code: 'ABC' },
      });
      expectError(response, 404, 'WM_NOT_FOUND');
    } finally {
      await t.close();
    }
  });
});
