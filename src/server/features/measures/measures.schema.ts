// Response shapes of the measures API. They are also the privacy whitelist: Fastify drops any
// field they do not declare.
import { ROLES } from '../../../domain/auth/auth.schema.ts';
import {
  codingSchema,
  questionnaireSchema,
} from '../../../domain/measures/questionnaire.schema.ts';
import { questionnaireResponseSchema } from '../../../domain/measures/response.schema.ts';
import { bandSchema } from '../../../domain/measures/scoring.schema.ts';
import { z } from '../../../domain/validation.ts';

export const measureSummary = z.object({
  id: z.string(),
  url: z.string(),
  version: z.string(),
  title: z.string(),
  status: z.string(),
  /** `service`: the person's service uploaded it (decision 0042). */
  source: z.enum(['built-in', 'imported', 'service']),
  description: z.string().optional(),
  copyright: z.string().optional(),
  needsWording: z.boolean(),
  message: z.string().optional(),
  /** For the person answering: what it asks about and how long it takes, in plain words. */
  forPerson: z.object({ about: z.string(), time: z.string().nullable() }),
  updatedAt: z.string(),
});
export const measureDetail = measureSummary.extend({ questionnaire: questionnaireSchema });

const scaleScore = z.object({
  id: z.string(),
  label: z.string().optional(),
  value: z.number().nullable(),
  band: bandSchema.optional(),
  code: codingSchema.optional(),
  /** Only when the score was given with answers missing: how many of the items were answered. */
  prorated: z.object({ answered: z.number().int(), items: z.number().int() }).optional(),
  /** How the score was worked out, one step a line. */
  explanation: z.array(z.string()),
});
const riskSignal = z.object({
  id: z.string(),
  linkId: z.string(),
  /** The item's score; null when the signal is that the item was left unanswered. */
  score: z.number().nullable(),
  label: z.string(),
  explanation: z.string(),
});

export const measureResponse = z.object({
  id: z.string(),
  version: z.number().int(),
  measureId: z.string(),
  questionnaire: z.string(),
  authored: z.string(),
  note: z.string(),
  forMeOnly: z.boolean(),
  response: questionnaireResponseSchema,
  scores: z.array(scaleScore),
  riskSignals: z.array(riskSignal),
  support: z
    .object({ message: z.string(), safetyPlan: z.string(), crisisPlan: z.string() })
    .nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const responseRevision = z.object({
  version: z.number().int(),
  action: z.enum(['create', 'update']),
  note: z.string(),
  forMeOnly: z.boolean(),
  createdAt: z.string(),
  authoredBy: z.string(),
  authoredRole: z.enum(ROLES),
});

export const observationSeries = z.object({
  code: z.string().nullable(),
  system: z.string().nullable(),
  points: z.array(
    z.object({
      id: z.string(),
      responseId: z.string(),
      measureId: z.string(),
      scaleId: z.string(),
      system: z.string(),
      code: z.string(),
      display: z.string().nullable(),
      value: z.number(),
      effectiveAt: z.string(),
      forMeOnly: z.boolean(),
      note: z.string(),
      /** The lowest and highest score this scale can give; null when the measure does not say. */
      range: z.object({ min: z.number(), max: z.number() }).nullable(),
      /** Set when the score was prorated: worked out from `answered` of `items` answers. */
      prorated: z.object({ answered: z.number().int(), items: z.number().int() }).nullable(),
      /** The measure's published reliable-change threshold and its source; null if none. */
      reliableChange: z.object({ points: z.number(), source: z.string() }).nullable(),
    }),
  ),
});
