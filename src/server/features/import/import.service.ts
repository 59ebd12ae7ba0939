// "Bring my record" (issue 15, decision 0048): a person who has just signed up here brings in
// the FHIR Bundle another Waymark installation gave them. The Bundle is read by the one pure
// mapping (fromBundle), every row is built with new ids before anything is written, and all of
// it is written in one transaction, into a record that holds nothing yet. The people the record
// was shared with there are answered back for the person to see, never made into access.

import { megabytesDown } from '../../../domain/attachments/megabytes.ts';
import { AppError } from '../../../domain/errors.ts';
import { fromBundle } from '../../../domain/fhir/from-bundle.ts';
import type { ImportResult } from '../../../domain/fhir/import-result.schema.ts';
import type { RecordSnapshot } from '../../../domain/fhir/snapshot.ts';
import { LANGUAGE_CODES } from '../../../domain/i18n/languages.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { isUntouchedStartingSet } from '../../../domain/record/life-area-framings.ts';
import { UNDO_WINDOW_DAYS } from '../../../domain/record/undo-window.ts';
import { inLanguage } from '../../http/language.ts';
import type { Keyring } from '../journal/journal-crypto.ts';
import type { Clock } from '../record/record.service.ts';
import type { Author, ImportRepo, RecordContents } from './import.repo.ts';
import { ImportRefused, importInvalid } from './import-refused.ts';
import { rowsOf } from './import-rows.ts';

/** The starting life areas to take away, or the refusal when the record is not empty. */
function startingAreasOf(contents: RecordContents): string[] {
  if (contents.otherRows > 0) throw new AppError('WM_IMPORT_RECORD_NOT_EMPTY');
  if (contents.items.length === 0) return [];
  const areas = contents.items.map((item) => {
    const data = JSON.parse(item.data) as { name?: unknown };
    return {
      kind: item.kind,
      live: item.deleted_at === null,
      version: item.version,
      name: typeof data.name === 'string' ? data.name : '',
    };
  });
  // The starting areas were named in the language of the sign-up, which need not be today's.
  const untouched =
    areas.every((a) => a.kind === 'life_area' && a.live) &&
    LANGUAGE_CODES.some((language) => inLanguage(language, () => isUntouchedStartingSet(areas, t)));
  if (!untouched) throw new AppError('WM_IMPORT_RECORD_NOT_EMPTY');
  return contents.items.map((item) => item.id);
}

function resultOf(s: RecordSnapshot): ImportResult {
  const plans = Object.values(s.plans).filter((p) => p !== null).length;
  return {
    brought: {
      aboutMe: s.aboutMe !== null,
      lifeAreas: s.lifeAreas.length,
      goals: s.goals.length,
      goalNotes: s.goals.reduce((n, g) => n + g.notes.length, 0),
      plans,
      supportContacts: s.supportNetwork.length,
      checkins: s.checkins.length,
      lifeAreaRatings: s.lifeAreaRatings.length,
      measureResponses: s.measureResponses.length,
      journalEntries: s.journal.length,
      files: s.attachments.length,
      reviews: s.reviews.length,
    },
    sharedThere: s.relationships.map((r) => ({
      knownAs: r.knownAs,
      role: r.role,
      team: r.team,
      since: r.since,
      sections: r.grants.map((g) => ({ section: g.section, level: g.level })),
      journalEntries: r.sharedJournalEntryIds.length,
    })),
  };
}

export function createImportService(
  repo: ImportRepo,
  keys: () => Keyring,
  clock: Clock,
  limits: { quotaBytes: number },
) {
  return {
    /**
     * Imports `bundle` into `personId`'s record, written by `author` (the owner: the route's
     * access is the owner rule). Refuses with WM_IMPORT_INVALID naming the first problem, or
     * WM_IMPORT_RECORD_NOT_EMPTY, or WM_STORAGE_QUOTA_EXCEEDED, and then stores nothing.
     */
    async importRecord(personId: string, author: Author, bundle: unknown): Promise<ImportResult> {
      const read = fromBundle(bundle);
      if (!read.ok) throw importInvalid(read.problem);
      const snapshot = read.snapshot;
      // Judged before the work of building rows; judged again inside the transaction.
      startingAreasOf(await repo.contents(personId));
      const at = clock().toISOString();
      let rows: ReturnType<typeof rowsOf>;
      try {
        rows = rowsOf(snapshot, {
          personId,
          at,
          keys: keys(),
          measureIds: await repo.measureIds(snapshot.measureResponses.map((r) => r.questionnaire)),
        });
      } catch (error) {
        if (error instanceof ImportRefused) throw importInvalid(error.problem);
        throw error;
      }
      const bytes = rows.attachments.reduce((n, f) => n + f.byte_size, 0);
      await repo.write(personId, rows, author, at, {
        stillEmpty: startingAreasOf,
        fits: (used) => {
          if (used + bytes <= limits.quotaBytes) return;
          throw new AppError('WM_STORAGE_QUOTA_EXCEEDED', {
            params: {
              left: megabytesDown(Math.max(0, limits.quotaBytes - used)),
              quota: megabytesDown(limits.quotaBytes),
              days: UNDO_WINDOW_DAYS,
            },
          });
        },
      });
      return resultOf(snapshot);
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
