// How long words beside the record may be, free of zod: the forms show these limits before any
// schema loads, and collaboration.schema.ts checks against the same numbers.

/** The longest comment: a few sentences of encouragement. */
export const COMMENT_MAX = 500;
/** The longest view or reply beside the person's words. */
export const ANNOTATION_MAX = 2_000;
