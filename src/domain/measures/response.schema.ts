// Answers to a measure, stored as a FHIR R4 QuestionnaireResponse. Only the answer value types
// that our item types produce are read; validate-response.ts checks answers against the
// questionnaire (types, codes, required items, conditions).
import { z } from '../validation.ts';
import { codingSchema } from './questionnaire.schema.ts';

export const answerSchema = z.looseObject({
  valueBoolean: z.boolean().optional(),
  valueInteger: z.number().int().optional(),
  valueDecimal: z.number().optional(),
  valueString: z.string().optional(),
  valueCoding: codingSchema.optional(),
});
export type Answer = z.infer<typeof answerSchema>;

export type ResponseItem = {
  linkId: string;
  text?: string | undefined;
  answer?: Answer[] | undefined;
  item?: ResponseItem[] | undefined;
  [key: string]: unknown;
};

export const responseItemSchema: z.ZodType<ResponseItem> = z.looseObject({
  linkId: z.string().min(1),
  text: z.string().optional(),
  answer: z.array(answerSchema).optional(),
  get item() {
    return z.array(responseItemSchema).optional();
  },
});

export const RESPONSE_STATUSES = [
  'in-progress',
  'completed',
  'amended',
  'entered-in-error',
  'stopped',
] as const;

export const questionnaireResponseSchema = z.looseObject({
  resourceType: z.literal('QuestionnaireResponse'),
  id: z.string().optional(),
  /** Canonical URL of the questionnaire, optionally with `|version`. */
  questionnaire: z.string().optional(),
  status: z.enum(RESPONSE_STATUSES),
  authored: z.string().optional(),
  item: z.array(responseItemSchema).optional(),
});
export type QuestionnaireResponse = z.infer<typeof questionnaireResponseSchema>;
