// Reliable change: is a change between two of a person's scores bigger than chance? Thresholds
// are the published ones kept in the measure files (docs/measures.md).
import { describe, expect, it } from 'vitest';
import { builtInMeasure } from './built-in.ts';
import { reliableChangeThresholds, scoreChange, summariseChanges } from './reliable-change.ts';

describe('reliable change', () => {
  it('reads the published thresholds, with a source, from the measure files', () => {
    const points = (id: string) => reliableChangeThresholds(builtInMeasure(id)).get('total');
    expect(points('phq-9')?.points).toBe(6);
    expect(points('gad-7')?.points).toBe(4);
    expect(points('wemwbs')?.points).toBe(9);
    expect(points('swemwbs')?.points).toBe(3);
    expect(points('phq-9')?.source).toMatch(/NHS Talking Therapies/);
    expect(points('swemwbs')?.source).toMatch(/Warwick-Edinburgh/);
    expect(points('qpr-15')).toBeUndefined();
  });

  it('counts a change of the threshold or more, up or down, as bigger than chance', () => {
    expect(scoreChange(15, 8, 6)).toEqual({ from: 15, to: 8, change: -7, reliable: true });
    expect(scoreChange(8, 14, 6)).toEqual({ from: 8, to: 14, change: 6, reliable: true });
    expect(scoreChange(8, 13, 6).reliable).toBe(false);
    expect(scoreChange(20.1, 23.0, 3).reliable).toBe(false);
    expect(scoreChange(20.1, 23.1, 3)).toMatchObject({ change: 3, reliable: true });
  });

  it('compares the latest score with the one before, and with the first when there are three', () => {
    expect(summariseChanges([12], 6)).toBeUndefined();
    expect(summariseChanges([12, 10], 6)).toEqual({
      threshold: 6,
      sinceLast: { from: 12, to: 10, change: -2, reliable: false },
    });
    // 18 → 14 → 11: each step 4 or 3 (chance), but 7 in all since the first (bigger than chance).
    expect(summariseChanges([18, 14, 11], 6)).toEqual({
      threshold: 6,
      sinceLast: { from: 14, to: 11, change: -3, reliable: false },
      sinceFirst: { from: 18, to: 11, change: -7, reliable: true },
    });
  });
});
