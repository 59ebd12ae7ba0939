// What a shared record withholds, through the real routes: "for me only" check-ins, journal
// entries not shared one by one, and emergency links the person paused along with sharing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerScope } from '../../../domain/access/scope.ts';
import {
  aSupporterOf,
  type Client,
  signUp,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { aCheckin, aJournalEntry, checkinUrls } from '../../test/checkin-fixtures.ts';
import { DIALECTS } from '../../test/dialects.ts';

describe.each(DIALECTS)('What sharing withholds on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let urls: ReturnType<typeof checkinUrls>;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = await signUp(t.app);
    urls = checkinUrls(owner.personId);
  });
  afterAll(() => t.close());

  const post = async (url: string, payload: object) => {
    const response = await owner.request({ method: 'POST', url, payload });
    expect(response.statusCode, response.body).toBe(201);
    return (response.json().checkin ?? response.json()) as { id: string };
  };

  it('never shows a "for me only" check-in to a supporter with view on check-ins', async () => {
    const shared = await post(urls.checkins, aCheckin({ note: 'fine to share' }));
    const mine = await post(
      urls.checkins,
      aCheckin({ takenAt: '2026-11-25T09:00:00+00:00', note: 'only mine', forMeOnly: true }),
    );
    const jo = await aSupporterOf(t, owner.personId, {
      role: 'carer',
      grants: [{ section: 'checkins', level: 'view', endsAt: null }],
    });
    const list = await jo.request({
      method: 'GET',
      url: `${urls.checkins}?from=2026-11-01&to=2026-11-30`,
    });
    expect(list.statusCode).toBe(200);
    expect(list.body).toContain(shared.id);
    expect(list.body).not.toContain(mine.id);
    expect(list.body).not.toContain('only mine');
    expect((await jo.request({ method: 'GET', url: urls.checkin(mine.id) })).statusCode).toBe(404);
    expect((await jo.request({ method: 'GET', url: urls.checkin(shared.id) })).statusCode).toBe(
      200,
    );
    const own = await owner.request({
      method: 'GET',
      url: `${urls.checkins}?from=2026-11-01&to=2026-11-30`,
    });
    expect(own.body).toContain(mine.id);
  });

  it('keeps the "for me only" versions of a check-in out of its history once it is shared', async () => {
    const made = await post(
      urls.checkins,
      aCheckin({ takenAt: '2026-11-25T07:00:00+00:00', note: 'first thoughts', forMeOnly: true }),
    );
    const changed = await owner.request({
      method: 'PUT',
      url: urls.checkin(made.id),
      headers: { 'if-match': 'W/"1"' },
      payload: aCheckin({ takenAt: '2026-11-25T07:00:00+00:00', note: 'for Jo too' }),
    });
    expect(changed.statusCode, changed.body).toBe(200);
    const jo = await aSupporterOf(t, owner.personId, {
      role: 'carer',
      grants: [{ section: 'checkins', level: 'view', endsAt: null }],
    });
    const history = await jo.request({ method: 'GET', url: `${urls.checkin(made.id)}/history` });
    expect(history.statusCode).toBe(200);
    expect(history.body).toContain('for Jo too');
    expect(history.body).not.toContain('first thoughts');
    const own = await owner.request({ method: 'GET', url: `${urls.checkin(made.id)}/history` });
    expect(own.body).toContain('first thoughts');
  });

  it('keeps the journal private, except an entry shared with that one person', async () => {
    const first = await post(urls.journal, aJournalEntry({ text: 'the one I share' }));
    const second = await post(urls.journal, aJournalEntry({ text: 'the one I keep' }));
    const jo = await aSupporterOf(t, owner.personId, {
      role: 'peer_supporter',
      // A grant on the journal as a section gives nothing.
      grants: [{ section: 'journal', level: 'view', endsAt: null }],
    });
    const relationshipId = jo.relationshipId;
    expect((await jo.request({ method: 'GET', url: urls.journal })).statusCode).toBe(404);
    await t.services.sharing.shareJournalEntry(owner.personId, relationshipId, first.id);
    const list = await jo.request({ method: 'GET', url: urls.journal });
    expect(list.statusCode).toBe(200);
    expect(list.json().items.map((e: { id: string }) => e.id)).toEqual([first.id]);
    expect((await jo.request({ method: 'GET', url: urls.entry(first.id) })).json().text).toBe(
      'the one I share',
    );
    expect((await jo.request({ method: 'GET', url: urls.entry(second.id) })).statusCode).toBe(404);
    // A newer private entry does not push the shared one out of a short list.
    await post(urls.journal, aJournalEntry({ date: '2026-11-26', text: 'newer and mine' }));
    const short = await jo.request({ method: 'GET', url: `${urls.journal}?limit=1` });
    expect(short.json().items.map((e: { id: string }) => e.id)).toEqual([first.id]);
    const search = await jo.request({ method: 'GET', url: `${urls.journal}/search?q=one` });
    expect(search.body).not.toContain('the one I keep');
    // Someone else with a relationship sees none of it.
    const other = await aSupporterOf(t, owner.personId, {
      knownAs: 'Al',
      grants: [{ section: 'goals', level: 'view', endsAt: null }],
    });
    expect((await other.request({ method: 'GET', url: urls.journal })).statusCode).toBe(404);
  });

  it('logs an emergency-link opening, and stops links only when the person pauses them too', async () => {
    const link = await t.services.emergencyLinks.create(
      ownerScope(owner.personId, 'crisis_plan', 'write'),
      { expiresInHours: 24, label: '' },
    );
    const open = () => t.app.inject({ method: 'GET', url: `/api/emergency/${link.token}` });
    expect((await open()).statusCode).toBe(200);
    const opened = (await t.services.accessLog.list(owner.personId)).filter(
      (e) => e.what === 'emergency_link_opened',
    );
    expect(opened).toHaveLength(1);
    expect(opened[0]).toMatchObject({ actorId: null, section: 'crisis_plan' });
    await t.services.sharing.pause(owner.personId, { emergencyLinks: false });
    expect((await open()).statusCode).toBe(200);
    await t.services.sharing.pause(owner.personId, { emergencyLinks: true });
    const paused = await open();
    const unknown = await t.app.inject({ method: 'GET', url: '/api/emergency/nothing-like-it' });
    expect(paused.statusCode).toBe(404);
    expect(paused.body).toBe(unknown.body);
    await t.services.sharing.resume(owner.personId);
    expect((await open()).statusCode).toBe(200);
    expect(await t.services.accessLog.verifyChain(owner.personId)).toMatchObject({ ok: true });
  });
});
