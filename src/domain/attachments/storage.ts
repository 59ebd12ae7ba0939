// How much of a person's file storage is in use: one answer shape for the server and the web,
// and the rounding used wherever megabytes are shown (megabytes.ts).
import { z } from '../validation.ts';

export const storageUsageSchema = z.object({
  /** Bytes of every file of the person's still kept, including deleted ones not yet purged. */
  usedBytes: z.number().int().nonnegative(),
  /** The person's quota (STORAGE_QUOTA_MB) in bytes. */
  quotaBytes: z.number().int().positive(),
});
export type StorageUsage = z.infer<typeof storageUsageSchema>;

export { megabytesDown, megabytesUp } from './megabytes.ts';

/**
 * On a plan's answer: the files the plan names whose bytes were purged (after the undo window),
 * so the person sees "removed" where the file was. Present only when there are some.
 */
export const removedFilesSchema = z.object({ removedFileIds: z.array(z.string()).optional() });
export type RemovedFiles = z.infer<typeof removedFilesSchema>;
