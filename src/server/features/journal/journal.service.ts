// The private journal: dated entries with an optional mood, text encrypted at rest, every
// edit kept as an (encrypted) revision. Search decrypts the person's own entries here, in the
// service, because an index of words would be plaintext at rest (decision 0011).
import { randomUUID } from 'node:crypto';
import { isAccountActor } from '../../../domain/access/policy.ts';
import { type RecordScope, showsJournalEntry } from '../../../domain/access/scope.ts';
import type { Role } from '../../../domain/auth/auth.schema.ts';
import { addDays } from '../../../domain/checkins/reminders.ts';
import { utcRange } from '../../../domain/checkins/series.ts';
import { AppError, notFound } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import {
  JOURNAL_SEARCH_LIMITS,
  type JournalEntryInput,
  matchesSearch,
} from '../../../domain/journal/journal.schema.ts';
import type { IfMatch } from '../../../domain/record/versioning.ts';
import type { JournalEntryRow, JournalRevisionRow } from '../../store/schema.ts';
import { type Clock, undoWindowStart } from '../record/record.service.ts';
import { saveIfVersion } from '../record/versioned-write.ts';
import type { Author, EntryFields, JournalAction, JournalRepo } from './journal.repo.ts';
import { type Keyring, open, seal } from './journal-crypto.ts';

export type JournalEntry = {
  id: string;
  version: number;
  date: string;
  mood: number | null;
  /** Null, with `unreadable`, when the configured keys cannot open the entry. */
  text: string | null;
  unreadable?: true;
  createdAt: string;
  updatedAt: string;
  deletedAt: string | null;
};

function requireScope(scope: RecordScope, action: 'read' | 'write'): void {
  if (scope.section !== 'journal' || (action === 'write' && scope.action !== 'write'))
    throw new Error(
      `Scope ${scope.section}/${scope.action} does not cover ${action} of the journal`,
    );
}

function authorOf(scope: RecordScope): Author {
  if (!isAccountActor(scope.actor)) throw new Error('Only an account can write in a journal');
  return { authoredBy: scope.actor.accountId, authoredRole: scope.actor.role };
}

/** The entries a reader other than the owner may list (so a limit counts only those). */
const sharedOnly = (scope: RecordScope) => {
  const entries = scope.decision.withheld.journalEntries;
  return entries === 'all' ? undefined : [...entries];
};

const isUnreadable = (error: unknown) =>
  error instanceof AppError &&
  (error.code === 'WM_JOURNAL_UNREADABLE' || error.code === 'WM_JOURNAL_KEY_UNAVAILABLE');

export function createJournalService(repo: JournalRepo, keys: () => Keyring, clock: Clock) {
  const textOf = (row: JournalEntryRow | JournalRevisionRow, entryId: string) =>
    open(
      keys(),
      { keyId: row.key_id, iv: row.iv, authTag: row.auth_tag, ciphertext: row.ciphertext },
      { personId: row.person_id, entryId },
    );

  /**
   * The text, or a mark that it cannot be read: one entry under a missing or wrong key must not
   * take the person's whole list, search or history down with it.
   */
  const shownText = (row: JournalEntryRow | JournalRevisionRow, entryId: string) => {
    try {
      return { text: textOf(row, entryId) };
    } catch (error) {
      if (!isUnreadable(error)) throw error;
      return { text: null, unreadable: true as const };
    }
  };

  /** `text` when the caller already knows it (a write just made), so nothing is decrypted. */
  const toEntry = (row: JournalEntryRow, text?: string): JournalEntry => ({
    id: row.id,
    version: row.version,
    date: row.entry_date,
    mood: row.mood === null ? null : Number(row.mood),
    ...(text === undefined ? shownText(row, row.id) : { text }),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  });

  function prepare(personId: string, entryId: string, input: JournalEntryInput): EntryFields {
    // The person's date may run a day ahead of UTC (time zones up to UTC+14).
    if (input.date > addDays(clock().toISOString().slice(0, 10), 1))
      throw new AppError('WM_VALIDATION_FAILED', {
        fields: [{ field: 'date', message: say('validation.future') }],
      });
    const sealed = seal(keys(), input.text, { personId, entryId });
    return {
      entry_date: input.date,
      mood: input.mood ?? null,
      key_id: sealed.keyId,
      iv: sealed.iv,
      auth_tag: sealed.authTag,
      ciphertext: sealed.ciphertext,
    };
  }

  async function load(scope: RecordScope, id: string): Promise<JournalEntryRow> {
    requireScope(scope, 'read');
    const row = await repo.find(scope.personId, id);
    // An entry the person did not share with this reader is not there for them.
    if (!row || !showsJournalEntry(scope, row.id)) throw notFound();
    return row;
  }

  async function write(
    scope: RecordScope,
    id: string,
    ifMatch: IfMatch,
    change: (current: JournalEntryRow) => { fields?: EntryFields; deletedAt?: string | null },
    action: 'update' | 'delete' | 'restore',
    newText?: string,
  ): Promise<JournalEntry> {
    requireScope(scope, 'write');
    const current = await load(scope, id);
    // Only a deleted entry can be brought back; only a live one can be deleted.
    if (action !== 'update' && Boolean(current.deleted_at) !== (action === 'restore'))
      throw notFound();
    // Never write over what cannot be read: under a wrong key the entry (and its history) would
    // be lost for good. Opened before anything is written, so a refusal has changed nothing,
    // and the answer after the write needs no decryption that could fail once it is done.
    const currentText = textOf(current, current.id);
    const updated = await saveIfVersion(ifMatch, current, {
      // A change to one deleted elsewhere is a conflict: 412 with it as it is now.
      startsFrom: (row) => Boolean(row.deleted_at) === (action === 'restore'),
      save: (expected) =>
        repo.update(
          current,
          expected,
          { ...change(current), at: clock().toISOString() },
          action,
          authorOf(scope),
        ),
      reread: () => repo.find(scope.personId, id),
      present: (row) => toEntry(row),
    });
    return toEntry(updated, newText ?? currentText);
  }

  return {
    async create(scope: RecordScope, input: JournalEntryInput): Promise<JournalEntry> {
      requireScope(scope, 'write');
      const id = randomUUID();
      const at = clock().toISOString();
      const row: JournalEntryRow = {
        person_id: scope.personId,
        id,
        ...prepare(scope.personId, id, input),
        version: 1,
        created_at: at,
        updated_at: at,
        deleted_at: null,
      };
      await repo.insert(row, authorOf(scope));
      return toEntry(row, input.text);
    },

    /** One entry to read or change: one that cannot be read answers its error. */
    async get(scope: RecordScope, id: string): Promise<JournalEntry> {
      const row = await load(scope, id);
      return toEntry(row, textOf(row, row.id));
    },

    /** Live entries in the range; with `deleted`, those deleted in the last 30 days instead. */
    async list(
      scope: RecordScope,
      query: { from?: string; to?: string; limit?: number; deleted?: boolean },
    ): Promise<JournalEntry[]> {
      requireScope(scope, 'read');
      const range = utcRange(query);
      if ('field' in range) throw new AppError('WM_VALIDATION_FAILED', { fields: [range] });
      const rows = await repo.list(
        scope.personId,
        range.from.slice(0, 10),
        range.to.slice(0, 10),
        query.limit ?? 100,
        query.deleted ? undoWindowStart(clock()) : undefined,
        sharedOnly(scope),
      );
      return rows.filter((row) => showsJournalEntry(scope, row.id)).map((row) => toEntry(row));
    },

    /**
     * Looks through the person's most recent entries (up to a limit, to bound the work of
     * decrypting) for the words, ignoring case. Says how many it looked through, and whether
     * older entries were left out.
     */
    async search(scope: RecordScope, query: string) {
      requireScope(scope, 'read');
      const limit = JOURNAL_SEARCH_LIMITS.entries;
      const rows = await repo.list(
        scope.personId,
        '0000-01-01',
        '9999-12-31',
        limit + 1,
        undefined,
        sharedOnly(scope),
      );
      const searched = rows
        .slice(0, limit)
        .filter((row) => showsJournalEntry(scope, row.id))
        .map((row) => toEntry(row));
      const matches = searched.filter(
        (entry) => entry.text !== null && matchesSearch(entry.text, query),
      );
      return {
        items: matches.slice(0, JOURNAL_SEARCH_LIMITS.results),
        searched: searched.length,
        /** Entries looked at but not readable with the configured keys, so not searched. */
        unreadable: searched.filter((entry) => entry.unreadable).length,
        olderNotSearched: rows.length > limit,
      };
    },

    async update(
      scope: RecordScope,
      id: string,
      ifMatch: IfMatch,
      input: JournalEntryInput,
    ): Promise<JournalEntry> {
      return write(
        scope,
        id,
        ifMatch,
        (current) => ({ fields: prepare(current.person_id, current.id, input) }),
        'update',
        input.text,
      );
    },

    async remove(scope: RecordScope, id: string, ifMatch: IfMatch): Promise<JournalEntry> {
      return write(scope, id, ifMatch, () => ({ deletedAt: clock().toISOString() }), 'delete');
    },

    /** Undo a delete: the entry comes back as a new version. */
    async undelete(scope: RecordScope, id: string, ifMatch: IfMatch): Promise<JournalEntry> {
      return write(scope, id, ifMatch, () => ({ deletedAt: null }), 'restore');
    },

    async history(scope: RecordScope, id: string) {
      const current = await load(scope, id);
      return (await repo.revisions(scope.personId, current.id)).map((row) => ({
        version: row.version,
        action: row.action as JournalAction,
        date: row.entry_date,
        mood: row.mood === null ? null : Number(row.mood),
        ...shownText(row, current.id),
        createdAt: row.created_at,
        authoredBy: row.authored_by,
        authoredRole: row.authored_role as Role,
      }));
    },
  };
}

export type JournalService = ReturnType<typeof createJournalService>;
