// A person's answers to measures: checked against the questionnaire, scored by the pure engine,
// stored with each score also kept as an Observation. The person may later say why they scored
// it (a note) and keep it for themselves only; the answers themselves never change.
// When answers raise a risk signal the person is pointed to their own plans. Nothing else
// happens: nobody is told, nothing is logged, nothing is blocked.
import { randomUUID } from 'node:crypto';
import { isAccountActor } from '../../../domain/access/policy.ts';
import { type RecordScope, showsRow } from '../../../domain/access/scope.ts';
import type { Role } from '../../../domain/auth/auth.schema.ts';
import { AppError, type FieldError, notFound } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { readScoring } from '../../../domain/measures/check-scoring.ts';
import type { MeasureError } from '../../../domain/measures/errors.ts';
import {
  dateTime,
  type MeasureResponseChange,
} from '../../../domain/measures/measure-api.schema.ts';
import type { Questionnaire } from '../../../domain/measures/questionnaire.schema.ts';
import type { QuestionnaireResponse } from '../../../domain/measures/response.schema.ts';
import { type RiskSignal, type ScaleResult, score } from '../../../domain/measures/score.ts';
import { validateResponse } from '../../../domain/measures/validate-response.ts';
import type { IfMatch } from '../../../domain/record/versioning.ts';
import type { MeasureResponseRow, ObservationRow } from '../../store/schema.ts';
import type { Clock } from '../record/record.service.ts';
import { saveIfVersion } from '../record/versioned-write.ts';
import type { Author, MeasureResponseRepo, SeriesPoint } from './measure-responses.repo.ts';

/** Devices' clocks drift; answers a few minutes "ahead" of ours are not in the future. */
const CLOCK_SKEW_MS = 5 * 60_000;
/** Where a score has no code of its own (e.g. goal ratings), it is named `<measure>.<scale>`. */
export const WAYMARK_SCORE_SYSTEM = 'https://waymark.example/fhir/CodeSystem/measure-score';

export type Support = { message: string; safetyPlan: string; crisisPlan: string };
export type MeasureResponse = {
  id: string;
  version: number;
  measureId: string;
  questionnaire: string;
  authored: string;
  note: string;
  forMeOnly: boolean;
  response: QuestionnaireResponse;
  scores: ScaleResult[];
  riskSignals: RiskSignal[];
  /** Only when there are risk signals: the person's own plans, to offer calmly. */
  support: Support | null;
  createdAt: string;
  updatedAt: string;
};
/** What is needed to keep a checked, scored answer (from a measure or from goal ratings). */
export type ScoredAnswers = {
  measureId: string;
  questionnaire: Questionnaire;
  response: QuestionnaireResponse;
  note: string | undefined;
  forMeOnly: boolean | undefined;
  /** The request field that holds `authored`, to name in an error. */
  authoredField: string;
};

type StoredScores = { scales: ScaleResult[]; riskSignals: RiskSignal[] };

export function requireMeasuresScope(scope: RecordScope, action: 'read' | 'write'): void {
  if (scope.section !== 'measures' || (action === 'write' && scope.action !== 'write'))
    throw new Error(`Scope ${scope.section}/${scope.action} does not cover ${action} of measures`);
}

function authorOf(scope: RecordScope): Author {
  if (!isAccountActor(scope.actor)) throw new Error('Only an account can answer measures');
  return { authoredBy: scope.actor.accountId, authoredRole: scope.actor.role };
}

export const refuse = (fields: FieldError[]) => new AppError('WM_VALIDATION_FAILED', { fields });

/**
 * The engine's item-precise errors, as field errors under `prefix` (e.g. `response.item[q1]`);
 * each message is a code and values, worded by whoever reads it.
 */
export function measureFieldErrors(prefix: string, errors: MeasureError[]): FieldError[] {
  return errors.map(({ path, message }) => ({
    field: path ? `${prefix}.${path}` : prefix,
    message,
  }));
}

function supportFor(personId: string, riskSignals: RiskSignal[]): Support | null {
  if (riskSignals.length === 0) return null;
  return {
    message: t('measures.support'),
    safetyPlan: `/api/people/${personId}/safety-plan`,
    crisisPlan: `/api/people/${personId}/crisis-plan`,
  };
}

/** An Observation's "prorated from N of M answers", or null for a full (or older) score. */
function proratedOf(answered: number | null, items: number | null) {
  if (answered === null || items === null) return null;
  const [a, n] = [Number(answered), Number(items)];
  return a < n ? { answered: a, items: n } : null;
}

function toResponse(row: MeasureResponseRow): MeasureResponse {
  const scores = JSON.parse(row.scores) as StoredScores;
  return {
    id: row.id,
    version: row.version,
    measureId: row.measure_id,
    questionnaire: row.questionnaire,
    authored: row.authored,
    note: row.note,
    forMeOnly: Number(row.for_me_only) === 1,
    response: JSON.parse(row.response) as QuestionnaireResponse,
    scores: scores.scales,
    riskSignals: scores.riskSignals,
    support: supportFor(row.person_id, scores.riskSignals),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** The points a scope may see, as the API gives them: "for me only" ones withheld. */
function shownPoints(scope: RecordScope, points: readonly SeriesPoint[]) {
  return points
    .filter((point) => showsRow(scope, { forMeOnly: Number(point.for_me_only) === 1 }))
    .map((point) => ({
      id: point.id,
      responseId: point.response_id,
      measureId: point.measure_id,
      scaleId: point.scale_id,
      system: point.code_system,
      code: point.code,
      display: point.display,
      value: Number(point.value),
      effectiveAt: point.effective_at,
      forMeOnly: Number(point.for_me_only) === 1,
      note: point.note,
      prorated: proratedOf(point.items_answered, point.items_total),
    }));
}

export function createMeasureResponseService(repo: MeasureResponseRepo, clock: Clock) {
  /** When the answers were given, as UTC; refuses a malformed or future time. */
  function authoredAt(value: string | undefined, field: string): string {
    const now = clock();
    if (value === undefined) return now.toISOString();
    if (!dateTime().safeParse(value).success)
      throw refuse([{ field, message: say('validation.dateTime') }]);
    const at = new Date(value);
    if (at.getTime() > now.getTime() + CLOCK_SKEW_MS)
      throw refuse([{ field, message: say('validation.notInFuture') }]);
    return at.toISOString();
  }

  async function load(scope: RecordScope, id: string): Promise<MeasureResponseRow> {
    requireMeasuresScope(scope, 'read');
    const row = await repo.find(scope.personId, id);
    // A "for me only" response is not there for anyone but the owner.
    if (!row || !showsRow(scope, { forMeOnly: Number(row.for_me_only) === 1 })) throw notFound();
    return row;
  }

  return {
    /**
     * Checks, scores and keeps a completed QuestionnaireResponse. Errors name the item
     * (`response.item[phq9].item[phq9-9].answer[0]…`); nothing is stored unless all is well.
     */
    async save(scope: RecordScope, answers: ScoredAnswers): Promise<MeasureResponse> {
      requireMeasuresScope(scope, 'write');
      const { questionnaire: q } = answers;
      const checked = validateResponse(q, answers.response);
      if (!checked.ok) throw refuse(measureFieldErrors('response', checked.errors));
      if (checked.response.status !== 'completed')
        throw refuse([{ field: 'response.status', message: say('validation.measureFinished') }]);
      const authored = authoredAt(checked.response.authored, answers.authoredField);
      const canonical = `${q.url}|${q.version}`;
      const id = randomUUID();
      // Kept as FHIR: with our id, the canonical it answers and when, ready for an export.
      const response = {
        ...checked.response,
        id,
        questionnaire: canonical,
        authored: checked.response.authored ?? authored,
      };
      const scored = score(q, response);
      const read = readScoring(q);
      const itemCounts = new Map(
        (read.ok ? (read.rules?.scales ?? []) : []).map((scale) => [scale.id, scale.items.length]),
      );
      const at = clock().toISOString();
      const forMeOnly = answers.forMeOnly ? 1 : 0;
      const row: MeasureResponseRow = {
        person_id: scope.personId,
        id,
        measure_id: answers.measureId,
        questionnaire: canonical,
        response: JSON.stringify(response),
        scores: JSON.stringify({ scales: scored.scales, riskSignals: scored.riskSignals }),
        note: answers.note ?? '',
        for_me_only: forMeOnly,
        authored,
        version: 1,
        created_at: at,
        updated_at: at,
      };
      const observations = scored.scales.flatMap((scale): ObservationRow[] =>
        scale.value === null
          ? []
          : [
              {
                person_id: scope.personId,
                id: randomUUID(),
                response_id: id,
                measure_id: answers.measureId,
                scale_id: scale.id,
                code_system: scale.code?.system ?? WAYMARK_SCORE_SYSTEM,
                code: scale.code?.code ?? `${answers.measureId}.${scale.id}`,
                display: scale.code?.display ?? scale.label ?? null,
                value: String(scale.value),
                effective_at: authored,
                for_me_only: forMeOnly,
                created_at: at,
                // Fewer answered than the scale has: the Observation itself says it was prorated.
                items_answered: scale.prorated?.answered ?? itemCounts.get(scale.id) ?? null,
                items_total: scale.prorated?.items ?? itemCounts.get(scale.id) ?? null,
              },
            ],
      );
      await repo.insert(row, observations, authorOf(scope));
      return toResponse(row);
    },

    async list(scope: RecordScope, measureId?: string): Promise<MeasureResponse[]> {
      requireMeasuresScope(scope, 'read');
      return (await repo.list(scope.personId, measureId))
        .map(toResponse)
        .filter((response) => showsRow(scope, response));
    },

    async get(scope: RecordScope, id: string): Promise<MeasureResponse> {
      return toResponse(await load(scope, id));
    },

    async change(
      scope: RecordScope,
      id: string,
      ifMatch: IfMatch,
      change: MeasureResponseChange,
    ): Promise<MeasureResponse> {
      requireMeasuresScope(scope, 'write');
      const current = await load(scope, id);
      const next = {
        note: change.note ?? current.note,
        for_me_only:
          change.forMeOnly === undefined ? current.for_me_only : change.forMeOnly ? 1 : 0,
      };
      const updated = await saveIfVersion(ifMatch, current, {
        save: (expected) =>
          repo.update(current, expected, next, clock().toISOString(), authorOf(scope)),
        reread: () => repo.find(scope.personId, id),
        present: toResponse,
      });
      return toResponse(updated);
    },

    async history(scope: RecordScope, id: string) {
      await load(scope, id);
      const revisions = (await repo.revisions(scope.personId, id)).map((row) => ({
        version: row.version,
        action: row.action as 'create' | 'update',
        note: row.note,
        forMeOnly: Number(row.for_me_only) === 1,
        createdAt: row.created_at,
        authoredBy: row.authored_by,
        authoredRole: row.authored_role as Role,
      }));
      // Versions kept "for me only" stay the person's, even once the response is shared.
      return revisions.filter((revision) => showsRow(scope, revision));
    },

    /** One score over time, oldest first, for a chart (and its table alternative). */
    async observations(
      scope: RecordScope,
      query: { code?: string | undefined; system?: string | undefined },
    ) {
      requireMeasuresScope(scope, 'read');
      const points = await repo.series(scope.personId, query.code, query.system);
      return shownPoints(scope, points);
    },

    /**
     * `observations` (every code) for many people at once (the caseload), each under their own
     * scope, so each person's "for me only" answers are withheld as on their own page. People
     * with none are left out of the map.
     */
    async observationsOf(
      scopes: readonly RecordScope[],
    ): Promise<Map<string, ReturnType<typeof shownPoints>>> {
      for (const scope of scopes) requireMeasuresScope(scope, 'read');
      const points = await repo.seriesOfPeople(scopes.map((scope) => scope.personId));
      const shown = new Map<string, ReturnType<typeof shownPoints>>();
      for (const scope of scopes) {
        const some = points.get(scope.personId);
        if (some) shown.set(scope.personId, shownPoints(scope, some));
      }
      return shown;
    },
  };
}

export type MeasureResponseService = ReturnType<typeof createMeasureResponseService>;
