// Every read path into a record, taken from the routes the app really registers: a supporter
// who was given view on every section (and one journal entry) leaves exactly one access-log
// entry per read, naming the section read; a refused read leaves none; and when the entry
// cannot be written, the read fails with nothing of the record in the answer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECTIONS } from '../../../domain/record/sections.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../../config.ts';
import {
  aSupporterOf,
  type Client,
  clientFor,
  signUp,
  signUpAs,
  startTestApp,
  TEST_JOURNAL_KEYS,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { type RecordRequest, recordRequests } from '../../test/record-requests.ts';

// The crisis plan's files go too, so every read path has something to return.
const everySectionButJournal = SECTIONS.filter((s) => s !== 'journal').map((section) => ({
  section,
  level: 'view' as const,
  endsAt: null,
  advanceChoice: section === 'crisis_plan',
}));

describe.each(DIALECTS)('Access log of every read path on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  let requests: RecordRequest[];
  let gets: RecordRequest[];
  let supporter: Client;
  let relationshipId: string;
  const logLength = async () => (await t.services.accessLog.list(owner.personId)).length;

  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = await signUp(t.app);
    requests = await recordRequests(t, owner);
    gets = requests.filter((r) => r.route.method === 'GET');
    const brought = await aSupporterOf(t, owner.personId, {
      role: 'carer',
      grants: everySectionButJournal,
    });
    supporter = brought;
    relationshipId = brought.relationshipId;
    const journal = await owner.request({
      method: 'GET',
      url: `/api/people/${owner.personId}/journal`,
    });
    const [entry] = journal.json().items;
    await t.services.sharing.shareJournalEntry(owner.personId, relationshipId, entry.id);
  });
  afterAll(() => t.close());

  it('writes exactly one entry, naming the section, for each read a supporter makes', async () => {
    let reads = 0;
    for (const { route, build } of gets) {
      const where = `${route.method} ${route.url}`;
      const before = await t.services.accessLog.list(owner.personId);
      const response = await supporter.request(build(owner.personId));
      const after = await t.services.accessLog.list(owner.personId);
      const added = after.slice(0, after.length - before.length);
      if (route.access.kind === 'record' && route.access.action === 'read') {
        // Every section is shared and the ids are the owner's real ones, so every read works.
        expect(response.statusCode, `${where}: ${response.body}`).toBe(200);
        reads++;
        expect(added, where).toHaveLength(1);
        expect(added[0], where).toMatchObject({
          what: 'viewed',
          actorId: supporter.personId,
          actorName: 'Jo',
          actorRole: 'carer',
          relationshipId,
          section: route.access.section,
        });
      } else {
        // Owner-only reads (the access log itself) are refused and leave nothing.
        expect(response.statusCode, where).toBe(404);
        expect(added, where).toHaveLength(0);
      }
    }
    console.info(`access log: ${reads} read paths each wrote exactly one entry`);
    expect(reads).toBeGreaterThan(20);
  });

  it('writes nothing for a read that is refused', async () => {
    const stranger = await signUpAs(t, 'supporter');
    const nothingShared = await aSupporterOf(t, owner.personId, {
      knownAs: 'Sam',
      grants: [],
    });
    const before = await logLength();
    for (const { route, build } of gets) {
      for (const reader of [stranger, nothingShared]) {
        const response = await reader.request(build(owner.personId));
        expect(response.statusCode, `${route.method} ${route.url}`).toBe(404);
      }
    }
    expect(await logLength()).toBe(before);
  });

  it('writes nothing when a read finds nothing to return (an item that is not there)', async () => {
    const items = gets.filter((r) => r.route.url.includes('/:id'));
    const before = await logLength();
    for (const { route, build } of items) {
      const request = build(owner.personId);
      // The same request with an id the record does not have in place of the item's.
      const [path = '', query] = String(request.url).split('?');
      const segments = path.split('/');
      segments[route.url.split('/').indexOf(':id')] = crypto.randomUUID();
      const missing = segments.join('/') + (query ? `?${query}` : '');
      const response = await supporter.request({ ...request, url: missing });
      expect(response.statusCode, `${route.method} ${route.url} ${missing}`).toBe(404);
    }
    expect(items.length).toBeGreaterThan(5);
    expect(await logLength()).toBe(before);
  });

  it('writes nothing when the owner reads their own record', async () => {
    const before = await logLength();
    for (const { route, build } of gets) {
      const response = await owner.request(build(owner.personId));
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(200);
    }
    expect(await logLength()).toBe(before);
  });

  it('fails every read with nothing of the record when the entry cannot be written', async () => {
    const config = loadConfig({
      DEMO_DATA: 'false',
      JOURNAL_KEYS: TEST_JOURNAL_KEYS,
      LOG_LEVEL: 'silent',
    });
    const { app } = await buildApp({
      config,
      store: { ...t.store, close: async () => {} },
      clock: () => t.clock.now,
      logger: false,
      webRoot: '/nonexistent',
      accessLog: {
        append: async () => {
          throw new Error('the access log is unavailable');
        },
      },
    });
    try {
      const jo = clientFor(app, supporter.personId, supporter.cookie, supporter.csrfToken);
      let refused = 0;
      for (const { route, build } of gets) {
        if (route.access.kind !== 'record' || route.access.action !== 'read') continue;
        const response = await jo.request(build(owner.personId));
        const where = `${route.method} ${route.url}`;
        expect(response.statusCode, where).toBe(500);
        expect(Object.keys(response.json()), where).toEqual(['error']);
        // Nothing of the read either: no version, no file name.
        expect(response.headers.etag, where).toBeUndefined();
        expect(response.headers['content-disposition'], where).toBeUndefined();
        refused++;
      }
      expect(refused).toBeGreaterThan(20);
    } finally {
      await app.close();
    }
  });
});
