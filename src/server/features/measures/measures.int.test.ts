import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wordsFor } from '../../../domain/i18n/said.ts';
import { builtInMeasure } from '../../../domain/measures/built-in.ts';
import { flattenItems } from '../../../domain/measures/items.ts';
import { expectError } from '../../test/api.ts';
import {
  type Client,
  signUp,
  signUpAs,
  startTestApp,
  type TestApp,
} from '../../test/app-harness.ts';
import { DIALECTS } from '../../test/dialects.ts';
import { fakeWording, libraryOf } from '../../test/measure-fixtures.ts';

const BUILT_IN = ['gad-7', 'phq-9', 'qpr-15', 'reqol-10', 'reqol-20', 'swemwbs', 'wemwbs'];
const NEEDS_WORDING = 'This measure needs its wording loaded by your service';

/** A small measure a service might bring, under its own licence. */
const serviceMeasure = (extra: Record<string, unknown> = {}) => ({
  resourceType: 'Questionnaire',
  id: 'sleep-check',
  url: 'https://service.example/Questionnaire/sleep-check',
  version: '1',
  title: 'Sleep check',
  status: 'active',
  item: [{ linkId: 'hours', type: 'integer', text: 'How many hours did you sleep?' }],
  ...extra,
});

describe.each(DIALECTS)('Measure library on %s', (dialect) => {
  let t: TestApp;
  let sam: Client;
  beforeAll(async () => {
    t = await startTestApp(dialect);
    sam = await signUp(t.app);
  });
  afterAll(() => t.close());

  const measureRows = () => t.store.db.selectFrom('measure').selectAll().orderBy('id').execute();
  const get = (url: string) => sam.request({ method: 'GET', url });

  it('needs a signed-in account', async () => {
    for (const url of ['/api/measures', '/api/measures/phq-9']) {
      expectError(await t.app.inject({ method: 'GET', url }), 401, 'WM_AUTH_REQUIRED');
    }
  });

  it('lists the built-in measures, saying which need their wording loaded', async () => {
    const response = await get('/api/measures');
    expect(response.statusCode).toBe(200);
    const items: { id: string; needsWording: boolean; message?: string }[] = response.json().items;
    expect(items.map((m) => m.id).sort()).toEqual(BUILT_IN);
    const byId = new Map(items.map((m) => [m.id, m]));
    expect(byId.get('phq-9')).toMatchObject({ needsWording: false, source: 'built-in' });
    expect(byId.get('phq-9')).not.toHaveProperty('message');
    for (const id of ['reqol-10', 'reqol-20', 'swemwbs', 'wemwbs'])
      expect(byId.get(id)).toMatchObject({ needsWording: true, message: NEEDS_WORDING });
    // The list is a summary: no questionnaire in it.
    expect(items[0]).not.toHaveProperty('questionnaire');
  });

  it('opens one measure with its questionnaire, and answers 404 for one that is not there', async () => {
    const phq9 = await get('/api/measures/phq-9');
    expect(phq9.statusCode).toBe(200);
    expect(phq9.json().questionnaire.item[0].item[0].text).toBe(
      'Little interest or pleasure in doing things',
    );
    expectError(await get('/api/measures/nothing-here'), 404, 'WM_NOT_FOUND');
  });

  it('is open to practitioners and supporters too: it holds no one’s record', async () => {
    const practitioner = await signUpAs(t, 'practitioner');
    const response = await practitioner.request({ method: 'GET', url: '/api/measures' });
    expect(response.statusCode).toBe(200);
  });

  it('installs the built-in measures once, however often the server starts', async () => {
    const before = await measureRows();
    await libraryOf(t).installBuiltIns();
    await libraryOf(t).installBuiltIns();
    expect(await measureRows()).toEqual(before);
    expect(before).toHaveLength(BUILT_IN.length);
  });

  it('loads a wording file into a skeleton; then the measure shows its wording, and a restart keeps it', async () => {
    const library = libraryOf(t);
    const outcome = await library.importFile(fakeWording(builtInMeasure('wemwbs')));
    expect(outcome).toMatchObject({ ok: true, kind: 'wording', change: 'wording-loaded' });
    const wemwbs = await get('/api/measures/wemwbs');
    expect(wemwbs.json()).toMatchObject({ needsWording: false });
    expect(wemwbs.json()).not.toHaveProperty('message');
    expect(wemwbs.json().questionnaire.item[1].item[0].text).toBe('Statement wemwbs-1');
    await library.installBuiltIns();
    expect((await get('/api/measures/wemwbs')).json().needsWording).toBe(false);
    // The same file again changes nothing; corrected wording replaces the earlier wording.
    const again = await library.importFile(fakeWording(builtInMeasure('wemwbs')));
    expect(again).toMatchObject({ ok: true, change: 'unchanged' });
    const corrected = fakeWording(builtInMeasure('wemwbs'));
    corrected.items['wemwbs-1'] = 'Corrected statement';
    expect(await library.importFile(corrected)).toMatchObject({
      ok: true,
      change: 'wording-loaded',
    });
    expect((await get('/api/measures/wemwbs')).json().questionnaire.item[1].item[0].text).toBe(
      'Corrected statement',
    );
  });

  it('gives QPR-15 its wording where an earlier release stored it as a skeleton', async () => {
    const skeleton = structuredClone(builtInMeasure('qpr-15'));
    for (const { item } of flattenItems(skeleton.item)) delete item.text;
    await t.store.db
      .updateTable('measure')
      .set({ questionnaire: JSON.stringify(skeleton), skeleton: null })
      .where('id', '=', 'qpr-15')
      .execute();
    expect((await get('/api/measures/qpr-15')).json().needsWording).toBe(true);
    await libraryOf(t).installBuiltIns();
    const qpr = (await get('/api/measures/qpr-15')).json();
    expect(qpr.needsWording).toBe(false);
    expect(qpr.questionnaire.item[1].item[0].text).toBe('I feel better about myself');
  });

  it('keeps the wording a service loaded, even over wording we ship', async () => {
    await libraryOf(t).importFile(fakeWording(builtInMeasure('qpr-15')));
    await libraryOf(t).installBuiltIns();
    const qpr = (await get('/api/measures/qpr-15')).json();
    expect(qpr.questionnaire.item[1].item[0].text).toBe('Statement qpr-1');
  });

  it('imports a service’s own Questionnaire under its own id', async () => {
    const outcome = await libraryOf(t).importFile(serviceMeasure());
    expect(outcome).toMatchObject({ ok: true, kind: 'questionnaire', change: 'added' });
    const measure = await get('/api/measures/sleep-check');
    expect(measure.json()).toMatchObject({ source: 'imported', needsWording: false, version: '1' });
  });

  it('never gives an imported measure the id of a built-in one', async () => {
    const outcome = await libraryOf(t).importFile(
      serviceMeasure({ id: 'phq-9', url: 'https://service.example/Questionnaire/their-phq' }),
    );
    if (!outcome.ok) throw new Error('expected the import to work');
    expect(outcome.measure.id).not.toBe('phq-9');
    expect((await get('/api/measures/phq-9')).json().source).toBe('built-in');
  });

  it('refuses bad files with the item and the problem, and stores nothing', async () => {
    const library = libraryOf(t);
    const before = await measureRows();
    const broken = serviceMeasure({
      url: 'https://service.example/Questionnaire/broken',
      item: [{ linkId: 'q3', type: 'attachment', text: 'Upload a photo' }],
    });
    const wrongWording = {
      ...fakeWording(builtInMeasure('swemwbs')),
      items: { 'swemwbs-99': 'x' },
    };
    const changed = serviceMeasure({ title: 'Sleep check, changed' });
    const noVersion = serviceMeasure({
      url: 'https://service.example/Questionnaire/x',
      version: undefined,
    });
    const cases: [unknown, string, RegExp][] = [
      [broken, 'item[q3].type', /item "q3": type "attachment" is not supported/],
      [wrongWording, 'items.swemwbs-99', /swemwbs-99/],
      [changed, 'url', /already stored with different content/],
      [noVersion, 'url', /"url" and "version" are both needed/],
      [{ hello: 'world' }, '', /./],
    ];
    for (const [file, path, message] of cases) {
      const outcome = await library.importFile(file);
      if (outcome.ok)
        throw new Error(`expected ${JSON.stringify(file).slice(0, 60)} to be refused`);
      expect(outcome.errors.map((e) => e.path)).toContain(path);
      expect(outcome.errors.map((e) => wordsFor(e.message)).join('\n')).toMatch(message);
    }
    expect(await measureRows()).toEqual(before);
  });
});
