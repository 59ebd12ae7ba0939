// Turns stored record rows into what the API answers. The JSON of every row and revision is
// brought to today's shape on the way out (src/domain/record/stored-json.ts); a row this
// server cannot read is reported on its own, with a clear error or a mark in a list, so one
// such row never fails a whole list or history (docs/decisions/0016-stored-json-versions.md).
import type { Role } from '../../../domain/auth/auth.schema.ts';
import { AppError } from '../../../domain/errors.ts';
import type { ItemKind } from '../../../domain/record/sections.ts';
import {
  readStoredData,
  type StoredReading,
  type UnreadableReason,
} from '../../../domain/record/stored-json.ts';
import type { RecordItemRow, RecordRevisionRow } from '../../store/schema.ts';
import type { RevisionAction } from './record.repo.ts';

export type Item<T = unknown> = {
  id: string;
  kind: ItemKind;
  parentId: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
  data: T;
};

export type Revision<T = unknown> = {
  version: number;
  action: RevisionAction;
  data: T;
  createdAt: string;
  authoredBy: string;
  authoredRole: Role;
  agreedBy: string | null;
  agreedAt: string | null;
  authorName?: string;
  agreedByName?: string | null;
};

export type UnreadableCode = 'WM_RECORD_ITEM_TOO_NEW' | 'WM_RECORD_ITEM_UNREADABLE';

/** An item a list leaves out because this server cannot read it, so the client can say so. */
export type UnreadableItem = {
  id: string;
  version: number;
  updatedAt: string;
  deletedAt: string | null;
  code: UnreadableCode;
};

/** A version a history leaves out because this server cannot read it. */
export type UnreadableRevision = {
  version: number;
  action: RevisionAction;
  createdAt: string;
  code: UnreadableCode;
};

/** What is logged about a row that cannot be read: ids and versions, never its content. */
export type UnreadableLog = (details: {
  personId: string;
  itemId: string;
  kind: string;
  version: number;
  schemaVersion: number;
  reason: UnreadableReason;
}) => void;

const CODE_OF: Record<UnreadableReason, UnreadableCode> = {
  newer: 'WM_RECORD_ITEM_TOO_NEW',
  invalid: 'WM_RECORD_ITEM_UNREADABLE',
};

export const unreadableCode = (reason: UnreadableReason): UnreadableCode => CODE_OF[reason];

export function unreadableError(reason: UnreadableReason, field?: string): AppError {
  return new AppError(CODE_OF[reason], field ? { field } : {});
}

/** A row's or revision's data in today's shape, or why it cannot be read. */
export function readRow(row: RecordItemRow | RecordRevisionRow): StoredReading {
  return readStoredData(row.kind as ItemKind, row.schema_version, row.data);
}

/** The item with `data` already read from the row (stored-json.ts). */
export function itemOfRow<T>(row: RecordItemRow, data: unknown): Item<T> {
  return {
    id: row.id,
    kind: row.kind as ItemKind,
    parentId: row.parent_id,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
    data: data as T,
  };
}

/** The item in today's shape; throws the item's own clear error when it cannot be read. */
export function toItem<T>(row: RecordItemRow): Item<T> {
  const reading = readRow(row);
  if (!reading.ok) throw unreadableError(reading.reason);
  return itemOfRow<T>(row, reading.data);
}

/** The item in today's shape, or undefined when it cannot be read (a 412's `current`). */
export function toItemIfReadable<T>(row: RecordItemRow): Item<T> | undefined {
  const reading = readRow(row);
  return reading.ok ? itemOfRow<T>(row, reading.data) : undefined;
}

/** Splits rows into readable items and marks for the rest, logging each unreadable one. */
export function toItems<T>(
  rows: RecordItemRow[],
  log: UnreadableLog,
): { items: Item<T>[]; unreadable: UnreadableItem[] } {
  const items: Item<T>[] = [];
  const unreadable: UnreadableItem[] = [];
  for (const row of rows) {
    const reading = readRow(row);
    if (reading.ok) {
      items.push(itemOfRow<T>(row, reading.data));
      continue;
    }
    logUnreadable(log, row.person_id, row.id, row, reading.reason);
    unreadable.push({
      id: row.id,
      version: row.version,
      updatedAt: row.updated_at,
      deletedAt: row.deleted_at,
      code: CODE_OF[reading.reason],
    });
  }
  return { items, unreadable };
}

/** Splits revisions (newest first) into readable ones and marks for the rest. */
export function toRevisions<T>(
  rows: RecordRevisionRow[],
  log: UnreadableLog,
): { revisions: Revision<T>[]; unreadable: UnreadableRevision[] } {
  const revisions: Revision<T>[] = [];
  const unreadable: UnreadableRevision[] = [];
  for (const row of rows) {
    const reading = readRow(row);
    const action = row.action as RevisionAction;
    if (!reading.ok) {
      logUnreadable(log, row.person_id, row.item_id, row, reading.reason);
      unreadable.push({
        version: row.version,
        action,
        createdAt: row.created_at,
        code: CODE_OF[reading.reason],
      });
      continue;
    }
    revisions.push({
      version: row.version,
      action,
      data: reading.data as T,
      createdAt: row.created_at,
      authoredBy: row.authored_by,
      authoredRole: row.authored_role as Role,
      agreedBy: row.agreed_by,
      agreedAt: row.agreed_at,
    });
  }
  return { revisions, unreadable };
}

function logUnreadable(
  log: UnreadableLog,
  personId: string,
  itemId: string,
  row: { kind: string; version: number; schema_version: number },
  reason: UnreadableReason,
): void {
  log({
    personId,
    itemId,
    kind: row.kind,
    version: row.version,
    schemaVersion: row.schema_version,
    reason,
  });
}
