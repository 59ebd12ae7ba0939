// What is due for the person today. The rules are pure (domain/checkins/reminders.ts); this
// gathers their inputs: the reminder rhythm and latest check-in, and the crisis plan's last
// review when the same actor may read the crisis plan.

import { mayRead, otherSection, type RecordScope } from '../../../domain/access/scope.ts';
import {
  type CheckinDue,
  type CrisisPlanReviewDue,
  checkinDue,
  crisisPlanReviewDue,
  isPlausibleToday,
} from '../../../domain/checkins/reminders.ts';
import { AppError } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import type { CrisisPlan } from '../../../domain/record/plans.schema.ts';
import type { CheckinService } from '../checkins/checkins.service.ts';
import type { Clock, RecordService } from '../record/record.service.ts';

export type Due = {
  today: string;
  checkin: CheckinDue;
  crisisPlanReview: CrisisPlanReviewDue | null;
};

export function createReminderService(
  checkins: CheckinService,
  records: RecordService,
  clock: Clock,
) {
  return {
    /** `today` is the person's own date from their device; by default the server's UTC date. */
    async due(scope: RecordScope, today?: string): Promise<Due> {
      const now = clock();
      const date = today ?? now.toISOString().slice(0, 10);
      if (!isPlausibleToday(date, now))
        throw new AppError('WM_VALIDATION_FAILED', {
          fields: [{ field: 'querystring.today', message: say('validation.plausibleToday') }],
        });
      const [settings, lastCheckinOn] = await Promise.all([
        checkins.settings(scope),
        checkins.latestTakenOn(scope),
      ]);
      let crisisPlanReview: CrisisPlanReviewDue | null = null;
      // Someone who may see check-ins but not the crisis plan is not told about the plan.
      if (mayRead(scope, 'crisis_plan')) {
        const planScope = otherSection(scope, 'crisis_plan', 'read');
        const plan = await records.getSingleton<CrisisPlan>(planScope, 'crisis_plan');
        crisisPlanReview = crisisPlanReviewDue(plan?.data.lastReviewed ?? null, date);
      }
      return {
        today: date,
        checkin: checkinDue(settings.reminder, lastCheckinOn, date),
        crisisPlanReview,
      };
    },
  };
}

export type ReminderService = ReturnType<typeof createReminderService>;
