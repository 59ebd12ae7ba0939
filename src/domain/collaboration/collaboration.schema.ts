// Working together beside the record, never in it (decision 0030): encouragement left on a goal
// or one of its steps, and a supporter's own view recorded beside the person's words on a plan
// or a life-area rating, which the person may answer. Shapes declared once, for both sides.
import { say } from '../i18n/said.ts';
import { isStorableText, z } from '../validation.ts';
import { ANNOTATION_MAX, COMMENT_MAX } from './collaboration-limits.ts';

export { ANNOTATION_MAX, COMMENT_MAX } from './collaboration-limits.ts';

/** Required text, trimmed, at most `max` characters, refused in plain words. */
const shortWords = (max: number) =>
  z
    .string()
    .trim()
    .min(1, { error: () => say('validation.requiredGeneric') })
    .max(max, { error: () => say('validation.tooLong', { max }) })
    .refine(isStorableText, { error: () => say('validation.unstorableText') });

/** Who wrote something beside the record, as the viewer should see them. */
export const besideAuthorSchema = z.object({
  /** The name the viewer knows them by ('' when it is the viewer: "You"). */
  name: z.string(),
  /** The viewer wrote it. */
  isYou: z.boolean(),
  /** The record's owner wrote it. */
  isOwner: z.boolean(),
});

// ---- Comments (encouragement) ----

export const newCommentSchema = z.strictObject({
  text: shortWords(COMMENT_MAX),
  /** The goal step it is about; absent or null for the goal itself. */
  stepId: z.string().min(1).max(64).nullable().optional(),
});
export type NewComment = z.infer<typeof newCommentSchema>;

export const commentSchema = z.object({
  id: z.string(),
  goalId: z.string(),
  stepId: z.string().nullable(),
  author: besideAuthorSchema,
  text: z.string(),
  createdAt: z.string(),
  /** The person hid it for themselves (only the person is told). */
  hidden: z.boolean(),
});
export type Comment = z.infer<typeof commentSchema>;

export const commentListSchema = z.object({
  items: z.array(commentSchema),
  /** What the viewer may do here, from the same access decision the server enforces. */
  youMay: z.object({ comment: z.boolean(), hide: z.boolean() }),
});
export type CommentList = z.infer<typeof commentListSchema>;

export const commentHiddenSchema = z.strictObject({ hidden: z.boolean() });

// ---- Two views side by side ----

export const ANNOTATION_KINDS = ['view', 'reply'] as const;

export const newAnnotationSchema = z.strictObject({
  text: shortWords(ANNOTATION_MAX),
  /** The part of the item the view is about: a plan's part, a rated life area; '' for all. */
  part: z.string().max(64).default(''),
  /** The version of the person's words the view was made against (what the viewer saw). */
  version: z.number().int().min(1),
});
export type NewAnnotation = z.input<typeof newAnnotationSchema>;

export const newReplySchema = z.strictObject({
  /** The view being answered. */
  viewId: z.uuid({ error: () => say('validation.id') }),
  text: shortWords(ANNOTATION_MAX),
});

export const annotationSchema = z.object({
  id: z.string(),
  kind: z.enum(ANNOTATION_KINDS),
  /** The view a reply answers; null for a view. */
  replyTo: z.string().nullable(),
  part: z.string(),
  /** The version of the person's words it was made against. */
  itemVersion: z.number().int(),
  author: besideAuthorSchema,
  text: z.string(),
  createdAt: z.string(),
});
export type Annotation = z.infer<typeof annotationSchema>;

export const annotationListSchema = z.object({
  /** The version of the person's words now (0: nothing written yet). */
  itemVersion: z.number().int(),
  items: z.array(annotationSchema),
  /** What the viewer may do here, from the same access decision the server enforces. */
  youMay: z.object({ annotate: z.boolean(), reply: z.boolean() }),
});
export type AnnotationList = z.infer<typeof annotationListSchema>;
