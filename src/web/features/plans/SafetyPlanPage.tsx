// The safety plan, for people who want one: in our own words, step by step, from the things
// the person can do on their own to the people and services they can contact, and their
// reasons for living. Written when calmer, to use when things are hard.
import '../../../domain/i18n/safety-plan.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { type SafetyPlan, safetyPlanSchema } from '../../../domain/record/plans.schema.ts';
import { CrisisLines } from '../../components/CrisisLines.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { lazyPart } from '../../lib/lazy.tsx';
import { useRecord } from '../record/RecordContext.tsx';
import { AgreedLine } from '../suggestions/AgreedLine.tsx';
import { type ContactItem, namesFrom } from '../support-network/support-network.resource.ts';
import { ContactPicker } from './ContactPicker.tsx';
import { LinesList } from './fields.tsx';
import { PlanStatus, SaveButton } from './PlanStatus.tsx';
import { isBlank, usePlanEditor } from './plan-editor.ts';
import { type PlanDocument, plan } from './plans.resource.ts';
import { ReasonPhotos } from './ReasonPhotos.tsx';
import { SharedSafetyPlanPage, STEPS, type Step, Steps } from './SharedSafetyPlan.tsx';
import { usePlan } from './usePlan.ts';

/** Views beside the plan (decision 0030): their own chunk, loaded after the plan. */
const SafetyPlanBeside = lazyPart(() =>
  import('../collaboration/PlansBeside.tsx').then((m) => m.SafetyPlanBeside),
);

const LINES = [
  'warningSigns',
  'onMyOwn',
  'peopleAndPlaces',
  'saferSurroundings',
  'reasonsForLiving',
] as const;

const tidy = (values: SafetyPlan): SafetyPlan => {
  const tidied = { ...values };
  for (const name of LINES) tidied[name] = values[name].filter((line) => !isBlank(line));
  return tidied;
};

/** The person's own plan to write; anyone they shared it with reads it (SharedSafetyPlan). */
export function SafetyPlanPage() {
  const record = useRecord();
  return record.canWrite('safety_plan') ? <OwnSafetyPlan /> : <SharedSafetyPlanPage />;
}

function OwnSafetyPlan() {
  const record = useRecord();
  const loaded = usePlan(record.personId, 'safety', true);
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <>
      <PageHeading title={t('plans.safety.title')} hasErrors={hasErrors} />
      <p class="lead">{t('plans.safety.intro')}</p>
      <p>{t('plans.safety.intro2')}</p>
      <CrisisLines />
      <Loaded resource={loaded} historyHref="/plans/safety/history">
        {({ doc, network }) => (
          <>
            <AgreedLine agreed={doc.agreed} />
            <SafetyForm
              personId={record.personId}
              doc={doc}
              network={network}
              onErrors={setHasErrors}
            />
            {/* Nothing written yet: nothing for anyone to see differently. */}
            {doc.version > 0 && <SafetyPlanBeside plan={doc.data} />}
          </>
        )}
      </Loaded>
      <p>
        <Link href="/plans">{t('plans.backToPlans')}</Link>
      </p>
    </>
  );
}

type FormProps = {
  personId: string;
  doc: PlanDocument<'safety'>;
  network: ContactItem[];
  onErrors: (shown: boolean) => void;
};

function SafetyForm({ personId, doc, network, onErrors }: FormProps) {
  const api = plan(personId, 'safety');
  const editor = usePlanEditor<SafetyPlan>({
    personId,
    kind: 'safety',
    doc,
    schema: safetyPlanSchema,
    save: api.save,
    load: () => api.get(),
    tidy,
    onErrors,
  });
  const { form, notice } = editor;
  const { values, errors } = form;
  const lines = (name: (typeof LINES)[number]) => (
    <LinesList
      name={name}
      prefix={`plans.safety.${name}`}
      items={values[name]}
      onChange={(items) => form.set(name, items)}
      errors={errors}
      notice={notice}
    />
  );
  const photoError = Object.entries(errors).find(([field]) =>
    field.startsWith('reasonPhotoIds'),
  )?.[1];

  return (
    <>
      <PlanStatus
        kind="safety"
        editor={editor}
        nameOf={namesFrom(network)}
        emptyText={t('plans.safety.empty')}
      />
      <form class="form" noValidate onSubmit={editor.submit}>
        {lines('warningSigns')}
        {lines('onMyOwn')}
        {lines('peopleAndPlaces')}
        <ContactPicker
          comesBack="safety-plan"
          name="peopleToAsk"
          prefix="plans.safety.peopleToAsk"
          network={network}
          entries={values.peopleToAsk}
          onChange={(entries) => form.set('peopleToAsk', entries)}
          make={(contactId) => ({ contactId })}
          errors={errors}
          notice={notice}
        />
        <ContactPicker
          comesBack="safety-plan"
          name="professionals"
          prefix="plans.safety.professionals"
          network={network}
          entries={values.professionals}
          onChange={(entries) => form.set('professionals', entries)}
          make={(contactId) => ({ contactId })}
          errors={errors}
          notice={notice}
        />
        {lines('saferSurroundings')}
        {lines('reasonsForLiving')}
        <ReasonPhotos
          personId={personId}
          ids={values.reasonPhotoIds}
          removedIds={doc.removedFileIds}
          error={photoError}
          onChange={(ids) => form.set('reasonPhotoIds', ids)}
        />
        <SaveButton busy={form.busy} label={t('plans.safety.save')} />
      </form>
      <SafetySheet plan={values} nameOf={namesFrom(network)} />
    </>
  );
}

/** The plan as it reads on paper (print only; the form does not print): the steps in order. */
function SafetySheet({ plan, nameOf }: { plan: SafetyPlan; nameOf: (id: string) => string }) {
  const linesOf = (step: Step): string[] =>
    step === 'peopleToAsk' || step === 'professionals'
      ? plan[step].map((entry) => nameOf(entry.contactId))
      : plan[step].filter((line) => !isBlank(line));
  const shown = STEPS.filter((step) => linesOf(step).length > 0);
  return (
    <div class="print-only">
      <Steps plan={plan} shown={shown} linesOf={linesOf} />
    </div>
  );
}
