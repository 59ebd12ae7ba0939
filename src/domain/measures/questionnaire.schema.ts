// The subset of FHIR R4 Questionnaire and QuestionnaireResponse that Waymark supports, as zod 4
// schemas. Objects are loose (unknown FHIR fields such as meta, text or prefix pass through and
// are kept) because a measure imported from elsewhere carries many fields we do not use; the
// fields that would change meaning if ignored (answerValueSet, repeats) are rejected by
// check-questionnaire.ts with a precise message instead.
import { z } from '../validation.ts';

export {
  ITEM_WEIGHT_URL,
  MAX_VALUE_URL,
  MIN_VALUE_URL,
  ORDINAL_VALUE_URL,
  SCORING_URL,
} from './fhir-urls.ts';

export const SUPPORTED_ITEM_TYPES = [
  'group',
  'display',
  'boolean',
  'choice',
  'integer',
  'decimal',
  'string',
  'text',
] as const;
export type ItemType = (typeof SUPPORTED_ITEM_TYPES)[number];
/** Item types that take an answer (groups and display items do not). */
export const ANSWERABLE_TYPES: readonly ItemType[] = [
  'boolean',
  'choice',
  'integer',
  'decimal',
  'string',
  'text',
];

export const ENABLE_WHEN_OPERATORS = ['exists', '=', '!=', '>', '<', '>=', '<='] as const;
export type EnableWhenOperator = (typeof ENABLE_WHEN_OPERATORS)[number];

export const codingSchema = z.looseObject({
  system: z.string().min(1).optional(),
  version: z.string().optional(),
  code: z.string().min(1),
  display: z.string().optional(),
});
export type Coding = z.infer<typeof codingSchema>;

export const extensionSchema = z.looseObject({
  url: z.string().min(1),
  valueDecimal: z.number().optional(),
  valueInteger: z.number().int().optional(),
  valueString: z.string().optional(),
  valueBoolean: z.boolean().optional(),
});
export type Extension = z.infer<typeof extensionSchema>;

export const answerOptionSchema = z.looseObject({
  valueCoding: codingSchema,
  initialSelected: z.boolean().optional(),
  extension: z.array(extensionSchema).optional(),
});
export type AnswerOption = z.infer<typeof answerOptionSchema>;

export const enableWhenSchema = z.looseObject({
  question: z.string().min(1),
  operator: z.enum(ENABLE_WHEN_OPERATORS),
  answerBoolean: z.boolean().optional(),
  answerInteger: z.number().int().optional(),
  answerDecimal: z.number().optional(),
  answerString: z.string().optional(),
  answerCoding: codingSchema.optional(),
});
export type EnableWhen = z.infer<typeof enableWhenSchema>;

export type QuestionnaireItem = {
  linkId: string;
  type: ItemType;
  text?: string | undefined;
  prefix?: string | undefined;
  required?: boolean | undefined;
  repeats?: boolean | undefined;
  readOnly?: boolean | undefined;
  maxLength?: number | undefined;
  code?: Coding[] | undefined;
  answerOption?: AnswerOption[] | undefined;
  enableWhen?: EnableWhen[] | undefined;
  enableBehavior?: 'all' | 'any' | undefined;
  extension?: Extension[] | undefined;
  item?: QuestionnaireItem[] | undefined;
  [key: string]: unknown;
};

export const questionnaireItemSchema: z.ZodType<QuestionnaireItem> = z.looseObject({
  linkId: z.string().min(1),
  type: z.enum(SUPPORTED_ITEM_TYPES),
  text: z.string().optional(),
  prefix: z.string().optional(),
  required: z.boolean().optional(),
  repeats: z.boolean().optional(),
  readOnly: z.boolean().optional(),
  maxLength: z.number().int().min(1).optional(),
  code: z.array(codingSchema).optional(),
  answerOption: z.array(answerOptionSchema).optional(),
  enableWhen: z.array(enableWhenSchema).min(1).optional(),
  enableBehavior: z.enum(['all', 'any']).optional(),
  extension: z.array(extensionSchema).optional(),
  get item() {
    return z.array(questionnaireItemSchema).optional();
  },
});

export const QUESTIONNAIRE_STATUSES = ['draft', 'active', 'retired', 'unknown'] as const;

export const questionnaireSchema = z.looseObject({
  resourceType: z.literal('Questionnaire'),
  id: z.string().optional(),
  url: z.string().optional(),
  version: z.string().optional(),
  name: z.string().optional(),
  title: z.string().optional(),
  status: z.enum(QUESTIONNAIRE_STATUSES),
  publisher: z.string().optional(),
  description: z.string().optional(),
  copyright: z.string().optional(),
  code: z.array(codingSchema).optional(),
  extension: z.array(extensionSchema).optional(),
  item: z.array(questionnaireItemSchema).min(1),
});
export type Questionnaire = z.infer<typeof questionnaireSchema>;
