// The installation's measure library: the built-in measures (installed at start, safe to repeat)
// and what a service imports with the CLI, either a whole Questionnaire or the wording for a
// skeleton. The checks are the pure engine's (importMeasure); this file decides what is kept.
// A person connected to a service's team is also offered that service's own uploads, switched on
// (decision 0042); nobody else ever sees them.
import { randomUUID } from 'node:crypto';
import { say, wordsFor } from '../../../domain/i18n/said.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { type AboutForPerson, aboutForPerson } from '../../../domain/measures/about.ts';
import {
  BUILT_IN_MEASURE_FILES,
  builtInMeasures,
  findBuiltInMeasure,
} from '../../../domain/measures/built-in.ts';
import type { MeasureError } from '../../../domain/measures/errors.ts';
import { importMeasure, urlAndVersionProblems } from '../../../domain/measures/import-measure.ts';
import { parseQuestionnaire } from '../../../domain/measures/parse-questionnaire.ts';
import type { Questionnaire } from '../../../domain/measures/questionnaire.schema.ts';
import { upgradeBuiltIn } from '../../../domain/measures/upgrade-built-in.ts';
import { needsWording } from '../../../domain/measures/wording.ts';
import type { MeasureRow, ServiceMeasureRow } from '../../store/schema.ts';
import type { Clock } from '../record/record.service.ts';
import type { MeasureLibraryRepo } from './measure-library.repo.ts';

export type MeasureSource = 'built-in' | 'imported' | 'service';
export type MeasureSummary = {
  id: string;
  url: string;
  version: string;
  title: string;
  status: string;
  source: MeasureSource;
  description?: string;
  copyright?: string;
  needsWording: boolean;
  /** Said only when needsWording is true, in words a person can read. */
  message?: string;
  /** What it asks about and how long it takes, in plain words for the person answering. */
  forPerson: AboutForPerson;
  updatedAt: string;
};
export type Measure = MeasureSummary & { questionnaire: Questionnaire };

export type ImportChange = 'added' | 'wording-loaded' | 'unchanged';
export type ImportOutcome =
  | { ok: true; kind: 'questionnaire' | 'wording'; change: ImportChange; measure: MeasureSummary }
  | { ok: false; errors: MeasureError[] };

/** FHIR's rule for resource ids; an imported measure keeps its own id when it follows it. */
const FHIR_ID = /^[A-Za-z0-9.-]{1,64}$/;
/** Ids a later release may give a built-in measure, never handed to an imported one. */
const RESERVED_IDS = new Set([...Object.keys(BUILT_IN_MEASURE_FILES), 'goal-ratings']);

/** Stored JSON was checked when it was stored; parsing again gives it its type without a cast. */
function questionnaireOf(json: string): Questionnaire {
  const parsed = parseQuestionnaire(JSON.parse(json));
  if (!parsed.ok)
    throw new Error(`A stored measure is not valid: ${wordsFor(parsed.errors[0]?.message ?? '')}`);
  return parsed.questionnaire;
}

export function toMeasure(row: MeasureRow): Measure {
  const questionnaire = questionnaireOf(row.questionnaire);
  const missing = needsWording(questionnaire);
  return {
    id: row.id,
    url: row.url,
    version: row.version,
    title: row.title,
    status: row.status,
    source: row.source as MeasureSource,
    ...(questionnaire.description ? { description: questionnaire.description } : {}),
    ...(questionnaire.copyright ? { copyright: questionnaire.copyright } : {}),
    needsWording: missing,
    ...(missing ? { message: t('measures.needsWording') } : {}),
    forPerson: aboutForPerson(row.id, questionnaire.description),
    updatedAt: row.updated_at,
    questionnaire,
  };
}

/** A service's upload, as the person it is offered to answers it: never a skeleton. */
const fromService = (row: ServiceMeasureRow): MeasureRow => ({
  id: row.id,
  url: row.url,
  version: row.version,
  title: row.title,
  status: row.status,
  questionnaire: row.questionnaire,
  skeleton: null,
  source: 'service',
  created_at: row.created_at,
  updated_at: row.created_at,
});

/** The uploads of the service a person is with now, switched on; none for anyone else. */
export type ServiceMeasuresFor = (personId: string) => Promise<ServiceMeasureRow[]>;

const summaryOf = ({ questionnaire: _, ...summary }: Measure): MeasureSummary => summary;
const titleOf = (q: Questionnaire) => q.title ?? q.name ?? q.id ?? q.url ?? '';

function rowFor(q: Questionnaire, id: string, source: MeasureSource, at: string): MeasureRow {
  return {
    id,
    url: q.url ?? '',
    version: q.version ?? '',
    title: titleOf(q),
    status: q.status,
    questionnaire: JSON.stringify(q),
    skeleton: null,
    source,
    created_at: at,
    updated_at: at,
  };
}

export function createMeasureLibrary(
  repo: MeasureLibraryRepo,
  clock: Clock,
  serviceMeasuresFor: ServiceMeasuresFor = async () => [],
) {
  type Queries = Parameters<Parameters<MeasureLibraryRepo['transaction']>[0]>[0];

  async function installBuiltIns(queries: Queries): Promise<void> {
    const at = clock().toISOString();
    for (const q of builtInMeasures()) {
      await queries.insertIfMissing(rowFor(q, q.id ?? '', 'built-in', at));
      await upgradeStoredBuiltIn(queries, q);
    }
  }

  /**
   * Brings a stored built-in measure up to date with the file we ship at the same version: the
   * wording we now ship (QPR-15 was once a skeleton), corrected titles and descriptions, and
   * added rules (a risk rule, a reliable-change threshold). A service's own wording stays.
   */
  async function upgradeStoredBuiltIn(queries: Queries, q: Questionnaire): Promise<void> {
    const stored = await queries.findByUrl(q.url ?? '', q.version ?? '');
    if (stored?.source !== 'built-in') return;
    const upgraded = upgradeBuiltIn(
      {
        questionnaire: questionnaireOf(stored.questionnaire),
        skeleton: stored.skeleton === null ? null : questionnaireOf(stored.skeleton),
      },
      q,
    );
    if (!upgraded) return;
    await queries.replace(stored.id, {
      questionnaire: JSON.stringify(upgraded.questionnaire),
      skeleton: upgraded.skeleton === null ? null : JSON.stringify(upgraded.skeleton),
      title: titleOf(upgraded.questionnaire),
      status: upgraded.questionnaire.status,
      updated_at: clock().toISOString(),
    });
  }

  /** Stores a checked questionnaire; refuses to change a measure people may have answered. */
  async function keepQuestionnaire(queries: Queries, q: Questionnaire): Promise<ImportOutcome> {
    const at = clock().toISOString();
    const json = JSON.stringify(q);
    const url = q.url ?? '';
    const version = q.version ?? '';
    const existing = await queries.findByUrl(url, version);
    if (!existing) {
      const taken = new Set((await queries.all()).map((row) => row.id));
      const ownId = q.id && FHIR_ID.test(q.id) && !taken.has(q.id) && !RESERVED_IDS.has(q.id);
      const row = rowFor(q, ownId ? (q.id as string) : randomUUID(), 'imported', at);
      await queries.insert(row);
      return done('questionnaire', 'added', row);
    }
    if (existing.questionnaire === json) return done('questionnaire', 'unchanged', existing);
    // A service may load its whole licensed copy in place of a skeleton we ship.
    if (needsWording(questionnaireOf(existing.questionnaire)) && !needsWording(q)) {
      return loadInto(queries, existing, q, 'questionnaire');
    }
    const message = say('measures.import.taken', { url, version });
    return { ok: false, errors: [{ path: 'url', message }] };
  }

  async function loadInto(
    queries: Queries,
    row: MeasureRow,
    q: Questionnaire,
    kind: 'questionnaire' | 'wording',
  ): Promise<ImportOutcome> {
    const json = JSON.stringify(q);
    if (row.questionnaire === json) return done(kind, 'unchanged', row);
    const change = {
      questionnaire: json,
      skeleton: row.skeleton ?? row.questionnaire,
      title: titleOf(q),
      status: q.status,
      updated_at: clock().toISOString(),
    };
    await queries.replace(row.id, change);
    return done(kind, 'wording-loaded', { ...row, ...change });
  }

  function done(kind: 'questionnaire' | 'wording', change: ImportChange, row: MeasureRow) {
    return { ok: true as const, kind, change, measure: summaryOf(toMeasure(row)) };
  }

  return {
    /** Adds the measures shipped in measures/ that are not stored yet; safe to run on every start. */
    installBuiltIns: () => repo.transaction(installBuiltIns),

    /** The installation's measures, and those `personId`'s service offers them (if any). */
    async list(personId?: string): Promise<MeasureSummary[]> {
      const own = personId ? await serviceMeasuresFor(personId) : [];
      return [...(await repo.all()), ...own.map(fromService)].map((row) =>
        summaryOf(toMeasure(row)),
      );
    },

    /** One of the installation's measures, or of those `personId`'s service offers them now. */
    async find(id: string, personId?: string): Promise<Measure | undefined> {
      const row = await repo.find(id);
      if (row) return toMeasure(row);
      if (!personId) return undefined;
      const offered = (await serviceMeasuresFor(personId)).find((measure) => measure.id === id);
      return offered ? toMeasure(fromService(offered)) : undefined;
    },

    /**
     * Imports a Questionnaire or a wording file. Everything is checked before anything is
     * written, and the writes share one transaction: a file with any problem stores nothing.
     */
    async importFile(json: unknown): Promise<ImportOutcome> {
      const stored = await repo.all();
      // Wording is always merged into the skeleton, so corrected wording can be loaded again.
      const findMeasure = (measure: string, version: string) => {
        const row = stored.find(
          (r) => (r.url === measure || r.id === measure) && r.version === version,
        );
        // A built-in measure's skeleton is the file we ship now, even before this import's
        // transaction brings the stored copy up to date with it.
        if (!row || row.source === 'built-in') return findBuiltInMeasure(measure, version);
        return questionnaireOf(row.skeleton ?? row.questionnaire);
      };
      const result = importMeasure(json, { findMeasure });
      if (!result.ok) return result;
      const q = result.questionnaire;
      const missing = urlAndVersionProblems(q);
      if (missing.length) return { ok: false, errors: missing };
      return repo.transaction(async (queries) => {
        await installBuiltIns(queries);
        if (result.kind === 'questionnaire') return keepQuestionnaire(queries, q);
        const row = await queries.findByUrl(q.url ?? '', q.version ?? '');
        if (!row) throw new Error('The measure this wording is for was found but not stored');
        return loadInto(queries, row, q, 'wording');
      });
    },
  };
}

export type MeasureLibrary = ReturnType<typeof createMeasureLibrary>;
