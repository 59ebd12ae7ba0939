// The person's side of sharing through the real routes: change, stop, pause and resume apply
// on the other person's very next request; an ended relationship never comes back; single
// journal entries; the preview equals what the other person really gets; bad input changes
// nothing; and nobody but the owner reaches any of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CRISIS_PLAN } from '../../../domain/record/plans.schema.ts';
import { PREVIEW_AS_HEADER } from '../../../domain/sharing/grants.schema.ts';
import { paths, saveFirstCrisisPlan } from '../../test/api.ts';
import {
  aSupporterOf,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { aCheckin, aJournalEntry, checkinUrls } from '../../test/checkin-fixtures.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aGoal } from '../../test/fixtures.ts';

const PLAN = { ...EMPTY_CRISIS_PLAN, whatHelps: 'A walk with my brother' };

describe.each(DIALECTS)('Changing and stopping sharing on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let entryId: string;
  const base = () => `/api/people/${owner.personId}`;
  const sharingUrl = () => `${base()}/sharing`;
  /** One read per section, the way the web app reads it. */
  const sectionReads = () => ({
    about_me: paths(owner.personId).aboutMe,
    goals: paths(owner.personId).goals,
    support_network: `${base()}/support-network`,
    staying_well: `${base()}/staying-well-plan`,
    crisis_plan: `${base()}/crisis-plan`,
    safety_plan: `${base()}/safety-plan`,
    after_crisis: `${base()}/after-crisis`,
    checkins: checkinUrls(owner.personId).checkins,
    journal: `${base()}/journal`,
  });
  const get = (client: Client, url: string) => client.request({ method: 'GET', url });
  const logLength = async () => (await t.services.accessLog.list(owner.personId)).length;

  /** A supporter with view on the crisis plan and goals, through the service (invitations are elsewhere). */
  async function bringIn(knownAs = 'Jo') {
    const supporter = await aSupporterOf(t, owner.personId, {
      knownAs,
      grants: [
        { section: 'crisis_plan', level: 'view', endsAt: null },
        { section: 'goals', level: 'view', endsAt: null },
      ],
    });
    const relationshipId = supporter.relationshipId;
    return { supporter, relationshipId };
  }
  const change = (relationshipId: string, payload: object) =>
    owner.request({ method: 'PUT', url: `${sharingUrl()}/${relationshipId}`, payload });

  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = await signUp(t.app);
    await saveFirstCrisisPlan(owner, PLAN);
    const goal = await owner.request({
      method: 'POST',
      url: paths(owner.personId).goals,
      payload: aGoal(),
    });
    expect(goal.statusCode, goal.body).toBe(201);
    const urls = checkinUrls(owner.personId);
    for (const checkin of [
      aCheckin({ note: 'fine to share' }),
      aCheckin({ takenAt: '2026-11-25T09:00:00+00:00', note: 'only mine', forMeOnly: true }),
    ]) {
      const saved = await owner.request({ method: 'POST', url: urls.checkins, payload: checkin });
      expect(saved.statusCode, saved.body).toBe(201);
    }
    for (const text of ['The heron came back.', 'Private thoughts.']) {
      const saved = await owner.request({
        method: 'POST',
        url: urls.journal,
        payload: aJournalEntry({ text }),
      });
      expect(saved.statusCode, saved.body).toBe(201);
      entryId ??= saved.json().id;
    }
  });
  afterAll(() => t.close());

  it('lists the people with access for the owner, and shared-with-me for the supporter', async () => {
    const { supporter, relationshipId } = await bringIn('Jo Bloggs');
    const overview = await get(owner, sharingUrl());
    expect(overview.statusCode, overview.body).toBe(200);
    const jo = overview
      .json()
      .people.find((p: { relationshipId: string }) => p.relationshipId === relationshipId);
    expect(jo).toMatchObject({
      knownAs: 'Jo Bloggs',
      role: 'friend',
      sections: { crisis_plan: 'view', goals: 'view' },
      endsAt: null,
      advanceChoice: false,
    });
    const mine = await get(supporter, '/api/shared-with-me');
    expect(mine.statusCode).toBe(200);
    expect(mine.json()).toEqual([
      expect.objectContaining({
        personId: owner.personId,
        role: 'friend',
        sections: { goals: 'view', crisis_plan: 'view' },
      }),
    ]);
  });

  it('applies a change on the supporter’s very next request, and tells them only if asked', async () => {
    const { supporter, relationshipId } = await bringIn();
    expect((await get(supporter, `${base()}/goals`)).statusCode).toBe(200);
    const changed = await change(relationshipId, {
      sections: { crisis_plan: 'view', goals: 'none', about_me: 'view' },
      endsAt: null,
      advanceChoice: false,
      tellThem: false,
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await get(supporter, `${base()}/goals`)).statusCode).toBe(404);
    expect((await get(supporter, paths(owner.personId).aboutMe)).statusCode).toBe(200);
    expect((await get(supporter, '/api/shared-with-me')).json()[0].sections).toEqual({
      about_me: 'view',
      crisis_plan: 'view',
    });
    expect((await get(supporter, '/api/shared-with-me/notices')).json()).toEqual([]);
    await change(relationshipId, {
      sections: { crisis_plan: 'view' },
      endsAt: null,
      advanceChoice: false,
      tellThem: true,
    });
    const notices = (await get(supporter, '/api/shared-with-me/notices')).json();
    expect(notices).toEqual([expect.objectContaining({ what: 'changed' })]);
    const log = await t.services.accessLog.list(owner.personId, { relationshipId });
    expect(log.filter((e) => e.what === 'access_changed')).toHaveLength(2);
  });

  it('stops at once: the next request is refused, shared-with-me forgets it, and no API brings it back', async () => {
    const { supporter, relationshipId } = await bringIn();
    expect((await get(supporter, `${base()}/crisis-plan`)).statusCode).toBe(200);
    const stopped = await owner.request({
      method: 'DELETE',
      url: `${sharingUrl()}/${relationshipId}?tellThem=true`,
    });
    expect(stopped.statusCode, stopped.body).toBe(204);
    expect((await get(supporter, `${base()}/crisis-plan`)).statusCode).toBe(404);
    expect((await get(supporter, '/api/shared-with-me')).json()).toEqual([]);
    expect((await get(supporter, '/api/shared-with-me/notices')).json()).toEqual([
      expect.objectContaining({ what: 'stopped' }),
    ]);
    // Nothing re-enables an ended relationship: changing it, stopping it again, or sharing an
    // entry with it is the 404 of a relationship that is not there.
    const again = await change(relationshipId, {
      sections: { crisis_plan: 'view' },
      endsAt: null,
      advanceChoice: false,
      tellThem: false,
    });
    expect(again.statusCode).toBe(404);
    expect(
      (await owner.request({ method: 'DELETE', url: `${sharingUrl()}/${relationshipId}` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await owner.request({ method: 'GET', url: `${sharingUrl()}/${relationshipId}/preview` }))
        .statusCode,
    ).toBe(404);
    await owner.request({ method: 'POST', url: `${sharingUrl()}/resume` });
    expect((await get(supporter, `${base()}/crisis-plan`)).statusCode).toBe(404);
    const listed = (await get(owner, sharingUrl())).json().people;
    expect(listed.map((p: { relationshipId: string }) => p.relationshipId)).not.toContain(
      relationshipId,
    );
  });

  it('stops without telling them when the body says so: they simply no longer see it', async () => {
    const { supporter, relationshipId } = await bringIn();
    const stopped = await owner.request({
      method: 'DELETE',
      url: `${sharingUrl()}/${relationshipId}`,
      payload: { tellThem: false },
    });
    expect(stopped.statusCode, stopped.body).toBe(204);
    expect((await get(supporter, `${base()}/crisis-plan`)).statusCode).toBe(404);
    expect((await get(supporter, '/api/shared-with-me')).json()).toEqual([]);
    expect((await get(supporter, '/api/shared-with-me/notices')).json()).toEqual([]);
    const log = await t.services.accessLog.list(owner.personId, { relationshipId });
    expect(log.map((e) => [e.what, e.detail.tellThem])).toEqual([['access_revoked', false]]);
  });

  it('pauses every grant in one action, emergency links only if chosen, and resume restores', async () => {
    const { supporter } = await bringIn();
    const pause = (emergencyLinks: boolean) =>
      owner.request({ method: 'POST', url: `${sharingUrl()}/pause`, payload: { emergencyLinks } });
    expect((await pause(false)).statusCode).toBe(204);
    expect((await get(supporter, `${base()}/crisis-plan`)).statusCode).toBe(404);
    expect((await get(supporter, `${base()}/goals`)).statusCode).toBe(404);
    expect((await get(supporter, '/api/shared-with-me')).json()).toEqual([]);
    expect((await get(owner, sharingUrl())).json()).toMatchObject({
      paused: true,
      pausedEmergencyLinks: false,
    });
    expect((await pause(true)).statusCode).toBe(204);
    expect((await get(owner, sharingUrl())).json()).toMatchObject({
      paused: true,
      pausedEmergencyLinks: true,
    });
    expect(
      (await owner.request({ method: 'POST', url: `${sharingUrl()}/resume` })).statusCode,
    ).toBe(204);
    expect((await get(supporter, `${base()}/crisis-plan`)).statusCode).toBe(200);
    expect((await get(supporter, `${base()}/goals`)).statusCode).toBe(200);
    expect((await get(owner, sharingUrl())).json()).toMatchObject({
      paused: false,
      pausedEmergencyLinks: false,
    });
  });

  it('shares one journal entry and unshares it, and only that entry is readable', async () => {
    const { supporter, relationshipId } = await bringIn();
    const shareUrl = `${base()}/journal/${entryId}/share`;
    expect((await get(supporter, `${base()}/journal`)).statusCode).toBe(404);
    const shared = await owner.request({
      method: 'POST',
      url: shareUrl,
      payload: { relationshipId },
    });
    expect(shared.statusCode, shared.body).toBe(204);
    expect((await get(owner, shareUrl)).json()).toEqual({ relationshipIds: [relationshipId] });
    const list = await get(supporter, `${base()}/journal`);
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((e: { id: string }) => e.id)).toEqual([entryId]);
    expect(list.body).not.toContain('Private thoughts');
    const unshared = await owner.request({
      method: 'DELETE',
      url: `${shareUrl}/${relationshipId}`,
    });
    expect(unshared.statusCode).toBe(204);
    expect((await get(supporter, `${base()}/journal`)).statusCode).toBe(404);
    expect((await get(owner, shareUrl)).json()).toEqual({ relationshipIds: [] });
  });

  it('previews exactly what the supporter gets, section by section, and logs nothing for it', async () => {
    const { supporter, relationshipId } = await bringIn('Sam');
    await change(relationshipId, {
      sections: { crisis_plan: 'view', checkins: 'view', about_me: 'view' },
      endsAt: null,
      advanceChoice: false,
      tellThem: false,
    });
    await owner.request({
      method: 'POST',
      url: `${base()}/journal/${entryId}/share`,
      payload: { relationshipId },
    });
    const preview = await get(owner, `${sharingUrl()}/${relationshipId}/preview`);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json()).toMatchObject({
      knownAs: 'Sam',
      read: ['about_me', 'crisis_plan', 'checkins', 'journal'],
      sharedJournalEntries: 1,
      paused: false,
    });
    expect(preview.json().withheld.map((w: { rule: string }) => w.rule)).toEqual([
      'for_me_only',
      'journal',
      'advance_choice_document',
    ]);
    const readable = new Set<string>(preview.json().read);
    for (const [section, url] of Object.entries(sectionReads())) {
      const real = await get(supporter, url);
      const before = await logLength();
      const asThem = await owner.request({
        method: 'GET',
        url,
        headers: { [PREVIEW_AS_HEADER]: relationshipId },
      });
      expect(await logLength(), `${section}: the preview logs nothing`).toBe(before);
      expect(asThem.statusCode, section).toBe(real.statusCode);
      expect(asThem.body, section).toBe(real.body);
      expect(real.statusCode === 200, section).toBe(readable.has(section));
    }
    const checkins = await get(supporter, checkinUrls(owner.personId).checkins);
    expect(checkins.body).not.toContain('only mine');
    // The preview is read-only: a write with it is the 404.
    const write = await owner.request({
      method: 'POST',
      url: paths(owner.personId).goals,
      headers: { [PREVIEW_AS_HEADER]: relationshipId },
      payload: aGoal(),
    });
    expect(write.statusCode).toBe(404);
    // Nobody else may preview: the supporter asking as themselves gets the 404.
    const theirs = await supporter.request({
      method: 'GET',
      url: `${base()}/crisis-plan`,
      headers: { [PREVIEW_AS_HEADER]: relationshipId },
    });
    expect(theirs.statusCode).toBe(404);
  });

  it('refuses bad input with a 400, changing and logging nothing', async () => {
    const { supporter, relationshipId } = await bringIn();
    const before = await logLength();
    const good = {
      sections: { crisis_plan: 'view' },
      endsAt: null,
      advanceChoice: false,
      tellThem: true,
    };
    for (const payload of [
      { ...good, sections: { diary: 'view' } },
      { ...good, sections: { crisis_plan: 'edit' } },
      { ...good, sections: { journal: 'view' } },
      { ...good, endsAt: new Date(t.clock.now.getTime() - 60_000).toISOString() },
      { ...good, endsAt: 'next tuesday' },
    ]) {
      const refused = await change(relationshipId, payload);
      expect(refused.statusCode, JSON.stringify(payload)).toBe(400);
      expect(refused.json().error.code).toBe('WM_VALIDATION_FAILED');
    }
    expect(await logLength()).toBe(before);
    expect((await get(supporter, `${base()}/goals`)).statusCode).toBe(200);
    expect((await get(supporter, '/api/shared-with-me/notices')).json()).toEqual([]);
  });

  it('answers a person id no database can keep (a NUL) with the 404 of a record not there', async () => {
    const nobody = await get(owner, `/api/people/${crypto.randomUUID()}/goals`);
    for (const url of ['/api/people/a%00b/goals', '/api/people/%00/sharing']) {
      const answer = await get(owner, url);
      expect(answer.statusCode, url).toBe(404);
      expect(answer.body).toBe(nobody.body);
    }
  });

  it('answers a supporter or stranger on any of these with the 404 of a record not there', async () => {
    const { supporter, relationshipId } = await bringIn();
    const stranger = await signUp(t.app);
    const nobody = crypto.randomUUID();
    const tries = (personId: string) => [
      { method: 'GET' as const, url: `/api/people/${personId}/sharing` },
      {
        method: 'PUT' as const,
        url: `/api/people/${personId}/sharing/${relationshipId}`,
        payload: {
          sections: { goals: 'view' },
          endsAt: null,
          advanceChoice: false,
          tellThem: false,
        },
      },
      { method: 'DELETE' as const, url: `/api/people/${personId}/sharing/${relationshipId}` },
      {
        method: 'POST' as const,
        url: `/api/people/${personId}/sharing/pause`,
        payload: { emergencyLinks: true },
      },
      { method: 'POST' as const, url: `/api/people/${personId}/sharing/resume` },
      { method: 'GET' as const, url: `/api/people/${personId}/sharing/${relationshipId}/preview` },
      {
        method: 'POST' as const,
        url: `/api/people/${personId}/journal/${entryId}/share`,
        payload: { relationshipId },
      },
      {
        method: 'DELETE' as const,
        url: `/api/people/${personId}/journal/${entryId}/share/${relationshipId}`,
      },
      {
        method: 'PUT' as const,
        url: `/api/people/${personId}/crisis-plan`,
        headers: { 'if-match': 'W/"1"' },
        payload: { ...PLAN, whatHelps: 'changed' },
      },
    ];
    const before = await logLength();
    for (const client of [supporter, stranger]) {
      const absent = tries(nobody);
      for (const [index, request] of tries(owner.personId).entries()) {
        const theirs = await client.request(request);
        const missing = await client.request(absent[index] ?? request);
        expect(theirs.statusCode, `${request.method} ${request.url}`).toBe(404);
        expect(theirs.body).toBe(missing.body);
      }
    }
    expect(await logLength()).toBe(before);
    expect((await get(supporter, `${base()}/goals`)).statusCode).toBe(200);
    expect((await get(owner, `${base()}/crisis-plan`)).json().data.whatHelps).toBe(PLAN.whatHelps);
  });

  it('ends access when the end date passes', async () => {
    const { supporter, relationshipId } = await bringIn();
    const endsAt = new Date(t.clock.now.getTime() + 5 * 60_000).toISOString();
    const changed = await change(relationshipId, {
      sections: { crisis_plan: 'view' },
      endsAt,
      advanceChoice: false,
      tellThem: false,
    });
    expect(changed.statusCode, changed.body).toBe(204);
    expect((await get(supporter, `${base()}/crisis-plan`)).statusCode).toBe(200);
    t.clock.advanceMinutes(6);
    expect((await get(supporter, `${base()}/crisis-plan`)).statusCode).toBe(404);
    expect((await get(supporter, '/api/shared-with-me')).json()).toEqual([]);
  });
});
