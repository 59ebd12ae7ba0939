// A service admin's measure library (issue 14, decision 0042). First step of every use case: the
// caller must be an enabled admin of an enabled service (else the 404 of a page that is not
// there), and everything after is limited to that service. An upload is checked by the measures
// engine's own checks (checkUpload → parseQuestionnaire, as `waymark measures import`), and
// nothing is stored unless they all pass. Nothing here reads any person's record.
import { randomUUID } from 'node:crypto';
import { AppError, notFound } from '../../../domain/errors.ts';
import { codeOf, say, wordsFor } from '../../../domain/i18n/said.ts';
import {
  checkUpload,
  questionCount,
  titleOfQuestionnaire,
} from '../../../domain/measures/check-upload.ts';
import type { MeasureError } from '../../../domain/measures/errors.ts';
import { parseQuestionnaire } from '../../../domain/measures/parse-questionnaire.ts';
import type { Questionnaire } from '../../../domain/measures/questionnaire.schema.ts';
import { needsWording } from '../../../domain/measures/wording.ts';
import type { AddedMeasure } from '../../../domain/outcomes/report-series.ts';
import {
  type LibraryMeasure,
  MAX_SERVICE_MEASURES,
  type UploadCheck,
  type UploadProblem,
} from '../../../domain/services/library.schema.ts';
import type { Clock } from '../record/record.service.ts';
import type { ServiceLibraryRepo } from './service-library.repo.ts';

/** Stored JSON was checked when it was stored; parsing again gives it its type without a cast. */
function storedQuestionnaire(json: string): Questionnaire | undefined {
  const parsed = parseQuestionnaire(JSON.parse(json));
  return parsed.ok ? parsed.questionnaire : undefined;
}

/** The key of what is wrong, inside the "where: what" the engine wraps each problem in. */
function problemCode(message: string): string {
  const said = codeOf(message);
  const inner = said.params?.problem;
  return said.code === 'questionnaire.problemAt' && typeof inner === 'object'
    ? inner.code
    : said.code;
}

const problemOf = (error: MeasureError): UploadProblem => ({
  path: error.path,
  code: problemCode(error.message),
  message: wordsFor(error.message),
});

/** The url and version of an upload the checks passed (so it parses). */
const checkedOf = (json: unknown) => {
  const parsed = parseQuestionnaire(json);
  return parsed.ok ? parsed.questionnaire : {};
};

const byTitle = (a: LibraryMeasure, b: LibraryMeasure) =>
  a.title.localeCompare(b.title) || a.version.localeCompare(b.version) || a.id.localeCompare(b.id);

export function createServiceLibrary(
  repo: ServiceLibraryRepo,
  clock: Clock,
  adminServiceOf: (accountId: string) => Promise<string | undefined>,
) {
  async function serviceOf(accountId: string): Promise<string> {
    const serviceId = await adminServiceOf(accountId);
    if (!serviceId) throw notFound();
    return serviceId;
  }

  async function library(serviceId: string): Promise<LibraryMeasure[]> {
    const [shared, own, off] = await Promise.all([
      repo.shared(),
      repo.own(serviceId),
      repo.switchedOff(serviceId),
    ]);
    const entry = (
      row: { id: string; title: string; url: string; version: string; questionnaire: string },
      source: LibraryMeasure['source'],
    ): LibraryMeasure => {
      const q = storedQuestionnaire(row.questionnaire);
      return {
        id: row.id,
        title: row.title,
        url: row.url,
        version: row.version,
        source,
        offered: !off.has(row.id),
        questionCount: q ? questionCount(q) : 0,
        needsWording: q ? needsWording(q) : true,
      };
    };
    return [
      ...shared.map((row) => entry(row, row.source === 'built-in' ? 'built-in' : 'imported')),
      ...own.map((row) => entry(row, 'uploaded')),
    ].sort(byTitle);
  }

  /** Whether the service's library already has this measure and version. */
  async function alreadyIn(serviceId: string, q: Questionnaire): Promise<boolean> {
    const [shared, own] = await Promise.all([repo.shared(), repo.own(serviceId)]);
    return [...shared, ...own].some((row) => row.url === q.url && row.version === q.version);
  }

  const takenProblem = (q: Questionnaire): MeasureError => ({
    path: 'url',
    message: say('error.WM_MEASURE_IN_LIBRARY', { url: q.url ?? '', version: q.version ?? '' }),
  });

  /** The engine's checks, then whether the library has room and does not have it already. */
  async function check(serviceId: string, json: unknown) {
    const result = checkUpload(json);
    if (!result.ok) return { ...result, taken: false };
    const q = result.questionnaire;
    const taken = await alreadyIn(serviceId, q);
    const errors: MeasureError[] = [];
    if (taken) errors.push(takenProblem(q));
    if ((await repo.countOwn(serviceId)) >= MAX_SERVICE_MEASURES) {
      errors.push({
        path: '',
        message: say('library.problem.libraryFull', { max: MAX_SERVICE_MEASURES }),
      });
    }
    return errors.length ? { ok: false as const, errors, taken } : result;
  }

  const takenError = (q: { url?: string | undefined; version?: string | undefined }) =>
    new AppError('WM_MEASURE_IN_LIBRARY', {
      params: { url: q.url ?? '', version: q.version ?? '' },
      field: 'questionnaire',
    });

  async function oneMeasure(serviceId: string, measureId: string): Promise<LibraryMeasure> {
    const found = (await library(serviceId)).find((measure) => measure.id === measureId);
    if (!found) throw notFound();
    return found;
  }

  return {
    async list(callerId: string): Promise<LibraryMeasure[]> {
      return library(await serviceOf(callerId));
    },

    /** Checks an upload and shows what it would add; stores nothing. */
    async check(callerId: string, json: unknown): Promise<UploadCheck> {
      const serviceId = await serviceOf(callerId);
      const result = await check(serviceId, json);
      if (!result.ok) return { ok: false, problems: result.errors.map(problemOf), preview: null };
      return { ok: true, problems: [], preview: result.preview };
    },

    /** Adds an upload to this service's library only; refused, storing nothing, on any problem. */
    async add(callerId: string, json: unknown): Promise<LibraryMeasure> {
      const serviceId = await serviceOf(callerId);
      const result = await check(serviceId, json);
      if (!result.ok) {
        // A measure already in the library is its own refusal, so a client can tell it apart.
        if (result.taken && result.errors.length === 1) throw takenError(checkedOf(json));
        throw new AppError('WM_MEASURE_FILE_INVALID', {
          params: { count: result.errors.length },
          fields: result.errors.map((error) => ({
            field: `questionnaire${error.path ? `.${error.path}` : ''}`,
            message: error.message,
          })),
        });
      }
      const q = result.questionnaire;
      const id = randomUUID();
      const inserted = await repo.insertOwn({
        id,
        service_id: serviceId,
        url: q.url ?? '',
        version: q.version ?? '',
        title: titleOfQuestionnaire(q),
        status: q.status,
        questionnaire: JSON.stringify(q),
        added_by: callerId,
        created_at: clock().toISOString(),
      });
      // Another request added the same measure and version a moment before.
      if (!inserted) throw takenError(q);
      return oneMeasure(serviceId, id);
    },

    async setOffered(callerId: string, measureId: string, offered: boolean) {
      const serviceId = await serviceOf(callerId);
      await oneMeasure(serviceId, measureId);
      await repo.setOffered(serviceId, measureId, offered, clock().toISOString());
      return oneMeasure(serviceId, measureId);
    },
  };
}

export type ServiceLibrary = ReturnType<typeof createServiceLibrary>;

/**
 * The measures a service's outcome reports may follow beyond the built-ins (decision 0058): every
 * measure the service uploaded, offered now or not (past answers still count), and every measure
 * the operator imported for the whole installation, each with its Questionnaire. It checks no
 * caller: the report has decided who may read it before it asks.
 */
export function addedMeasuresOf(repo: ServiceLibraryRepo) {
  return async (serviceId: string): Promise<AddedMeasure[]> => {
    // Only the imports are read: the built-ins' whole Questionnaires are not needed here.
    const [imported, own] = await Promise.all([repo.imported(), repo.own(serviceId)]);
    return [...imported, ...own].flatMap((row) => {
      const questionnaire = storedQuestionnaire(row.questionnaire);
      return questionnaire ? [{ id: row.id, title: row.title, questionnaire }] : [];
    });
  };
}
