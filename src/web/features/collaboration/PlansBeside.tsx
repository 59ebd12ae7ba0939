// The views beside the parts of the safety plan, the after-a-crisis notes and the moving-on plan
// written in the person's own words (decision 0030): loaded as their own part of those pages, so the pages' first loads
// do not grow. The people a plan names and its photos are not words to see differently.
import '../../../domain/i18n/after-crisis.messages.ts';
import '../../../domain/i18n/safety-plan.messages.ts';
import '../../../domain/i18n/moving-on.messages.ts';

import { t } from '../../../domain/i18n/translate.ts';
import type { AfterCrisis, MovingOnPlan, SafetyPlan } from '../../../domain/record/plans.schema.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { sectionTitle } from '../record/section-title.tsx';
import { ViewsBeside } from './ViewsBeside.tsx';

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

const SAFETY_PARTS = [
  'warningSigns',
  'onMyOwn',
  'peopleAndPlaces',
  'saferSurroundings',
  'reasonsForLiving',
] as const;

export function SafetyPlanBeside({ plan }: { plan: SafetyPlan }) {
  const record = useRecord();
  return (
    <div class="no-print">
      <ViewsBeside
        path="/safety-plan/views"
        wholeTitle={sectionTitle(record, 'safety_plan', t('plans.safety.title'))}
        parts={SAFETY_PARTS.map((key) => ({
          key,
          title: t(`plans.safety.${key}`),
          words: plan[key].filter((line) => line.trim() !== ''),
        }))}
      />
    </div>
  );
}

export function AfterCrisisBeside({ plan }: { plan: AfterCrisis }) {
  const record = useRecord();
  return (
    <div class="no-print">
      <ViewsBeside
        path="/after-crisis/views"
        wholeTitle={sectionTitle(record, 'after_crisis', t('plans.after-crisis.title'))}
        parts={(['backOnTrack', 'learned'] as const).map((key) => ({
          key,
          title: t(`plans.after.${key}`),
          words: lines(plan[key]),
        }))}
      />
    </div>
  );
}

export function MovingOnBeside({ plan }: { plan: MovingOnPlan }) {
  const record = useRecord();
  return (
    <div class="no-print">
      <ViewsBeside
        path="/moving-on-plan/views"
        wholeTitle={sectionTitle(record, 'moving_on', t('plans.moving-on.title'))}
        parts={[
          {
            key: 'earlyWarningSigns',
            title: t('plans.moving.earlyWarningSigns'),
            words: plan.earlyWarningSigns.filter((line) => line.trim() !== ''),
          },
          ...(['wayBack', 'whatToSay', 'helpedBefore'] as const).map((key) => ({
            key,
            title: t(`plans.moving.${key}`),
            words: lines(plan[key]),
          })),
        ]}
      />
    </div>
  );
}
