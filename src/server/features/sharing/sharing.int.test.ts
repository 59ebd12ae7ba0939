// Sharing through the one access step: a supporter given view on the crisis plan reads it (and
// each read leaves exactly one access-log entry), and is answered exactly as for a record that
// is not there everywhere else, for every write, and after revoke, pause or the end date.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CRISIS_PLAN } from '../../../domain/record/plans.schema.ts';
import { comparable, create, paths, saveFirstCrisisPlan } from '../../test/api.ts';
import {
  anotherApp,
  aSupporterOf,
  type Client,
  sameClientOn,
  signUp,
  signUpAs,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS, duringSchemaChanges } from '../../test/dialects.ts';
import { aGoal } from '../../test/fixtures.ts';
import { PDF_BYTES } from '../../test/plan-fixtures.ts';
import { watchQueries } from '../../test/watched-queries.ts';
import { verifyAccessLogCommand } from './access-log.cli.ts';

const PLAN = { ...EMPTY_CRISIS_PLAN, whatHelps: 'A walk with my brother' };

describe.each(DIALECTS)('Sharing on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  const planUrl = () => `${paths(owner.personId).aboutMe.replace('/about-me', '')}/crisis-plan`;
  const viewsBy = async (accountId: string) =>
    (await t.services.accessLog.list(owner.personId)).filter(
      (e) => e.what === 'viewed' && e.actorId === accountId,
    );
  const shareCrisisPlan = (supporter: Client, endsAt: string | null = null) =>
    t.services.sharing.createRelationship({
      personId: owner.personId,
      accountId: supporter.personId,
      role: 'friend',
      knownAs: 'Jo',
      grants: [{ section: 'crisis_plan', level: 'view', endsAt }],
    });

  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = await signUp(t.app);
    await saveFirstCrisisPlan(owner, PLAN);
    await create(owner, paths(owner.personId).goals, aGoal());
  });
  afterAll(() => t.close());

  it('lets a supporter with view on the crisis plan read it, and logs exactly one entry per read', async () => {
    const jo = await signUpAs(t, 'supporter');
    const relationshipId = await shareCrisisPlan(jo);
    const read = await jo.request({ method: 'GET', url: planUrl() });
    expect(read.statusCode).toBe(200);
    expect(read.json().data.whatHelps).toBe('A walk with my brother');
    const views = await viewsBy(jo.personId);
    expect(views).toHaveLength(1);
    expect(views[0]).toMatchObject({
      actorName: 'Jo',
      actorRole: 'friend',
      relationshipId,
      section: 'crisis_plan',
    });
    expect(JSON.stringify(views[0])).not.toContain('brother');
    await jo.request({ method: 'GET', url: `${planUrl()}/history` });
    expect(await viewsBy(jo.personId)).toHaveLength(2);
  });

  it('logs nothing when the owner reads their own record', async () => {
    const before = (await t.services.accessLog.list(owner.personId)).length;
    expect((await owner.request({ method: 'GET', url: planUrl() })).statusCode).toBe(200);
    expect(
      (await owner.request({ method: 'GET', url: paths(owner.personId).goals })).statusCode,
    ).toBe(200);
    expect(await t.services.accessLog.list(owner.personId)).toHaveLength(before);
  });

  it('answers a section not shared, and every write, exactly as for a record that is not there', async () => {
    const jo = await signUpAs(t, 'supporter');
    await shareCrisisPlan(jo);
    const nobody = crypto.randomUUID();
    const tries = [
      { method: 'GET' as const, url: (id: string) => paths(id).goals },
      { method: 'GET' as const, url: (id: string) => paths(id).aboutMe },
      {
        method: 'PUT' as const,
        url: (id: string) => `/api/people/${id}/crisis-plan`,
        headers: { 'if-match': 'W/"1"' },
        payload: { ...PLAN, whatHelps: 'changed' },
      },
      { method: 'POST' as const, url: (id: string) => paths(id).goals, payload: aGoal() },
    ];
    for (const { url, ...rest } of tries) {
      const theirs = comparable(await jo.request({ ...rest, url: url(owner.personId) }));
      const absent = comparable(await jo.request({ ...rest, url: url(nobody) }));
      expect(theirs.status, `${rest.method} ${url('x')}`).toBe(404);
      expect(theirs).toEqual(absent);
    }
    expect((await owner.request({ method: 'GET', url: planUrl() })).json().data.whatHelps).toBe(
      PLAN.whatHelps,
    );
    expect(await viewsBy(jo.personId)).toHaveLength(0);
  });

  it('lets an account of role person support someone else: the role belongs to the relationship', async () => {
    const sam = await signUp(t.app);
    await shareCrisisPlan(sam);
    expect((await sam.request({ method: 'GET', url: planUrl() })).statusCode).toBe(200);
    expect((await sam.request({ method: 'GET', url: paths(sam.personId).goals })).statusCode).toBe(
      200,
    );
  });

  it('refuses on the very next request after revoke, and a revoked supporter gets nothing back', async () => {
    const jo = await signUpAs(t, 'supporter');
    const relationshipId = await shareCrisisPlan(jo);
    expect((await jo.request({ method: 'GET', url: planUrl() })).statusCode).toBe(200);
    await t.services.sharing.revoke(owner.personId, relationshipId);
    expect((await jo.request({ method: 'GET', url: planUrl() })).statusCode).toBe(404);
    expect(await viewsBy(jo.personId)).toHaveLength(1);
  });

  it('refuses everyone while sharing is paused, and lets them back on resume', async () => {
    const jo = await signUpAs(t, 'supporter');
    await shareCrisisPlan(jo);
    await t.services.sharing.pause(owner.personId, { emergencyLinks: false });
    expect((await jo.request({ method: 'GET', url: planUrl() })).statusCode).toBe(404);
    expect((await owner.request({ method: 'GET', url: planUrl() })).statusCode).toBe(200);
    await t.services.sharing.resume(owner.personId);
    expect((await jo.request({ method: 'GET', url: planUrl() })).statusCode).toBe(200);
  });

  it('refuses once a grant reaches its end date', async () => {
    const jo = await signUpAs(t, 'supporter');
    const endsAt = new Date(t.clock.now.getTime() + 60_000).toISOString();
    await shareCrisisPlan(jo, endsAt);
    expect((await jo.request({ method: 'GET', url: planUrl() })).statusCode).toBe(200);
    t.clock.advanceMinutes(2);
    expect((await jo.request({ method: 'GET', url: planUrl() })).statusCode).toBe(404);
  });

  it('withholds the advance choice document unless the grant says it goes', async () => {
    const upload = await owner.request({
      method: 'POST',
      url: `${planUrl()}/documents`,
      headers: { 'content-type': 'application/pdf' },
      payload: PDF_BYTES,
    });
    expect(upload.statusCode).toBe(201);
    const documentId = upload.json().id as string;
    const current = (await owner.request({ method: 'GET', url: planUrl() })).json();
    const named = await owner.request({
      method: 'PUT',
      url: planUrl(),
      headers: { 'if-match': `W/"${current.version}"` },
      payload: { ...current.data, advanceChoiceDocumentId: documentId },
    });
    expect(named.statusCode).toBe(200);
    const jo = await signUpAs(t, 'supporter');
    const id = await shareCrisisPlan(jo);
    const withheld = await jo.request({ method: 'GET', url: planUrl() });
    expect(withheld.json().data.advanceChoiceDocumentId).toBeNull();
    expect(withheld.json().data.whatHelps).toBe(PLAN.whatHelps);
    const history = await jo.request({ method: 'GET', url: `${planUrl()}/history` });
    expect(history.body).not.toContain(documentId);
    const file = await jo.request({ method: 'GET', url: `${planUrl()}/documents/${documentId}` });
    expect(file.statusCode).toBe(404);
    const files = await jo.request({ method: 'GET', url: `${planUrl()}/documents` });
    expect(files.body).not.toContain(documentId);
    await t.services.sharing.setGrants(owner.personId, id, [
      { section: 'crisis_plan', level: 'view', endsAt: null, advanceChoice: true },
    ]);
    const shown = await jo.request({ method: 'GET', url: planUrl() });
    expect(shown.json().data.advanceChoiceDocumentId).toBe(documentId);
    expect(
      (await jo.request({ method: 'GET', url: `${planUrl()}/documents/${documentId}` })).statusCode,
    ).toBe(200);
  });

  it('keeps each person’s log a hash chain, under concurrent appends, and finds a changed entry', async () => {
    const person = await signUp(t.app);
    await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        t.services.accessLog.append({
          personId: person.personId,
          actorId: null,
          actorName: `link ${i}`,
          actorRole: 'emergency_link',
          relationshipId: null,
          what: 'emergency_link_opened',
          section: 'crisis_plan',
        }),
      ),
    );
    const entries = await t.services.accessLog.list(person.personId);
    expect(entries.map((e) => e.seq).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 12 }, (_, i) => i + 1),
    );
    expect(await t.services.accessLog.verifyChain(person.personId)).toEqual({
      ok: true,
      entries: 12,
    });
    /** The check as an operator runs it: its exit code and all it said. */
    const verifyCommand = async () => {
      const said: string[] = [];
      const output = { out: (l: string) => said.push(l), err: (l: string) => said.push(l) };
      const code = await verifyAccessLogCommand(person.personId, t.store, output);
      return { code, said: said.join('\n') };
    };
    const whole = await verifyCommand();
    expect(whole.code).toBe(0);
    expect(whole.said).toContain('12 entries');
    await t.store.db
      .updateTable('access_log')
      .set({ actor_name: 'someone else' })
      .where('person_id', '=', person.personId)
      .where('seq', '=', 5)
      .execute();
    expect(await t.services.accessLog.verifyChain(person.personId)).toEqual({
      ok: false,
      brokenAt: 5,
    });
    const changed = await verifyCommand();
    expect(changed.code).toBe(1);
    expect(changed.said).toContain('entry 5');
    await t.store.db
      .deleteFrom('access_log')
      .where('person_id', '=', person.personId)
      .where('seq', '=', 5)
      .execute();
    expect(await t.services.accessLog.verifyChain(person.personId)).toEqual({
      ok: false,
      brokenAt: 5,
    });
  });

  it('filters the log by relationship and by section', async () => {
    const jo = await signUpAs(t, 'supporter');
    const id = await shareCrisisPlan(jo);
    await jo.request({ method: 'GET', url: planUrl() });
    const mine = await t.services.accessLog.list(owner.personId, { relationshipId: id });
    expect(mine.map((e) => e.what)).toEqual(['viewed']);
    const plan = await t.services.accessLog.list(owner.personId, { section: 'crisis_plan' });
    expect(plan.every((e) => e.section === 'crisis_plan')).toBe(true);
    expect(plan.length).toBeGreaterThan(1);
  });

  it('loads the access context in one query per request', async () => {
    const mentions: string[] = [];
    // The tables of the access context (the log's own writes are counted elsewhere).
    const count = (text: string) => {
      if (!text.includes('access_log') && /relationship|access_grant|sharing_state/.test(text))
        mentions.push(text);
    };
    // Queries compiled once (store/compiled-query.ts) are counted as they run.
    const counting = watchQueries(t.store.db, {
      built: (node) => count(JSON.stringify(node)),
      prepared: (text) => count(text),
    });
    const app = await anotherApp(t, { db: counting });
    try {
      const jo = await aSupporterOf(t, owner.personId, {
        role: 'carer',
        grants: [{ section: 'crisis_plan', level: 'view', endsAt: null }],
      });
      mentions.length = 0;
      const response = await sameClientOn(app, jo).request({ method: 'GET', url: planUrl() });
      expect(response.statusCode).toBe(200);
      expect(mentions).toHaveLength(1);
    } finally {
      await app.close();
    }
  });

  // Last: it drops the log table of this store.
  it('fails a non-owner read with nothing returned when the access log cannot be written', async () => {
    const jo = await signUpAs(t, 'supporter');
    await shareCrisisPlan(jo);
    // Held like any schema change, so no other test's migration reads the catalogue meanwhile.
    const drop = () => t.store.db.schema.dropTable('access_log').execute();
    await (dialect === 'postgres' ? duringSchemaChanges('drop', drop) : drop());
    const response = await jo.request({ method: 'GET', url: planUrl() });
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('brother');
    // The owner's reads are not logged, so they still work.
    expect((await owner.request({ method: 'GET', url: planUrl() })).statusCode).toBe(200);
  });
});

describe('A failing access-log writer', () => {
  it('fails the read, returning nothing of the record', async () => {
    const t = await startTestApp('sqlite');
    try {
      const owner = await signUp(t.app);
      await saveFirstCrisisPlan(owner, PLAN);
      const app = await anotherApp(t, {
        accessLog: {
          append: async (input) => {
            throw new Error(`log refused for ${input.personId}`);
          },
        },
      });
      try {
        const jo = await aSupporterOf(t, owner.personId, {
          role: 'family',
          grants: [{ section: 'crisis_plan', level: 'view', endsAt: null }],
        });
        const response = await sameClientOn(app, jo).request({
          method: 'GET',
          url: `/api/people/${owner.personId}/crisis-plan`,
        });
        expect(response.statusCode).toBe(500);
        expect(response.body).not.toContain('brother');
      } finally {
        await app.close();
      }
    } finally {
      await t.close();
    }
  });
});
