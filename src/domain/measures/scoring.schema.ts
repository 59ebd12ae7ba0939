// Waymark's scoring rules, carried by a Questionnaire in the extension SCORING_URL as JSON text
// (valueString). FHIR extensions cannot hold a free JSON object, and a JSON string keeps the
// Questionnaire valid FHIR that any server will store unchanged. The rules are declarative on
// purpose: a service can read how a score is made without reading code.
import { z } from '../validation.ts';
import { codingSchema } from './questionnaire.schema.ts';

const id = () => z.string().regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/);

/** Parts of a scale that a licensed measure's wording file supplies (not shipped by us). */
export const WORDING_PARTS = ['reverse', 'conversion'] as const;
export type WordingPart = (typeof WORDING_PARTS)[number];

export const bandSchema = z.strictObject({
  id: id(),
  label: z.string().min(1),
  /** Inclusive bounds: a value is in the band when min ≤ value ≤ max. */
  min: z.number(),
  max: z.number(),
});
export type Band = z.infer<typeof bandSchema>;

export const conversionRowSchema = z.strictObject({ raw: z.number(), value: z.number() });
export type ConversionRow = z.infer<typeof conversionRowSchema>;

export const reverseSchema = z.strictObject({
  items: z.array(z.string().min(1)).min(1),
  /** A reversed item scores min + max − score. */
  min: z.number(),
  max: z.number(),
});
export type Reverse = z.infer<typeof reverseSchema>;

export const scaleSchema = z.strictObject({
  id: id(),
  label: z.string().min(1).optional(),
  method: z.enum(['sum', 'mean']),
  items: z.array(z.string().min(1)).min(1),
  reverse: reverseSchema.optional(),
  /**
   * With up to `prorateIfAtMost` items missing the score is still given: a sum is prorated
   * (sum × items ÷ answered) and a mean uses the answered items; with more missing, no score.
   */
  missing: z.strictObject({ prorateIfAtMost: z.number().int().min(0) }),
  /** Decimal places of the result; 0 gives a whole number. Default 2. */
  decimals: z.number().int().min(0).max(6).optional(),
  /** Raw score → reported score, applied after rounding (e.g. a Rasch metric). */
  conversion: z.array(conversionRowSchema).min(1).optional(),
  bands: z.array(bandSchema).optional(),
  /** The code of the total, e.g. SNOMED CT, for Observations and national data sets. */
  code: codingSchema.optional(),
  /** Parts that only a licensed wording file may supply; the scale has no score until then. */
  suppliedWithWording: z.array(z.enum(WORDING_PARTS)).min(1).optional(),
  /**
   * The published reliable-change threshold: a change of `points` or more between two scores is
   * bigger than measurement error alone would give. `source` cites where the number comes from.
   */
  reliableChange: z
    .strictObject({ points: z.number().positive(), source: z.string().min(1) })
    .optional(),
  /**
   * Which way the score moves when the person is doing better. Only a scale that says so counts
   * in a service's outcome reports: Waymark does not guess (decision 0058).
   */
  better: z.enum(['higher', 'lower']).optional(),
});
export type Scale = z.infer<typeof scaleSchema>;

export const COMPARE_OPERATORS = ['=', '!=', '>', '<', '>=', '<='] as const;
export type CompareOperator = (typeof COMPARE_OPERATORS)[number];
/** `unanswered`: the item was asked but left without an answer (skipping it can be a sign). */
export const RISK_OPERATORS = [...COMPARE_OPERATORS, 'unanswered'] as const;
export type RiskOperator = (typeof RISK_OPERATORS)[number];

export const riskRuleSchema = z.strictObject({
  id: id(),
  /**
   * linkId of a scored item; the rule compares that item's score, or (operator `unanswered`)
   * fires when it was asked and not answered. An item a rule watches is never prorated over.
   */
  item: z.string().min(1),
  operator: z.enum(RISK_OPERATORS),
  /** Needed by every operator except `unanswered`, which takes none. */
  value: z.number().optional(),
  /** What a practitioner should know, shown with the signal. */
  label: z.string().min(1),
});
export type RiskRule = z.infer<typeof riskRuleSchema>;

export const scoringRulesSchema = z.strictObject({
  scales: z.array(scaleSchema).min(1),
  riskItems: z.array(riskRuleSchema).optional(),
});
export type ScoringRules = z.infer<typeof scoringRulesSchema>;
