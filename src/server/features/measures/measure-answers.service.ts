// The two ways a person answers: a measure from the library, or ratings of their own goals.
// Both end in the same checked, scored, stored response (measure-responses.service.ts). Scores
// over time come back with the range each could take, read from the measure, for charts.

import { otherSection, type RecordScope } from '../../../domain/access/scope.ts';
import { AppError, type FieldError } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import {
  goalLinkId,
  goalRatingQuestionnaire,
  goalRatingRange,
} from '../../../domain/measures/goal-ratings.ts';
import type {
  GoalRatingsInput,
  MeasureResponseInput,
} from '../../../domain/measures/measure-api.schema.ts';
import {
  type ReliableChangeThreshold,
  reliableChangeThresholds,
} from '../../../domain/measures/reliable-change.ts';
import type { QuestionnaireResponse } from '../../../domain/measures/response.schema.ts';
import { type ScoreRange, scaleRanges } from '../../../domain/measures/scale-range.ts';
import type { Goal } from '../../../domain/record/record.schema.ts';
import type { RecordService } from '../record/record.service.ts';
import type { MeasureLibrary } from './measure-library.service.ts';
import {
  type MeasureResponse,
  type MeasureResponseService,
  refuse,
  requireMeasuresScope,
} from './measure-responses.service.ts';

export const GOAL_RATINGS_ID = 'goal-ratings';

export function createMeasureAnswers(
  library: MeasureLibrary,
  responses: MeasureResponseService,
  records: RecordService,
) {
  type ScaleFacts = { range: ScoreRange | null; reliableChange: ReliableChangeThreshold | null };

  /** What each measure says about its scales (range, reliable change), looked up once each. */
  async function factsOf(personId: string, measureIds: Set<string>) {
    const byMeasure = new Map<string, (scaleId: string) => ScaleFacts>();
    for (const measureId of measureIds) {
      if (measureId === GOAL_RATINGS_ID) {
        byMeasure.set(measureId, () => ({
          range: goalRatingRange() ?? null,
          reliableChange: null,
        }));
        continue;
      }
      const measure = await library.find(measureId, personId);
      const ranges = measure ? scaleRanges(measure.questionnaire) : new Map<string, ScoreRange>();
      const thresholds = measure
        ? reliableChangeThresholds(measure.questionnaire)
        : new Map<string, ReliableChangeThreshold>();
      byMeasure.set(measureId, (scaleId) => ({
        range: ranges.get(scaleId) ?? null,
        reliableChange: thresholds.get(scaleId) ?? null,
      }));
    }
    const unknown: ScaleFacts = { range: null, reliableChange: null };
    return (measureId: string, scaleId: string) => byMeasure.get(measureId)?.(scaleId) ?? unknown;
  }

  return {
    /**
     * One score over time, oldest first, each with the range it could take and the measure's
     * reliable-change threshold (null where the measure does not say).
     */
    async scoresOverTime(
      scope: RecordScope,
      query: Parameters<MeasureResponseService['observations']>[1],
    ) {
      const points = await responses.observations(scope, query);
      const factsFor = await factsOf(
        scope.personId,
        new Set(points.map((point) => point.measureId)),
      );
      return points.map((point) => ({ ...point, ...factsFor(point.measureId, point.scaleId) }));
    },

    async answer(scope: RecordScope, input: MeasureResponseInput): Promise<MeasureResponse> {
      requireMeasuresScope(scope, 'write');
      // A measure the person's service offers them counts as theirs to answer (decision 0042).
      const measure = await library.find(input.measureId, scope.personId);
      if (!measure)
        throw refuse([{ field: 'measureId', message: say('validation.measureUnknown') }]);
      // Checked before the answers, so the person hears the one thing that matters.
      if (measure.needsWording)
        throw new AppError('WM_MEASURE_NEEDS_WORDING', { field: 'measureId' });
      if (measure.status === 'retired')
        throw refuse([{ field: 'measureId', message: say('validation.measureRetired') }]);
      return responses.save(scope, {
        measureId: measure.id,
        questionnaire: measure.questionnaire,
        response: input.response as QuestionnaireResponse,
        note: input.note,
        forMeOnly: input.forMeOnly,
        authoredField: 'response.authored',
      });
    },

    /** Rates some of the person's own live goals 0–10, each its own score over time. */
    async rateGoals(scope: RecordScope, input: GoalRatingsInput): Promise<MeasureResponse> {
      requireMeasuresScope(scope, 'write');
      // The person's goals, read with their own access to that section.
      const goalsScope = otherSection(scope, 'goals', 'read');
      const goals = new Map(
        (await records.list<Goal>(goalsScope, 'goal')).map((goal) => [goal.id, goal.data.title]),
      );
      const problems: FieldError[] = [];
      const seen = new Set<string>();
      input.ratings.forEach(({ goalId }, index) => {
        const field = `ratings.${index}.goalId`;
        if (!goals.has(goalId)) problems.push({ field, message: say('validation.ownGoal') });
        else if (seen.has(goalId)) problems.push({ field, message: say('validation.goalTwice') });
        seen.add(goalId);
      });
      if (problems.length) throw refuse(problems);
      const questionnaire = goalRatingQuestionnaire(
        input.ratings.map(({ goalId }) => ({ id: goalId, title: goals.get(goalId) ?? '' })),
      );
      const response: QuestionnaireResponse = {
        resourceType: 'QuestionnaireResponse',
        status: 'completed',
        ...(input.authored ? { authored: input.authored } : {}),
        item: input.ratings.map(({ goalId, rating }) => ({
          linkId: goalLinkId(goalId),
          answer: [{ valueInteger: rating }],
        })),
      };
      return responses.save(scope, {
        measureId: GOAL_RATINGS_ID,
        questionnaire,
        response,
        note: input.note,
        forMeOnly: input.forMeOnly,
        authoredField: 'authored',
      });
    },
  };
}

export type MeasureAnswers = ReturnType<typeof createMeasureAnswers>;
