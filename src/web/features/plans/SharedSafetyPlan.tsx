// The safety plan for someone the person shared it with: the same steps in the person's words,
// to read. No form, and no photos: those stay with the person. People the plan names are shown
// by name when the support network is shared too, otherwise without who they are.
import '../../../domain/i18n/shared.messages.ts';
import '../../../domain/i18n/safety-plan.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import { t } from '../../../domain/i18n/translate.ts';
import type { SafetyPlan } from '../../../domain/record/plans.schema.ts';
import { CrisisLines } from '../../components/CrisisLines.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PrintDate, SharedPlanTop } from '../../components/Print.tsx';
import { lazyPart } from '../../lib/lazy.tsx';
import { useRecord } from '../record/RecordContext.tsx';
import { sectionTitle } from '../record/section-title.ts';
import { AgreedLine } from '../suggestions/AgreedLine.tsx';
import { usePlan } from './usePlan.ts';

/** Views beside the plan (decision 0030): their own chunk, loaded after the plan. */
const SafetyPlanBeside = lazyPart(() =>
  import('../collaboration/PlansBeside.tsx').then((m) => m.SafetyPlanBeside),
);

export const STEPS = [
  'warningSigns',
  'onMyOwn',
  'peopleAndPlaces',
  'peopleToAsk',
  'professionals',
  'saferSurroundings',
  'reasonsForLiving',
] as const;
export type Step = (typeof STEPS)[number];

// "Suggest a change" (shown only to someone who may suggest), loaded after the page: this page
// is at the size budget for a first load.
const SuggestLink = lazyPart(() =>
  import('../suggestions/SuggestLink.tsx').then((module) => module.SuggestLink),
);

export function SharedSafetyPlanPage() {
  const record = useRecord();
  // The network is asked for only when it is shared: otherwise there is nothing to ask.
  const loaded = usePlan(record.personId, 'safety', record.canRead('support_network'));
  return (
    <>
      <PageHeading title={sectionTitle(record, 'safety_plan', t('plans.safety.title'))} />
      <PrintDate name={record.personName} />
      <CrisisLines />
      <SuggestLink kind="safety_plan" />
      <Loaded resource={loaded}>
        {({ doc, network }) => {
          if (doc.version === 0)
            return <p>{t('shared.safetyPlanEmpty', { name: record.personName })}</p>;
          const names = new Map(network.map((contact) => [contact.id, contact.data.name]));
          const someone = t('shared.someoneInNetwork', { name: record.personName });
          const linesOf = (step: Step): string[] =>
            step === 'peopleToAsk' || step === 'professionals'
              ? doc.data[step].map((entry) => names.get(entry.contactId) ?? someone)
              : doc.data[step];
          const shown = STEPS.filter((step) => linesOf(step).length > 0);
          return (
            <>
              <SharedPlanTop updatedAt={doc.updatedAt} />
              <AgreedLine agreed={doc.agreed} />
              <Steps plan={doc.data} shown={shown} linesOf={linesOf} />
              <SafetyPlanBeside plan={doc.data} />
            </>
          );
        }}
      </Loaded>
    </>
  );
}

/** The steps in the person's words, each with its lines: read on screen, and printed. */
export function Steps(props: {
  plan: SafetyPlan;
  shown: Step[];
  linesOf: (step: Step) => string[];
}) {
  return (
    <ol class="sheet">
      {props.shown.map((step) => (
        <li key={step}>
          <h2>{t(`plans.safety.${step}`)}</h2>
          <ul>
            {props.linesOf(step).map((line, index) => (
              // Lines may repeat; their place in the person's list keeps them apart.
              <li key={`${index}:${line}`} class="own-words">
                {line}
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
