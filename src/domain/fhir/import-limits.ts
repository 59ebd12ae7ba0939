// The size bound of "Bring my record" (decision 0048), zod-free so the web page can show it
// without loading the schemas first.

/** The most bytes one import request may carry: a whole record with its files, as JSON. */
export const IMPORT_BODY_LIMIT_BYTES = 20 * 1024 * 1024;
