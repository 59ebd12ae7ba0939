import { describe, expect, it } from 'vitest';
import { AppError } from '../errors.ts';
import {
  asksForPersonLevel,
  assertNoSmallGroup,
  assertNotPersonLevel,
  assertPeriodForwards,
  isGroupTooSmall,
  monthsInPeriod,
} from './report-guards.ts';
import { SUPPRESSION_PRESETS } from './suppression.ts';

function codeOf(run: () => void): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return undefined;
}

describe('Outcome report refusals', () => {
  it('refuses a group smaller than the policy shows', () => {
    const strictest = SUPPRESSION_PRESETS.strictest;
    expect(isGroupTooSmall(7, strictest)).toBe(true);
    expect(isGroupTooSmall(0, strictest)).toBe(true);
    expect(isGroupTooSmall(8, strictest)).toBe(false);
    expect(isGroupTooSmall(4, SUPPRESSION_PRESETS['nhs-mental-health-data-set'])).toBe(true);
    expect(isGroupTooSmall(5, SUPPRESSION_PRESETS['nhs-mental-health-data-set'])).toBe(false);
    expect(codeOf(() => assertNoSmallGroup(7, strictest))).toBe('WM_REPORT_GROUP_TOO_SMALL');
    expect(codeOf(() => assertNoSmallGroup(8, strictest))).toBeUndefined();
  });

  it('says how large a group must be', () => {
    try {
      assertNoSmallGroup(3, SUPPRESSION_PRESETS.strictest);
    } catch (error) {
      expect((error as AppError).params).toEqual({ smallest: 8 });
      expect((error as AppError).words).toBe(
        'This report would count fewer than 8 people. So few could point to one person, so it is not shown. Choose more teams or a longer time.',
      );
    }
    expect.assertions(2);
  });

  it('counts the months of a period, both ends included', () => {
    expect(monthsInPeriod({ fromMonth: '2026-01', toMonth: '2026-12' })).toBe(12);
    expect(monthsInPeriod({ fromMonth: '2025-11', toMonth: '2026-02' })).toBe(4);
    expect(monthsInPeriod({ fromMonth: '2026-03', toMonth: '2026-03' })).toBe(1);
    expect(monthsInPeriod({ fromMonth: '2026-13', toMonth: '2026-03' })).toBeNull();
  });

  it('refuses a period that ends before it starts', () => {
    const backwards = { fromMonth: '2026-05', toMonth: '2026-04' };
    expect(codeOf(() => assertPeriodForwards(backwards))).toBe('WM_REPORT_PERIOD_BACKWARDS');
    expect(
      codeOf(() => assertPeriodForwards({ fromMonth: '2026-05', toMonth: '2026-05' })),
    ).toBeUndefined();
  });

  it('refuses any ask for figures about one person', () => {
    expect(asksForPersonLevel({ from: '2026-01', to: '2026-06' })).toBe(false);
    expect(asksForPersonLevel({ personId: 'x' })).toBe(true);
    expect(asksForPersonLevel({ by: 'Person' })).toBe(true);
    expect(asksForPersonLevel({ groupBy: ['team', 'individual'] })).toBe(true);
    expect(asksForPersonLevel({ by: 'team' })).toBe(false);
    expect(codeOf(() => assertNotPersonLevel({ person: '' }))).toBe('WM_REPORT_PERSON_LEVEL');
  });
});
