// Request shapes of the measures API, shared by the server and the web forms. The answers
// themselves are only checked for shape here (an object); validateResponse() checks them
// against the questionnaire with item-precise messages, which zod alone could not give.
import { say } from '../i18n/said.ts';
import { id, LIMITS, longText, z } from '../validation.ts';

/** A date and time with its offset, as FHIR dateTime allows (e.g. 2026-11-25T10:00:00Z). */
export const dateTime = () =>
  z.iso.datetime({ offset: true, error: () => say('validation.dateTime') });

const rating = z
  .number({ error: () => say('validation.goalRating') })
  .int({ error: () => say('validation.goalRating') })
  .min(0, { error: () => say('validation.goalRating') })
  .max(10, { error: () => say('validation.goalRating') });

export const measureResponseInputSchema = z.strictObject({
  measureId: z.string().min(1).max(LIMITS.name),
  /** A FHIR R4 QuestionnaireResponse with status "completed". */
  response: z.looseObject({}),
  note: longText().optional(),
  forMeOnly: z.boolean().optional(),
});
export type MeasureResponseInput = z.infer<typeof measureResponseInputSchema>;

export const goalRatingsInputSchema = z.strictObject({
  ratings: z
    .array(z.strictObject({ goalId: id(), rating }))
    .min(1)
    .max(LIMITS.listItems),
  /** When the person rated their goals; now if left out. */
  authored: dateTime().optional(),
  note: longText().optional(),
  forMeOnly: z.boolean().optional(),
});
export type GoalRatingsInput = z.infer<typeof goalRatingsInputSchema>;

/** What the person may change on a saved response: why they scored it, and who may count it. */
export const measureResponseChangeSchema = z
  .strictObject({ note: longText().optional(), forMeOnly: z.boolean().optional() })
  .refine((change) => change.note !== undefined || change.forMeOnly !== undefined, {
    error: () => say('validation.changeSomething'),
  });
export type MeasureResponseChange = z.infer<typeof measureResponseChangeSchema>;

/** One score's series by its code; without a code, every score the person has. */
export const observationQuerySchema = z.strictObject({
  code: z.string().min(1).max(LIMITS.shortText).optional(),
  system: z.string().min(1).max(LIMITS.shortText).optional(),
});

export const responseListQuerySchema = z.strictObject({
  measure: z.string().min(1).max(LIMITS.name).optional(),
});
