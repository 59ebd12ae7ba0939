// A service's measure library (issue 14, decision 0042): the shapes the admin's Measures page
// shares with the server. The checks of an uploaded Questionnaire are the measures engine's
// (parse-questionnaire.ts, the same as `waymark measures import`); this file only describes what
// the admin is shown. Nothing here is about any person's record.
import { questionnaireSchema } from '../measures/questionnaire.schema.ts';
import { z } from '../validation.ts';

export {
  MAX_SERVICE_MEASURES,
  MAX_UPLOAD_BYTES,
  MAX_UPLOAD_ITEMS,
} from './library-limits.ts';

export const LIBRARY_SOURCES = ['built-in', 'imported', 'uploaded'] as const;
export type LibrarySource = (typeof LIBRARY_SOURCES)[number];

export const libraryMeasureSchema = z.object({
  id: z.string(),
  title: z.string(),
  url: z.string(),
  version: z.string(),
  /** Shipped with Waymark, added by whoever runs it, or uploaded by this service. */
  source: z.enum(LIBRARY_SOURCES),
  /** Whether the service offers it to the people it supports. */
  offered: z.boolean(),
  questionCount: z.number().int(),
  /** A built-in measure whose licensed wording is not loaded yet cannot be answered. */
  needsWording: z.boolean(),
});
export type LibraryMeasure = z.infer<typeof libraryMeasureSchema>;

export const libraryListSchema = z.object({ measures: z.array(libraryMeasureSchema) });
export type LibraryList = z.infer<typeof libraryListSchema>;

/** POST /api/service/measures/check and POST /api/service/measures: the Questionnaire. */
export const uploadSchema = z.strictObject({ questionnaire: z.unknown() });
export type UploadInput = z.infer<typeof uploadSchema>;

/** PUT /api/service/measures/:measureId/offered */
export const offeredSchema = z.strictObject({ offered: z.boolean() });
export type OfferedInput = z.infer<typeof offeredSchema>;

/** One problem the checks found: where (for tools) and what, worded in the admin's language. */
export const uploadProblemSchema = z.object({
  path: z.string(),
  code: z.string(),
  message: z.string(),
});
export type UploadProblem = z.infer<typeof uploadProblemSchema>;

export const previewItemSchema = z.object({
  linkId: z.string(),
  text: z.string(),
  type: z.string(),
  required: z.boolean(),
  /** How deep in groups it is: 0 at the top. */
  depth: z.number().int(),
  /** The answers offered, for a choice; empty otherwise. */
  answers: z.array(
    z.object({ code: z.string(), display: z.string(), score: z.number().nullable() }),
  ),
});
export type PreviewItem = z.infer<typeof previewItemSchema>;

export const previewSchema = z.object({
  title: z.string(),
  url: z.string(),
  version: z.string(),
  description: z.string().nullable(),
  questionCount: z.number().int(),
  items: z.array(previewItemSchema),
  scoring: z.object({
    scales: z.array(
      z.object({
        id: z.string(),
        label: z.string(),
        method: z.enum(['sum', 'mean']),
        itemCount: z.number().int(),
        bandCount: z.number().int(),
        reliableChange: z.number().nullable(),
        /** Which way is better, as the scoring rules say; null: it does not count in reports. */
        better: z.enum(['higher', 'lower']).nullable(),
      }),
    ),
    riskRuleCount: z.number().int(),
  }),
  /** The checked Questionnaire itself, so the page can show it as a person would see it. */
  questionnaire: questionnaireSchema,
});
export type UploadPreview = z.infer<typeof previewSchema>;

/** The answer to a check: the problems (none when it can be added) and, if sound, a preview. */
export const uploadCheckSchema = z.object({
  ok: z.boolean(),
  problems: z.array(uploadProblemSchema),
  preview: previewSchema.nullable(),
});
export type UploadCheck = z.infer<typeof uploadCheckSchema>;
