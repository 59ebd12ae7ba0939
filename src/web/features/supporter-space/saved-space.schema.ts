// A supporter's space as the server answers it: its version and the shared shape of its words.
// Loaded beside the first request (lib/lazy-schema.ts, decision 0037), so the page carries no zod.
import { supporterSpaceSchema } from '../../../domain/record/supporter-space.schema.ts';
import { z } from '../../../domain/validation.ts';

export const savedSpaceSchema = z.object({
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  data: supporterSpaceSchema,
});
export type SavedSpace = z.infer<typeof savedSpaceSchema>;
