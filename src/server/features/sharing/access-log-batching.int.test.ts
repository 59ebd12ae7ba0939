// The access log writes appends that arrive together in one transaction (group commit, for
// speed: see the shared-read route of `npm run bench`). These tests hold it to what one append at a time promised:
// every read at once still leaves exactly one entry in an unbroken chain, and an entry that
// cannot be stored fails only the request it belongs to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMPTY_CRISIS_PLAN } from '../../../domain/record/plans.schema.ts';
import { type Client, signUpAs, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import type { AccessLogInput } from './access-log.ts';

describe.each(DIALECTS)('Access log batching on %s', (dialect) => {
  let t: TestApp;
  let owner: Client;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    owner = await signUpAs(t, 'person');
    const saved = await owner.request({
      method: 'PUT',
      url: `/api/people/${owner.personId}/crisis-plan`,
      headers: { 'if-match': 'W/"0"' },
      payload: { ...EMPTY_CRISIS_PLAN, whatHelps: 'Quiet' },
    });
    expect(saved.statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it('gives each of many reads at once its own entry, in one unbroken chain', async () => {
    const supporters = [await signUpAs(t, 'supporter'), await signUpAs(t, 'supporter')];
    for (const [i, s] of supporters.entries()) {
      await t.services.sharing.createRelationship({
        personId: owner.personId,
        accountId: s.personId,
        role: 'friend',
        knownAs: `Supporter ${i}`,
        grants: [{ section: 'crisis_plan', level: 'view', endsAt: null }],
      });
    }
    const before = (await t.services.accessLog.list(owner.personId)).length;
    const reads = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (supporters[i % 2] as Client).request({
          method: 'GET',
          url: `/api/people/${owner.personId}/crisis-plan`,
        }),
      ),
    );
    expect(reads.map((r) => r.statusCode)).toEqual(reads.map(() => 200));
    const entries = await t.services.accessLog.list(owner.personId);
    expect(entries.length - before).toBe(40);
    for (const s of supporters) {
      expect(entries.filter((e) => e.what === 'viewed' && e.actorId === s.personId)).toHaveLength(
        20,
      );
    }
    expect(await t.services.accessLog.verifyChain(owner.personId)).toEqual({
      ok: true,
      entries: entries.length,
    });
  });

  it('fails only the append that cannot be stored, not the others written with it', async () => {
    const entry = (personId: string): AccessLogInput => ({
      personId,
      actorId: null,
      actorName: 'link',
      actorRole: 'emergency_link',
      relationshipId: null,
      what: 'emergency_link_opened',
      section: 'crisis_plan',
    });
    const person = await signUpAs(t, 'person');
    const results = await Promise.allSettled([
      t.services.accessLog.append(entry(person.personId)),
      // Nobody has this id: the store refuses the entry.
      t.services.accessLog.append(entry(crypto.randomUUID())),
      t.services.accessLog.append(entry(person.personId)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(await t.services.accessLog.verifyChain(person.personId)).toEqual({
      ok: true,
      entries: 2,
    });
  });
});
