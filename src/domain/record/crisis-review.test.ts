import { describe, expect, it } from 'vitest';
import { crisisPlanNeedsReview, sixMonthsAfter } from './crisis-review.ts';

describe('crisis plan review reminder', () => {
  it('is due when the plan was never reviewed', () => {
    expect(crisisPlanNeedsReview(null, '2026-11-25')).toBe(true);
  });

  it('is not due until six calendar months have passed', () => {
    expect(crisisPlanNeedsReview('2026-05-25', '2026-11-25')).toBe(false);
    expect(crisisPlanNeedsReview('2026-05-25', '2026-11-26')).toBe(true);
  });

  it('keeps month ends to the end of the shorter month, never spilling into the next', () => {
    expect(sixMonthsAfter('2026-08-31')).toBe('2027-02-28');
    expect(sixMonthsAfter('2027-08-31')).toBe('2028-02-29');
    expect(sixMonthsAfter('2026-12-31')).toBe('2027-06-30');
    expect(crisisPlanNeedsReview('2026-08-31', '2027-03-01')).toBe(true);
    expect(crisisPlanNeedsReview('2026-08-31', '2027-02-28')).toBe(false);
  });
});
