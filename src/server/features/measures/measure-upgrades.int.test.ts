// What the person sees once a service loads a licensed measure, and what an installation that
// stored a measure under an earlier release gets at its next start: the title and description
// of the loaded measure (never "skeleton"), and the rules we ship now (the PHQ-9 item 9 rule,
// reliable-change thresholds), with the service's wording kept.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInMeasure } from '../../../domain/measures/built-in.ts';
import { readScoring } from '../../../domain/measures/check-scoring.ts';
import type { Questionnaire } from '../../../domain/measures/questionnaire.schema.ts';
import { applyWording, withScoring } from '../../../domain/measures/wording.ts';
import { type Client, signUp, startTestApp, type TestApp } from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { aPhq9Answer, fakeWording, libraryOf } from '../../test/measure-fixtures.ts';

/** A measure as an earlier release shipped it: skeleton words in its title, fewer rules. */
function asShippedEarlier(id: string, change: (q: Questionnaire) => void): Questionnaire {
  const q = structuredClone(builtInMeasure(id));
  change(q);
  return q;
}
const withoutNewRules = (q: Questionnaire) => {
  const read = readScoring(q);
  if (!read.ok || !read.rules) throw new Error('fixture');
  const scales = read.rules.scales.map(({ reliableChange: _, ...scale }) => scale);
  const riskItems = read.rules.riskItems?.filter((rule) => rule.operator !== 'unanswered');
  q.extension = withScoring(q.extension, {
    scales,
    ...(riskItems?.length ? { riskItems } : {}),
  });
};

describe.each(DIALECTS)('Loaded and upgraded measures on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
  });
  afterAll(() => t.close());

  const get = async (url: string) => (await sam.request({ method: 'GET', url })).json();
  const storeAsEarlier = (id: string, q: Questionnaire) =>
    t.store.db
      .updateTable('measure')
      .set({ questionnaire: JSON.stringify(q), skeleton: null, title: q.title ?? '' })
      .where('id', '=', id)
      .execute();

  it('shows a loaded measure with its own title and description, never "skeleton"', async () => {
    const library = libraryOf(t);
    await library.installBuiltIns();
    const outcome = await library.importFile(fakeWording(builtInMeasure('wemwbs')));
    expect(outcome).toMatchObject({ ok: true, change: 'wording-loaded' });
    const listed = (await get('/api/measures')).items.find(
      (m: { id: string }) => m.id === 'wemwbs',
    );
    const detail = await get('/api/measures/wemwbs');
    for (const shown of [listed, detail]) {
      expect(shown.needsWording).toBe(false);
      expect(shown.title).toBe('Warwick-Edinburgh Mental Well-being Scale (WEMWBS)');
      expect(`${shown.title} ${shown.description}`).not.toMatch(/skeleton/i);
    }
    expect(detail.questionnaire.title).not.toMatch(/skeleton/i);
  });

  it('takes the title and description from the wording file when it gives them', async () => {
    const wording = {
      ...fakeWording(builtInMeasure('wemwbs')),
      title: 'WEMWBS, our licensed copy',
      description: 'Fourteen statements, in our service’s words.',
    };
    expect(await libraryOf(t).importFile(wording)).toMatchObject({ ok: true });
    expect(await get('/api/measures/wemwbs')).toMatchObject({
      title: 'WEMWBS, our licensed copy',
      description: 'Fourteen statements, in our service’s words.',
    });
  });

  it('drops the skeleton words of an earlier release at the next start, keeping the wording', async () => {
    const earlier = asShippedEarlier('wemwbs', (q) => {
      q.title = `${q.title} — skeleton`;
      q.description = 'Skeleton: 14 items scored 1–5. The wording comes with your licensed copy.';
      withoutNewRules(q);
    });
    // As an earlier release left it: wording loaded into that skeleton, yet called a skeleton.
    const loaded = applyWording(earlier, fakeWording(earlier));
    if (!loaded.ok) throw new Error('fixture');
    await t.store.db
      .updateTable('measure')
      .set({
        questionnaire: JSON.stringify(loaded.questionnaire),
        skeleton: JSON.stringify(earlier),
        title: earlier.title ?? '',
      })
      .where('id', '=', 'wemwbs')
      .execute();
    expect((await get('/api/measures/wemwbs')).title).toMatch(/skeleton/);

    await libraryOf(t).installBuiltIns();
    const wemwbs = await get('/api/measures/wemwbs');
    expect(wemwbs.title).toBe('Warwick-Edinburgh Mental Well-being Scale (WEMWBS)');
    expect(wemwbs.description).not.toMatch(/skeleton/i);
    expect(wemwbs.needsWording).toBe(false);
    expect(wemwbs.questionnaire.item[1].item[0].text).toBe('Statement wemwbs-1');
    const read = readScoring(wemwbs.questionnaire);
    expect(read.ok && read.rules?.scales[0]?.reliableChange?.points).toBe(9);
  });

  it('merges wording into the skeleton we ship now, even before the next start', async () => {
    const earlier = asShippedEarlier('wemwbs', (q) => {
      q.title = `${q.title} — skeleton`;
    });
    await storeAsEarlier('wemwbs', earlier);
    expect(await libraryOf(t).importFile(fakeWording(builtInMeasure('wemwbs')))).toMatchObject({
      ok: true,
    });
    expect((await get('/api/measures/wemwbs')).title).not.toMatch(/skeleton/i);
  });

  it('gives a PHQ-9 stored before the item 9 rule that rule at the next start', async () => {
    await storeAsEarlier('phq-9', asShippedEarlier('phq-9', withoutNewRules));
    await libraryOf(t).installBuiltIns();
    const url = `/api/people/${sam.personId}/measure-responses`;
    const answer = aPhq9Answer([0, 0, 0, 0, 0, 0, 0, 0, null]);
    const saved = await sam.request({ method: 'POST', url, payload: answer });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json().riskSignals).toEqual([
      expect.objectContaining({ id: 'phq9-item-9-unanswered' }),
    ]);
    expect(saved.json().support).not.toBeNull();
  });
});
