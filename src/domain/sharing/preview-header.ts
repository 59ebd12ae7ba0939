// The header with which the owner reads their record as one relationship would (the preview).
// In a file of its own, without zod: the web app's shell sends it on every read, and importing
// it from grants.schema.ts would bring zod and the sharing schemas into every first load.
export const PREVIEW_AS_HEADER = 'x-waymark-preview-as';
