// Small-number suppression for outcome reports (issue 16, decision 0052): a named, configurable
// policy that turns each count into what a report may show, either a rounded number or "*"
// (hidden). Zod-free and pure, so the web can name the policy without the schema library.
//
// The two presets follow NHS England's published rules for sub-national figures:
// - nhs-secondary-care: NHS Digital's disclosure control for Hospital Episode Statistics and the
//   Emergency Care Data Set from September 2018: 0 stays 0, 1–7 become "*", every other count is
//   rounded to the nearest 5.
//   https://digital.nhs.uk/data-and-information/data-tools-and-services/data-services/hospital-episode-statistics/change-to-disclosure-control-methodology-for-hes-and-ecds-from-september-2018
//   (NHS Digital's own code does the same: NHSDigital/codonPython suppression.py `suppress_value`.)
// - nhs-mental-health-data-set: the "standard rounding and suppression rules" of the Mental Health
//   Services Data Set, NHS Talking Therapies (IAPT) and the other community data sets: numbers
//   less than five, including zero, become "*", the rest are rounded to the nearest 5.
//   https://digital.nhs.uk/data-and-information/publications/statistical/mental-health-bulletin/mental-health-bulletin-annual-report-from-mhmds-returns-2013-14
//   and the Data Quality Maturity Index suppression rules, which set the two side by side:
//   https://digital.nhs.uk/data-and-information/data-tools-and-services/data-services/data-quality/data-quality-maturity-index-methodology/suppression-rules
// The default, `strictest`, is both together: 0–7 become "*", the rest are rounded to the
// nearest 5, so a report is safe under either publication's rules.

/** What a report shows in place of a count (or a figure made from one) that it hides. */
export const HIDDEN = '*' as const;
export type Hidden = typeof HIDDEN;
/** A shown figure: a number, or "*" when it is hidden. */
export type Shown = number | Hidden;

export type SuppressionPolicy = {
  /** A preset's name, or any name a deployment gives its own policy. */
  name: string;
  /** Counts from 1 to hideBelow − 1 are hidden. */
  hideBelow: number;
  /** Whether 0 is hidden too (the mental-health data sets hide it; secondary care shows it). */
  hideZero: boolean;
  /** Shown counts are rounded to the nearest multiple of this (1: not rounded). */
  roundTo: number;
};

export const SUPPRESSION_PRESETS = {
  'nhs-secondary-care': { name: 'nhs-secondary-care', hideBelow: 8, hideZero: false, roundTo: 5 },
  'nhs-mental-health-data-set': {
    name: 'nhs-mental-health-data-set',
    hideBelow: 5,
    hideZero: true,
    roundTo: 5,
  },
  strictest: { name: 'strictest', hideBelow: 8, hideZero: true, roundTo: 5 },
} as const satisfies Record<string, SuppressionPolicy>;

export type SuppressionPresetName = keyof typeof SUPPRESSION_PRESETS;
export const SUPPRESSION_PRESET_NAMES = Object.keys(SUPPRESSION_PRESETS) as SuppressionPresetName[];
export const DEFAULT_SUPPRESSION_POLICY: SuppressionPolicy = SUPPRESSION_PRESETS.strictest;

export function isSuppressionPresetName(name: string): name is SuppressionPresetName {
  return Object.hasOwn(SUPPRESSION_PRESETS, name);
}

/** Whether a deployment's own policy can be used: whole numbers, rounding by at least 1. */
export function isValidSuppressionPolicy(policy: SuppressionPolicy): boolean {
  return (
    policy.name.length > 0 &&
    Number.isSafeInteger(policy.hideBelow) &&
    policy.hideBelow >= 0 &&
    Number.isSafeInteger(policy.roundTo) &&
    policy.roundTo >= 1
  );
}

/** Whether the policy hides this count on its own (primary suppression). */
export function hidesCount(policy: SuppressionPolicy, count: number): boolean {
  if (count === 0) return policy.hideZero;
  return count < policy.hideBelow;
}

/** A count the policy does not hide, rounded to the nearest multiple of `roundTo` (half up). */
export function roundCount(policy: SuppressionPolicy, count: number): number {
  return Math.round(count / policy.roundTo) * policy.roundTo;
}

/** What the report shows for a count: "*" when the policy hides it, else the rounded count. */
export function showCount(policy: SuppressionPolicy, count: number): Shown {
  return hidesCount(policy, count) ? HIDDEN : roundCount(policy, count);
}

/**
 * The smallest group a report may be made for: the first count of people the policy shows (8 for
 * the default). A filter that leaves fewer is refused rather than answered with stars.
 */
export function smallestGroup(policy: SuppressionPolicy): number {
  return Math.max(policy.hideBelow, 1);
}
