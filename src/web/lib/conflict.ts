// Reading a version conflict (412): the server sends the item as it is saved now. Saving over
// a version, and merging on a conflict, is in lib/editor.ts (decision 0023).
import { type ApiError, asApiError } from './api.ts';

export type Saved<T> = {
  version: number;
  updatedAt: string | null;
  data: T;
  /** Set when the item was deleted elsewhere: a write over it is a conflict too. */
  deletedAt?: string | null;
};

/** The saved version carried by a 412, or null when the error is something else. */
export function savedVersionOf<T>(error: unknown): Saved<T> | null {
  const apiError: ApiError = asApiError(error);
  if (!apiError.isConflict) return null;
  const current = apiError.current as Partial<Saved<T>> | undefined;
  if (!current || typeof current.version !== 'number' || current.data === undefined) return null;
  return {
    version: current.version,
    updatedAt: current.updatedAt ?? null,
    data: current.data,
    deletedAt: current.deletedAt ?? null,
  };
}

export function isConflict(error: unknown): boolean {
  return asApiError(error).isConflict;
}
