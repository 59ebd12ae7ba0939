// Direction of change and reliable change (issue 14): hand-worked cases, then properties.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { builtInMeasure } from '../measures/built-in.ts';
import { reliableChangeThresholds } from '../measures/reliable-change.ts';
import { directionOf, lifeAreaChange, measureChange, type Score } from './change.ts';
import { KNOWN_MEASURES, knownMeasure } from './known-measures.ts';

const URL = 'https://waymark.example/fhir/Questionnaire/';
const phq9 = knownMeasure({ questionnaire: `${URL}phq-9|1.0.0` });
const gad7 = knownMeasure({ code: { system: 'http://snomed.info/sct', code: '445455005' } });
const wemwbs = knownMeasure({ questionnaire: `${URL}wemwbs` });
const swemwbs = knownMeasure({ questionnaire: `${URL}swemwbs`, scaleId: 'total' });
const qpr15 = knownMeasure({ questionnaire: `${URL}qpr-15` });
const scores = (...values: number[]): Score[] =>
  values.map((value, i) => ({ at: `2026-0${i + 1}-01`, value }));

describe('knowing a measure', () => {
  it('recognises PHQ-9, GAD-7, WEMWBS and SWEMWBS by canonical URL or by the total’s code', () => {
    expect(phq9?.id).toBe('phq-9');
    expect(gad7?.id).toBe('gad-7');
    expect(wemwbs?.id).toBe('wemwbs');
    expect(swemwbs?.id).toBe('swemwbs');
    expect(knownMeasure({ questionnaire: 'https://example.org/Questionnaire/mine' })).toBe(
      undefined,
    );
    // Only the total is known: another scale of the same measure is not.
    expect(knownMeasure({ questionnaire: `${URL}phq-9`, scaleId: 'item9' })).toBe(undefined);
  });

  it('holds the same thresholds as the measure files, and none where the files have none', () => {
    for (const measure of KNOWN_MEASURES) {
      const fromFile = reliableChangeThresholds(builtInMeasure(measure.id)).get('total');
      expect(measure.reliableChange?.points, measure.id).toBe(fromFile?.points);
    }
  });
});

describe('a measure’s change', () => {
  it('marks a PHQ-9 fall of 6 as reliable improvement, and a rise of 5 as worse but not reliable', () => {
    expect(measureChange(scores(18, 12), phq9)).toEqual({
      latest: 12,
      previous: 18,
      change: -6,
      direction: 'better',
      reliableChange: 'improvement',
      reliableChangeDefined: true,
    });
    expect(measureChange(scores(10, 15), phq9)).toMatchObject({
      change: 5,
      direction: 'worse',
      reliableChange: null,
    });
  });

  it('marks a GAD-7 rise of 4 as reliable deterioration, and a fall of 3 as better only', () => {
    expect(measureChange(scores(6, 10), gad7)).toMatchObject({
      direction: 'worse',
      reliableChange: 'deterioration',
    });
    expect(measureChange(scores(9, 6), gad7)).toMatchObject({
      direction: 'better',
      reliableChange: null,
    });
  });

  it('reads WEMWBS and SWEMWBS the other way up: higher is better', () => {
    expect(measureChange(scores(40, 49), wemwbs)).toMatchObject({
      direction: 'better',
      reliableChange: 'improvement',
    });
    expect(measureChange(scores(49, 41), wemwbs)).toMatchObject({
      direction: 'worse',
      reliableChange: null,
    });
    expect(measureChange(scores(24.1, 21.1), swemwbs)).toMatchObject({
      change: -3,
      direction: 'worse',
      reliableChange: 'deterioration',
    });
  });

  it('gives QPR-15 a direction but never a reliable-change mark, and an unknown measure neither', () => {
    expect(measureChange(scores(20, 50), qpr15)).toMatchObject({
      direction: 'better',
      reliableChange: null,
      reliableChangeDefined: false,
    });
    expect(measureChange(scores(20, 50), undefined)).toMatchObject({
      change: 30,
      direction: null,
      reliableChange: null,
      reliableChangeDefined: false,
    });
  });

  it('compares the latest with the one before, whatever order the scores come in', () => {
    const shuffled = [
      { at: '2026-03-01', value: 9 },
      { at: '2026-01-01', value: 20 },
      { at: '2026-02-01', value: 16 },
    ];
    expect(measureChange(shuffled, phq9)).toMatchObject({ previous: 16, latest: 9, change: -7 });
    expect(measureChange([{ at: '2026-01-01', value: 9 }], phq9)).toMatchObject({
      previous: null,
      direction: null,
      reliableChange: null,
    });
    expect(measureChange([], phq9)).toBeNull();
  });

  const measures = fc.constantFrom(...KNOWN_MEASURES);
  const value = fc.integer({ min: 0, max: 80 });

  it('marks reliable change exactly when a defined threshold is reached (property)', () => {
    fc.assert(
      fc.property(measures, value, value, (measure, from, to) => {
        const change = measureChange(scores(from, to), measure);
        const points = measure.reliableChange?.points;
        const reached = points !== undefined && Math.abs(to - from) >= points;
        expect(change?.reliableChange !== null).toBe(reached);
        if (points === undefined) expect(change?.reliableChange).toBeNull();
      }),
    );
  });

  it('turns improvement into deterioration when the two scores swap (property)', () => {
    fc.assert(
      fc.property(measures, value, value, (measure, from, to) => {
        const there = measureChange(scores(from, to), measure);
        const back = measureChange(scores(to, from), measure);
        const flip = { improvement: 'deterioration', deterioration: 'improvement' } as const;
        expect(back?.reliableChange).toBe(
          there?.reliableChange ? flip[there.reliableChange] : null,
        );
        const opposite = { better: 'worse', worse: 'better', about_the_same: 'about_the_same' };
        expect(back?.direction).toBe(opposite[there?.direction ?? 'about_the_same']);
      }),
    );
  });

  it('says opposite things for the same numbers on a lower-is-better and a higher-is-better measure (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -50, max: 50 }), (change) => {
        const lower = directionOf(change, 'lower');
        const higher = directionOf(change, 'higher');
        if (change === 0) expect([lower, higher]).toEqual(['about_the_same', 'about_the_same']);
        else expect(lower).not.toBe(higher);
      }),
    );
  });
});

describe('life-area ratings', () => {
  const set = (date: string, ...scores: [string, number][]) => ({
    date,
    ratings: scores.map(([lifeAreaId, score]) => ({ lifeAreaId, score })),
  });
  const sets = [
    set('2026-09-01', ['home', 2], ['work', 5], ['friends', 4]),
    set('2026-10-01', ['home', 3], ['work', 5], ['friends', 4]),
    set('2026-11-01', ['home', 4], ['work', 3], ['friends', 2], ['money', 6]),
  ];

  it('compares the last two sets: one area up, two down is worse overall', () => {
    const change = lifeAreaChange(sets);
    expect(change).toMatchObject({ from: '2026-10-01', to: '2026-11-01', direction: 'worse' });
    expect(change.areas).toEqual([
      { lifeAreaId: 'home', from: 3, to: 4, direction: 'better' },
      { lifeAreaId: 'work', from: 5, to: 3, direction: 'worse' },
      { lifeAreaId: 'friends', from: 4, to: 2, direction: 'worse' },
    ]);
  });

  it('compares the first set in a window with the latest', () => {
    const change = lifeAreaChange(sets, '2026-08-15');
    expect(change).toMatchObject({ from: '2026-09-01', direction: 'worse' });
    expect(change.areas[0]).toEqual({ lifeAreaId: 'home', from: 2, to: 4, direction: 'better' });
  });

  it('says about the same when as many areas went up as down, and nothing with one set', () => {
    const even = [set('2026-01-01', ['a', 3], ['b', 3]), set('2026-02-01', ['a', 4], ['b', 2])];
    expect(lifeAreaChange(even).direction).toBe('about_the_same');
    expect(lifeAreaChange([sets[0] as (typeof sets)[0]])).toEqual({
      from: null,
      to: null,
      areas: [],
      direction: null,
    });
    expect(lifeAreaChange(sets, '2026-10-15').direction).toBeNull();
  });

  it('is better overall exactly when more areas went up than down (property)', () => {
    const rating = fc.integer({ min: 1, max: 7 });
    fc.assert(
      fc.property(fc.array(fc.tuple(rating, rating), { minLength: 1, maxLength: 12 }), (pairs) => {
        const first = set(
          '2026-01-01',
          ...pairs.map(([a], i) => [`area${i}`, a] as [string, number]),
        );
        const last = set(
          '2026-02-01',
          ...pairs.map(([, b], i) => [`area${i}`, b] as [string, number]),
        );
        const up = pairs.filter(([a, b]) => b > a).length;
        const down = pairs.filter(([a, b]) => b < a).length;
        const expected = up > down ? 'better' : down > up ? 'worse' : 'about_the_same';
        expect(lifeAreaChange([last, first]).direction).toBe(expected);
      }),
    );
  });
});
