// The bounds of a service's measure library (decision 0042), free of zod so a page can show them
// without loading the schemas (decision 0037).

/** The largest Questionnaire file the browser may upload (the CLI reads any size from disk). */
export const MAX_UPLOAD_BYTES = 256 * 1024;
/** How many questions and groups an uploaded Questionnaire may have in all. */
export const MAX_UPLOAD_ITEMS = 300;
/** How many of its own Questionnaires a service may keep. */
export const MAX_SERVICE_MEASURES = 100;
