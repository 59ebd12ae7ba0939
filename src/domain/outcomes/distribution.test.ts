import { describe, expect, it } from 'vitest';
import { bandIndexOf, distributionBands } from './distribution.ts';
import { GAD_7, HOUSING, MOOD, PHQ_9, QPR_15 } from './test-support.ts';

const ranges = (bands: { min: number; max: number }[]) => bands.map((band) => [band.min, band.max]);

describe('Distribution bands', () => {
  it('gives a narrow scale one band per value', () => {
    expect(ranges(distributionBands(MOOD))).toEqual([
      [1, 1],
      [2, 2],
      [3, 3],
      [4, 4],
      [5, 5],
    ]);
    expect(distributionBands(HOUSING)).toHaveLength(11);
  });

  it('uses a wide measure’s own bands', () => {
    expect(distributionBands(PHQ_9).map((band) => band.bandLabel)).toEqual([
      'Minimal',
      'Mild',
      'Moderate',
      'Moderately severe',
      'Severe',
    ]);
    expect(ranges(distributionBands(GAD_7))).toEqual([
      [0, 4],
      [5, 9],
      [10, 14],
      [15, 21],
    ]);
  });

  it('cuts a wide score into five equal bands when it has none that cover it', () => {
    expect(ranges(distributionBands(QPR_15))).toEqual([
      [0, 11],
      [12, 23],
      [24, 35],
      [36, 47],
      [48, 60],
    ]);
    const gap = { ...PHQ_9, bands: PHQ_9.bands?.filter((band) => band.id !== 'mild') };
    expect(distributionBands(gap).every((band) => band.bandId === null)).toBe(true);
    const many = Array.from({ length: 28 }, (_, value) => ({
      id: `v${value}`,
      label: `${value}`,
      min: value,
      max: value,
    }));
    expect(distributionBands({ ...PHQ_9, bands: many })).toHaveLength(5);
    const short = { ...PHQ_9, max: 30 };
    expect(ranges(distributionBands(short))).toEqual([
      [0, 5],
      [6, 11],
      [12, 17],
      [18, 23],
      [24, 30],
    ]);
  });

  it('puts a value outside the range in the nearest end band', () => {
    const bands = distributionBands(MOOD);
    expect(bandIndexOf(bands, 0)).toBe(0);
    expect(bandIndexOf(bands, 9)).toBe(4);
    expect(bandIndexOf(bands, 3)).toBe(2);
  });
});
