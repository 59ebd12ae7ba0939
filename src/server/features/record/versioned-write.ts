// The If-Match rules every versioned resource shares (record items, check-ins, journal entries,
// measure responses): a write must name the version it read (428 without one, 400 when it is
// malformed), and it loses with 412 and the latest copy when someone else saved first. Kept in
// one place so the resources cannot drift apart in what a client sees on a conflict.
import type { FastifyRequest } from 'fastify';
import { AppError } from '../../../domain/errors.ts';
import { type IfMatch, parseIfMatch } from '../../../domain/record/versioning.ts';
import { z } from '../../../domain/validation.ts';

/** Route schema for the header; optional so that a missing one reaches `requireVersion` (428). */
export const ifMatchHeaders = z.object({ 'if-match': z.string().optional() });

export const ifMatchOf = (request: FastifyRequest): IfMatch =>
  parseIfMatch(request.headers['if-match']);

export function requireVersion(ifMatch: IfMatch): number {
  if (ifMatch.kind === 'missing') throw new AppError('WM_VERSION_REQUIRED');
  if (ifMatch.kind === 'invalid') throw new AppError('WM_VERSION_INVALID');
  return ifMatch.version;
}

/** 412 with the client-facing shape of the latest row (none when it has gone meanwhile). */
export function versionConflict<Row>(row: Row | undefined, present: (row: Row) => unknown) {
  return new AppError('WM_VERSION_CONFLICT', { current: row ? present(row) : undefined });
}

/**
 * Saves over `current` only if the client read that version. Checked twice: here against the
 * row already loaded (cheap, and the usual conflict), and again by `save`, which must
 * compare-and-set in the database and return undefined when a concurrent write got in between;
 * then the row is read again so the 412 carries what actually won.
 *
 * `startsFrom` says whether the row is in the state the write changes (live for an update or a
 * delete, deleted for an undelete). When it is not, it was deleted or brought back elsewhere:
 * that is a conflict like any other, 412 with the row as it is now (showing `deletedAt`), never
 * a 404 for something the client can still read. A missing or malformed If-Match is refused
 * first, as for every write.
 */
export async function saveIfVersion<Row extends { version: number }>(
  ifMatch: IfMatch,
  current: Row,
  steps: {
    startsFrom?: (row: Row) => boolean;
    save: (expected: number) => Promise<Row | undefined>;
    reread: () => Promise<Row | undefined>;
    present: (row: Row) => unknown;
  },
): Promise<Row> {
  const expected = requireVersion(ifMatch);
  const inState = steps.startsFrom?.(current) ?? true;
  if (expected !== current.version || !inState) throw versionConflict(current, steps.present);
  const updated = await steps.save(expected);
  if (!updated) throw versionConflict(await steps.reread(), steps.present);
  return updated;
}
