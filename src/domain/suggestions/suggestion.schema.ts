// Suggestions (decision 0029): someone with "suggest" on a section proposes new words for one
// item of it, or a new item, against the version they saw; the person accepts (as it is or
// changed), or declines with an optional reply; the suggester may withdraw a pending one.
// Shapes declared once for the server's routes and the web's pages.
import { ITEM_SCHEMAS } from '../record/item-schemas.ts';
import { MAX_VERSION } from '../record/versioning.ts';
import { id, isStorableText, z } from '../validation.ts';
import { SUGGESTABLE_KINDS, type SuggestableKind } from './suggestable.ts';

export {
  isDocument,
  SUGGESTABLE,
  SUGGESTABLE_KINDS,
  type SuggestableKind,
} from './suggestable.ts';

export const SUGGESTION_STATUSES = ['pending', 'accepted', 'declined', 'withdrawn'] as const;
export type SuggestionStatus = (typeof SUGGESTION_STATUSES)[number];

/** The most a person may write back when deciding. */
export const REPLY_MAX = 1_000;
/** Pending suggestions one relationship may have waiting on one person at once. */
export const PENDING_MAX = 50;

const version = z.number().int().min(0).max(MAX_VERSION);

/**
 * `POST /api/people/:personId/suggestions/<path>`: the proposed words for the item `itemId`
 * (null: a new item; for a one-per-person document, the document), made against `baseVersion`
 * (0 when there was none yet). `data` is checked by the same schema as the section's own save.
 */
export const newSuggestionSchema = <S extends z.ZodType>(data: S) =>
  z.strictObject({ itemId: id().nullable(), baseVersion: version, data });

export const suggestionRequestSchemas = Object.fromEntries(
  SUGGESTABLE_KINDS.map((kind) => [kind, newSuggestionSchema(ITEM_SCHEMAS[kind])]),
) as Record<SuggestableKind, ReturnType<typeof newSuggestionSchema>>;

const reply = z.string().trim().max(REPLY_MAX).refine(isStorableText);

/** `POST …/suggestions/:id/accept`, with If-Match naming the item's version the person saw. */
export const acceptSuggestionSchema = z.strictObject({
  /** The person's own wording, when they changed the suggestion before accepting it. */
  data: z.unknown().optional(),
  reply: reply.optional(),
});
export type AcceptSuggestion = z.infer<typeof acceptSuggestionSchema>;

/** `POST …/suggestions/:id/decline`. */
export const declineSuggestionSchema = z.strictObject({ reply: reply.optional() });

const kind = z.enum(SUGGESTABLE_KINDS as [SuggestableKind, ...SuggestableKind[]]);

/** What the suggester sees of one of theirs: what became of it, never the record's words. */
export const mySuggestionSchema = z.object({
  id: z.string(),
  personId: z.string(),
  personName: z.string(),
  kind,
  status: z.enum(SUGGESTION_STATUSES),
  /** The person changed the words before accepting. */
  changed: z.boolean(),
  reply: z.string(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
});
export type MySuggestion = z.infer<typeof mySuggestionSchema>;
export const mySuggestionsSchema = z.object({ suggestions: z.array(mySuggestionSchema) });

/** The answer to making one. */
export const createdSuggestionSchema = mySuggestionSchema;

/** One suggestion as the person sees it, to decide: who, and the words before and after. */
export const suggestionSchema = z.object({
  id: z.string(),
  kind,
  itemId: z.string().nullable(),
  /** Who suggested it: the name the person knows them by, and their account's name. */
  by: z.object({ knownAs: z.string(), accountName: z.string() }),
  status: z.enum(SUGGESTION_STATUSES),
  changed: z.boolean(),
  reply: z.string(),
  createdAt: z.string(),
  decidedAt: z.string().nullable(),
  baseVersion: z.number().int(),
  /** The words the suggestion was made against; null for a new item. */
  base: z.unknown().nullable(),
  proposed: z.unknown(),
  /** The item as it is now (null: none, or deleted), and its version, for If-Match. */
  current: z.object({ version: z.number().int(), data: z.unknown().nullable() }),
  /** The item changed since the suggestion was made: the person must look at all three. */
  outdated: z.boolean(),
  /** The item was deleted since: the suggestion can only be declined. */
  itemGone: z.boolean(),
});
export type Suggestion = z.infer<typeof suggestionSchema>;

export const suggestionsSchema = z.object({
  pending: z.number().int(),
  suggestions: z.array(suggestionSchema),
});
export type Suggestions = z.infer<typeof suggestionsSchema>;
