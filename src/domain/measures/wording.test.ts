// Skeletons of licensed measures, and merging a service's wording file into them. The wording
// and the scoring parts used here are made up ("Test wording …", invented reverse lists and
// conversion values) — they are not the licensed instruments' words or tables.
import { describe, expect, it } from 'vitest';
import { builtInMeasure } from './built-in.ts';
import { flattenItems } from './items.ts';
import type { Questionnaire } from './questionnaire.schema.ts';
import { score } from './score.ts';
import { responseFor, scored, worded, wordedResult } from './test-support.ts';
import { validateResponse } from './validate-response.ts';
import { applyWording, missingWording, needsWording } from './wording.ts';

const SKELETONS = ['reqol-10', 'reqol-20', 'wemwbs', 'swemwbs'];
const LICENSED = ['reqol-10', 'reqol-20', 'wemwbs', 'swemwbs'];

/** A made-up wording file giving every item and option of a skeleton some test text. */
function fakeWording(skeleton: Questionnaire, extra: Record<string, unknown> = {}) {
  const entries = flattenItems(skeleton.item).filter(({ item }) => item.type !== 'group');
  const codes = new Set(
    entries.flatMap(({ item }) => (item.answerOption ?? []).map((o) => o.valueCoding.code)),
  );
  return {
    measure: skeleton.url,
    version: skeleton.version,
    items: Object.fromEntries(
      entries.map(({ item }) => [item.linkId, `Test wording ${item.linkId}`]),
    ),
    answerOptions: {
      '*': Object.fromEntries([...codes].map((code) => [code, `Test option ${code}`])),
    },
    ...extra,
  };
}

function loaded(id: string, extra: Record<string, unknown> = {}): Questionnaire {
  const result = applyWording(builtInMeasure(id), fakeWording(builtInMeasure(id), extra));
  if (!result.ok)
    throw new Error(
      worded(result.errors)
        .map((e) => e.message)
        .join('; '),
    );
  return result.questionnaire;
}

function wordingErrors(id: string, wording: unknown) {
  const result = applyWording(builtInMeasure(id), wording);
  if (result.ok) throw new Error('expected the wording to be rejected');
  return worded(result.errors);
}

describe('skeletons', () => {
  it.each(SKELETONS)('%s needs its wording loaded', (id) => {
    expect(needsWording(builtInMeasure(id))).toBe(true);
  });

  it.each(['phq-9', 'gad-7', 'qpr-15'])('%s ships with its wording', (id) => {
    expect(needsWording(builtInMeasure(id))).toBe(false);
  });

  it.each(SKELETONS)('%s carries no item wording', (id) => {
    const worded = flattenItems(builtInMeasure(id).item).filter(
      ({ item }) => item.text !== undefined,
    );
    expect(worded).toEqual([]);
  });

  it.each(LICENSED)('%s carries no answer wording either', (id) => {
    const displays = flattenItems(builtInMeasure(id).item).flatMap(({ item }) =>
      (item.answerOption ?? []).flatMap((o) => o.valueCoding.display ?? []),
    );
    expect(displays).toEqual([]);
  });

  it('lists what is missing, including scoring parts that come with the licence', () => {
    const missing = missingWording(builtInMeasure('swemwbs'));
    expect(missing).toContainEqual({ kind: 'item', linkId: 'swemwbs-intro' });
    expect(missing).toContainEqual({ kind: 'option', linkId: 'swemwbs-7', code: '5' });
    expect(missing.at(-1)).toEqual({ kind: 'scoring', scale: 'total', part: 'conversion' });
  });

  it('gives no score, and says why, until the wording is loaded', () => {
    const skeleton = builtInMeasure('reqol-10');
    const [scale] = score(
      skeleton,
      responseFor(skeleton, scored('reqol10', Array(10).fill(2))),
    ).scales;
    expect(scale).toMatchObject({ id: 'total', value: null, code: { code: '1091071000000100' } });
    expect(scale?.explanation).toEqual([
      'This measure needs its wording loaded by your service (item wording, which items are reverse-scored), so it cannot be scored yet.',
    ]);
  });

  it('refuses answers to a skeleton', () => {
    const skeleton = builtInMeasure('wemwbs');
    const result = validateResponse(
      skeleton,
      responseFor(skeleton, scored('wemwbs', Array(14).fill(2))),
    );
    expect(wordedResult(result)).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          message:
            'the answers: this measure needs its wording loaded by your service before it can be answered',
        },
      ],
    });
  });
});

describe('worked examples once wording is loaded', () => {
  it('ReQoL-10: reverses the items the licensed copy lists, then sums 0–40', () => {
    // Made-up reverse list: items 2, 5 and 9. Answers 3 each: reversed 4 − 3 = 1 for those three,
    // so 7 × 3 + 3 × 1 = 24.
    const reverse = { items: ['reqol10-2', 'reqol10-5', 'reqol10-9'], min: 0, max: 4 };
    const reqol = loaded('reqol-10', { scoring: { total: { reverse } } });
    const [scale] = score(reqol, responseFor(reqol, scored('reqol10', Array(10).fill(3)))).scales;
    expect(scale?.value).toBe(24);
    expect(scale?.explanation).toContain('Item "reqol10-5" is reverse-scored: 0 + 4 − 3 = 1.');
  });

  it('ReQoL-20: sums 20 items 0–80', () => {
    // Made-up reverse list (item 1 only); every answer 4: item 1 reverses to 0, so 0 + 19 × 4 = 76.
    const reqol = loaded('reqol-20', {
      scoring: { total: { reverse: { items: ['reqol20-1'], min: 0, max: 4 } } },
    });
    const [scale] = score(reqol, responseFor(reqol, scored('reqol20', Array(20).fill(4)))).scales;
    expect(scale?.value).toBe(76);
  });

  it('WEMWBS: sums 14 items scored 1–5 (14–70)', () => {
    // By hand: seven 3s and seven 4s = 21 + 28 = 49.
    const wemwbs = loaded('wemwbs');
    const scores = [3, 4, 3, 4, 3, 4, 3, 4, 3, 4, 3, 4, 3, 4];
    const [scale] = score(wemwbs, responseFor(wemwbs, scored('wemwbs', scores))).scales;
    expect(scale?.value).toBe(49);
    expect(scale?.code?.code).toBe('718426000');
  });

  it('SWEMWBS: sums 7 items (7–35), then converts with the licensed table', () => {
    // Raw 3 × 7 = 21; the made-up table maps 21 → 99.5.
    const conversion = [{ raw: 21, value: 99.5 }];
    const swemwbs = loaded('swemwbs', { scoring: { total: { conversion } } });
    const [scale] = score(
      swemwbs,
      responseFor(swemwbs, scored('swemwbs', Array(7).fill(3))),
    ).scales;
    expect(scale?.value).toBe(99.5);
    expect(scale?.explanation).toContain('The conversion table turns raw score 21 into 99.5.');
  });
});

describe('applyWording errors', () => {
  const wemwbs = builtInMeasure('wemwbs');

  it('names linkIds that are not in the measure, and items left without wording', () => {
    const wording = fakeWording(wemwbs);
    const items: Record<string, string> = { ...wording.items, 'wemwbs-15': 'Extra' };
    delete items['wemwbs-3'];
    expect(wordingErrors('wemwbs', { ...wording, items })).toEqual([
      { path: 'items.wemwbs-15', message: 'wording file: item "wemwbs-15" is not in the measure' },
      {
        path: 'items.wemwbs-3',
        message: 'wording file: item "wemwbs-3" has no wording in the file',
      },
    ]);
  });

  it('names answer codes that do not exist and options left without wording', () => {
    const wording = fakeWording(wemwbs, {
      answerOptions: { '*': { 1: 'a', 2: 'b', 3: 'c', 4: 'd' }, 'wemwbs-1': { 9: 'x' } },
    });
    const errors = wordingErrors('wemwbs', wording);
    expect(errors[0]).toEqual({
      path: 'answerOptions.wemwbs-1.9',
      message: 'wording file: item "wemwbs-1" has no option with code "9"',
    });
    expect(errors[1]).toEqual({
      path: 'answerOptions.wemwbs-1.5',
      message: 'wording file: item "wemwbs-1", option "5" has no wording in the file',
    });
    expect(errors).toHaveLength(15);
  });

  it('rejects answer wording for an item without options', () => {
    const wording = fakeWording(wemwbs, { answerOptions: { '*': {}, 'wemwbs-intro': { 1: 'x' } } });
    expect(wordingErrors('wemwbs', wording)[0]).toEqual({
      path: 'answerOptions.wemwbs-intro',
      message:
        'wording file: item "wemwbs-intro" is not a choice item, so it has no answer options',
    });
  });

  it('rejects a file for another measure or version', () => {
    expect(
      wordingErrors('wemwbs', { ...fakeWording(wemwbs), measure: 'https://example.org/other' })[0]
        ?.message,
    ).toBe(
      'wording file: this wording is for "https://example.org/other", but the measure is "https://waymark.example/fhir/Questionnaire/wemwbs"',
    );
    expect(wordingErrors('wemwbs', { ...fakeWording(wemwbs), version: '2.0.0' })[0]).toEqual({
      path: 'version',
      message: 'wording file: this wording is for version 2.0.0, but the measure is version 1.0.0',
    });
  });

  it('checks scoring parts: only those the skeleton expects, and all of them', () => {
    const conversion = [{ raw: 14, value: 1 }];
    expect(
      wordingErrors('wemwbs', fakeWording(wemwbs, { scoring: { total: { conversion } } })),
    ).toEqual([
      {
        path: 'scoring.total.conversion',
        message: 'wording file: scale "total" does not take a conversion table from a wording file',
      },
    ]);
    expect(
      wordingErrors('wemwbs', fakeWording(wemwbs, { scoring: { overall: { conversion } } })),
    ).toEqual([
      { path: 'scoring.overall', message: 'wording file: scale "overall" is not in the measure' },
    ]);
    const swemwbs = builtInMeasure('swemwbs');
    expect(wordingErrors('swemwbs', fakeWording(swemwbs))).toEqual([
      {
        path: 'scoring.total',
        message: 'wording file: scale "total" needs a conversion table from the wording file',
      },
    ]);
  });

  it('reports a malformed wording file by field', () => {
    expect(
      wordingErrors('wemwbs', { measure: wemwbs.url, version: '1.0.0', items: ['x'] }),
    ).toEqual([
      { path: 'items', message: 'wording file: "items" should be an object, not a list' },
    ]);
  });

  it("adds the licence holder's notice to the copyright", () => {
    const result = applyWording(
      wemwbs,
      fakeWording(wemwbs, { copyright: 'Used under licence by Example Trust.' }),
    );
    expect(
      result.ok &&
        result.questionnaire.copyright?.endsWith('\n\nUsed under licence by Example Trust.'),
    ).toBe(true);
  });
});
