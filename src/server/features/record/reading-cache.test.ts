import { describe, expect, it } from 'vitest';
import { createReadingCache } from './reading-cache.ts';

const row = (data: unknown, version = 1) => ({
  person_id: 'p1',
  kind: 'goal',
  schema_version: 1,
  version,
  data: JSON.stringify(data),
});
const goal = (title: string) => ({
  title,
  why: '',
  lifeAreaId: null,
  steps: [],
  whoHelps: '',
  targetDate: null,
  status: 'not_started',
});

describe('the stored-JSON reading cache', () => {
  it('gives what a fresh reading gives for the same text, and reads changed text anew even at the same version', () => {
    const cache = createReadingCache();
    const first = cache.read(row(goal('Walk daily')), 'g1');
    expect(first).toMatchObject({ ok: true, data: { title: 'Walk daily' } });
    expect(cache.read(row(goal('Walk daily')), 'g1')).toEqual(first);
    // Restored from a backup, or written by another process: other text, same id and version.
    expect(cache.read(row(goal('Swim weekly')), 'g1')).toMatchObject({
      ok: true,
      data: { title: 'Swim weekly' },
    });
    expect(cache.read({ ...row(goal('Swim weekly')), schema_version: 9 }, 'g1')).toEqual({
      ok: false,
      reason: 'newer',
    });
    expect(cache.read(row({ title: 5 }), 'g1')).toEqual({ ok: false, reason: 'invalid' });
  });

  it('hands out frozen data, so no request can change what the next one is given', () => {
    const cache = createReadingCache();
    const reading = cache.read(row(goal('Walk daily')), 'g1');
    if (!reading.ok) throw new Error('unreadable');
    expect(() => {
      (reading.data as { title: string }).title = 'changed';
    }).toThrow(TypeError);
    expect(cache.read(row(goal('Walk daily')), 'g1')).toMatchObject({
      data: { title: 'Walk daily' },
    });
  });

  it("keeps one reading per item: a new version's takes the old one's place", () => {
    const cache = createReadingCache();
    cache.read(row(goal('Walk daily'), 1), 'g1');
    const saved = cache.read(row(goal('Walk every day'), 2), 'g1');
    expect(saved).toMatchObject({ ok: true, data: { title: 'Walk every day' } });
    cache.read(row(goal('Swim weekly'), 1), 'g2');
    expect(cache.size()).toEqual({
      characters: row(goal('Walk every day')).data.length + row(goal('Swim weekly')).data.length,
      entries: 2,
    });
    // An older version read again (the history) is read anew, and the current one after it too.
    expect(cache.read(row(goal('Walk daily'), 1), 'g1')).toMatchObject({
      data: { title: 'Walk daily' },
    });
    expect(cache.read(row(goal('Walk every day'), 2), 'g1')).toEqual(saved);
  });

  it('holds no more JSON text than its bound, dropping first those not read again', () => {
    const one = row(goal('Walk daily')).data.length;
    const cache = createReadingCache(one * 2);
    cache.read(row(goal('Walk daily'), 1), 'a');
    cache.read(row(goal('Walk daily'), 1), 'b');
    cache.read(row(goal('Walk daily'), 1), 'a');
    cache.read(row(goal('Walk daily'), 1), 'c');
    expect(cache.size()).toEqual({ characters: one * 2, entries: 2 });
    // An entry read again outlives those added before and after it that were not.
    const kept = createReadingCache(one * 3);
    const walk = kept.read(row(goal('Walk daily')), 'a');
    for (const id of ['b', 'c']) kept.read(row(goal('Walk daily')), id);
    expect(kept.read(row(goal('Walk daily')), 'a')).toBe(walk);
    for (const id of ['d', 'e']) kept.read(row(goal('Walk daily')), id);
    expect(kept.size()).toEqual({ characters: one * 3, entries: 3 });
    expect(kept.read(row(goal('Walk daily')), 'a')).toBe(walk);
    // Larger than the whole cache: read, never held.
    cache.read(row(goal('x'.repeat(one * 3)), 1), 'd');
    expect(cache.size().entries).toBe(2);
  });
});
