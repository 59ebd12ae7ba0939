// The views beside the crisis plan's parts written in the person's own words (decision 0030),
// loaded as its own part of the crisis plan page so the page's first load does not grow.
import '../../../domain/i18n/crisis-plan.messages.ts';

import { t } from '../../../domain/i18n/translate.ts';
import type { CrisisPlan } from '../../../domain/record/plans.schema.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { sectionTitle } from '../record/section-title.ts';
import { ViewsBeside } from './ViewsBeside.tsx';

const lines = (text: string) => text.split('\n').filter((line) => line.trim() !== '');

export function CrisisPlanBeside({ plan }: { plan: CrisisPlan }) {
  const record = useRecord();
  const part = (key: keyof CrisisPlan & string, title: string, text: string) => ({
    key,
    title,
    words: lines(text),
  });
  return (
    <div class="no-print">
      <ViewsBeside
        path="/crisis-plan/views"
        wholeTitle={sectionTitle(record, 'crisis_plan', t('plans.crisis.title'))}
        parts={[
          part('signs', t('plans.crisis.signs'), plan.signs),
          part('whatHelps', t('plans.crisis.whatHelps'), plan.whatHelps),
          part('whatDoesNotHelp', t('plans.crisis.whatDoesNotHelp'), plan.whatDoesNotHelp),
          part('treatment', t('plans.crisis.treatment'), plan.treatment),
          part('medication', t('plans.crisis.medication'), plan.medication),
          part('allergies', t('plans.crisis.allergies'), plan.allergies),
          part('placesOfCare', t('plans.crisis.placesOfCare'), plan.placesOfCare),
          part('noLongerApplies', t('plans.crisis.noLongerApplies'), plan.noLongerApplies),
        ]}
      />
    </div>
  );
}
