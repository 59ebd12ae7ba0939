import type { FastifyInstance } from 'fastify';
import type { RecordScope } from '../../../domain/access/scope.ts';
import { AppError } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import { type Goal, goalNoteSchema, goalSchema } from '../../../domain/record/record.schema.ts';
import { registerItemRoutes } from '../record/item.routes.ts';
import type { Item, RecordService } from '../record/record.service.ts';

export function registerGoalRoutes(app: FastifyInstance, records: RecordService): void {
  /**
   * A goal can only be put in one of the person's own life areas that still exists. A goal
   * already in an area the person later removed keeps it, so changing a step never fails.
   */
  async function checkLifeArea(
    scope: RecordScope,
    goal: Goal,
    current?: Item<Goal>,
  ): Promise<void> {
    if (goal.lifeAreaId === null || goal.lifeAreaId === current?.data.lifeAreaId) return;
    const areas = await records.list(scope, 'life_area');
    if (!areas.some((area) => area.id === goal.lifeAreaId)) {
      throw new AppError('WM_VALIDATION_FAILED', {
        fields: [{ field: 'lifeAreaId', message: say('validation.choice') }],
      });
    }
  }

  registerItemRoutes(app, records, {
    path: '/api/people/:personId/goals',
    kind: 'goal',
    section: 'goals',
    schema: goalSchema,
    check: checkLifeArea,
  });

  registerItemRoutes(app, records, {
    path: '/api/people/:personId/goals/:goalId/notes',
    kind: 'goal_note',
    section: 'goals',
    schema: goalNoteSchema,
    parent: { param: 'goalId', kind: 'goal' },
  });
}
