import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SUPPRESSION_POLICY,
  HIDDEN,
  hidesCount,
  isSuppressionPresetName,
  isValidSuppressionPolicy,
  SUPPRESSION_PRESET_NAMES,
  SUPPRESSION_PRESETS,
  showCount,
  smallestGroup,
} from './suppression.ts';

const secondaryCare = SUPPRESSION_PRESETS['nhs-secondary-care'];
const mentalHealth = SUPPRESSION_PRESETS['nhs-mental-health-data-set'];
const strictest = SUPPRESSION_PRESETS.strictest;

describe('Small-number suppression', () => {
  // NHS Digital's worked examples for the secondary-care rule (HES and ECDS from September 2018).
  it.each([
    [0, 0],
    [2, HIDDEN],
    [8, 10],
    [16, 15],
    [24, 25],
    [57, 55],
  ])('secondary care shows %i as %s, as NHS Digital publishes', (count, shown) => {
    expect(showCount(secondaryCare, count)).toBe(shown);
  });

  it.each([
    [1, HIDDEN],
    [7, HIDDEN],
    [9, 10],
    [12, 10],
    [13, 15],
    [1234, 1235],
  ])('secondary care shows %i as %s', (count, shown) => {
    expect(showCount(secondaryCare, count)).toBe(shown);
  });

  it.each([
    [0, HIDDEN],
    [1, HIDDEN],
    [4, HIDDEN],
    [5, 5],
    [7, 5],
    [8, 10],
    [16, 15],
    [57, 55],
  ])(
    'the mental-health data sets show %i as %s (fewer than 5, zero too, hidden)',
    (count, shown) => {
      expect(showCount(mentalHealth, count)).toBe(shown);
    },
  );

  it.each([
    [0, HIDDEN],
    [2, HIDDEN],
    [5, HIDDEN],
    [7, HIDDEN],
    [8, 10],
    [16, 15],
    [24, 25],
    [57, 55],
  ])('the default, both rules together, shows %i as %s', (count, shown) => {
    expect(showCount(strictest, count)).toBe(shown);
  });

  it('makes the stricter of the two presets the default', () => {
    expect(DEFAULT_SUPPRESSION_POLICY).toBe(strictest);
  });

  it('hides under the default whatever either preset hides, and rounds the same', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100_000 }), (count) => {
        const either = hidesCount(secondaryCare, count) || hidesCount(mentalHealth, count);
        expect(hidesCount(strictest, count)).toBe(either);
        if (!either) expect(showCount(strictest, count)).toBe(showCount(secondaryCare, count));
      }),
    );
  });

  it('shows every count it does not hide as a multiple of 5 within 2 of the truth', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SUPPRESSION_PRESET_NAMES),
        fc.integer({ min: 0, max: 1_000_000 }),
        (name, count) => {
          const shown = showCount(SUPPRESSION_PRESETS[name], count);
          if (shown === HIDDEN) return;
          expect(shown % 5).toBe(0);
          expect(Math.abs(shown - count)).toBeLessThanOrEqual(2);
        },
      ),
    );
  });

  it('takes a deployment’s own policy', () => {
    const own = { name: 'national', hideBelow: 0, hideZero: false, roundTo: 1 };
    expect(isValidSuppressionPolicy(own)).toBe(true);
    expect(showCount(own, 3)).toBe(3);
    expect(isValidSuppressionPolicy({ ...own, roundTo: 0 })).toBe(false);
    expect(isValidSuppressionPolicy({ ...own, hideBelow: 2.5 })).toBe(false);
    expect(isValidSuppressionPolicy({ ...own, name: '' })).toBe(false);
  });

  it('knows the presets by name', () => {
    expect(SUPPRESSION_PRESET_NAMES).toEqual([
      'nhs-secondary-care',
      'nhs-mental-health-data-set',
      'strictest',
    ]);
    expect(isSuppressionPresetName('strictest')).toBe(true);
    expect(isSuppressionPresetName('toString')).toBe(false);
  });

  it('sets the smallest group a report may be made for at the first count shown', () => {
    expect(smallestGroup(strictest)).toBe(8);
    expect(smallestGroup(secondaryCare)).toBe(8);
    expect(smallestGroup(mentalHealth)).toBe(5);
  });
});
