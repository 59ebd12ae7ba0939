import '../../../domain/i18n/shared.messages.ts';
import '../../../domain/i18n/staying-well.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { type StayingWellPlan, stayingWellSchema } from '../../../domain/record/plans.schema.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PrintButton, PrintDate, SharedPlanTop } from '../../components/Print.tsx';
import { lazyPart } from '../../lib/lazy.tsx';
import type { BesidePart } from '../collaboration/ViewsBeside.tsx';
import { useRecord } from '../record/RecordContext.tsx';
import { sectionTitle } from '../record/section-title.ts';
import { AgreedLine, SuggestLink } from '../suggestions/SuggestLink.tsx';
import { LinesList, PairsList } from './fields.tsx';
import { PlanStatus, SaveButton } from './PlanStatus.tsx';
import { isBlank, usePlanEditor } from './plan-editor.ts';
import { type PlanDocument, plan } from './plans.resource.ts';
import { usePlan } from './usePlan.ts';

const tidy = (values: StayingWellPlan): StayingWellPlan => ({
  daily: values.daily.filter((line) => !isBlank(line)),
  weekly: values.weekly.filter((line) => !isBlank(line)),
  triggers: values.triggers.filter((entry) => !isBlank(entry)),
  earlyWarningSigns: values.earlyWarningSigns.filter((entry) => !isBlank(entry)),
  gettingWorse: values.gettingWorse.filter((entry) => !isBlank(entry)),
});

/** Views beside the plan's parts: their own chunk, with their words (decision 0030). */
/** Whom to tell on an early warning sign (decision 0031): loaded after the plan. */
const EarlyWarningAlerts = lazyPart(() =>
  import('../notifications/EarlyWarningAlerts.tsx').then((m) => m.EarlyWarningAlerts),
);
const ViewsBeside = lazyPart(() =>
  import('../collaboration/ViewsBeside.tsx').then((m) => m.ViewsBeside),
);

/** Each part of the plan in the person's words, one line per entry, for the views beside it. */
function planParts(plan: StayingWellPlan): BesidePart[] {
  const pair = (first: string, label: string, second: string) =>
    second.trim() === '' ? first : `${first} (${label}: ${second})`;
  return [
    { key: 'daily', title: t('plans.sw.daily'), words: plan.daily },
    { key: 'weekly', title: t('plans.sw.weekly'), words: plan.weekly },
    {
      key: 'triggers',
      title: t('plans.sw.triggers'),
      words: plan.triggers.map((e) =>
        pair(e.trigger, t('plans.sw.triggers.whatHelps'), e.whatHelps),
      ),
    },
    {
      key: 'earlyWarningSigns',
      title: t('plans.sw.earlyWarningSigns'),
      words: plan.earlyWarningSigns.map((e) =>
        pair(e.sign, t('plans.sw.earlyWarningSigns.whatToDo'), e.whatToDo),
      ),
    },
    {
      key: 'gettingWorse',
      title: t('plans.sw.gettingWorse'),
      words: plan.gettingWorse.map((e) =>
        pair(e.sign, t('plans.sw.gettingWorse.whatHelps'), e.whatHelps),
      ),
    },
  ];
}

function PlanViews({ plan }: { plan: StayingWellPlan }) {
  const record = useRecord();
  return (
    <div class="no-print">
      <ViewsBeside
        path="/staying-well-plan/views"
        wholeTitle={sectionTitle(record, 'staying_well', t('plans.staying-well.title'))}
        parts={planParts(plan)}
      />
    </div>
  );
}

export function StayingWellPage() {
  const record = useRecord();
  const loaded = usePlan(record.personId, 'staying-well');
  const [hasErrors, setHasErrors] = useState(false);
  if (!record.canWrite('staying_well')) {
    return (
      <>
        <PageHeading title={sectionTitle(record, 'staying_well', t('plans.staying-well.title'))} />
        <PrintDate name={record.personName} />
        <SuggestLink kind="staying_well" />
        <Loaded resource={loaded}>
          {({ doc }) => (
            <>
              <AgreedLine agreed={doc.agreed} />
              <SharedStayingWell doc={doc} />
            </>
          )}
        </Loaded>
      </>
    );
  }
  return (
    <>
      <PageHeading
        title={sectionTitle(record, 'staying_well', t('plans.staying-well.title'))}
        hasErrors={hasErrors}
      />
      <PrintDate name={record.personName} />
      <p class="lead no-print">{t('plans.sw.intro')}</p>
      <Loaded resource={loaded} historyHref="/plans/staying-well/history">
        {({ doc }) => (
          <>
            <AgreedLine agreed={doc.agreed} />
            <StayingWellForm personId={record.personId} doc={doc} onErrors={setHasErrors} />
            {/* Nothing written yet: nothing for anyone to see differently. */}
            {doc.version > 0 && <PlanViews plan={doc.data} />}
          </>
        )}
      </Loaded>
      <EarlyWarningAlerts personId={record.personId} name={record.personName} />
      <p class="no-print">
        <Link href="/plans">{t('plans.backToPlans')}</Link>
      </p>
    </>
  );
}

/** The plan for someone the person shared it with: to read and print, nothing to change. */
function SharedStayingWell({ doc }: { doc: PlanDocument<'staying-well'> }) {
  const record = useRecord();
  if (doc.version === 0) {
    return <p>{t('shared.stayingWellEmpty', { name: record.personName })}</p>;
  }
  return (
    <>
      <SharedPlanTop updatedAt={doc.updatedAt} />
      <StayingWellSheet plan={doc.data} onScreen />
      <PlanViews plan={doc.data} />
    </>
  );
}

type FormProps = {
  personId: string;
  doc: PlanDocument<'staying-well'>;
  onErrors: (shown: boolean) => void;
};

function StayingWellForm({ personId, doc, onErrors }: FormProps) {
  const api = plan(personId, 'staying-well');
  const editor = usePlanEditor<StayingWellPlan>({
    personId,
    kind: 'staying-well',
    doc,
    schema: stayingWellSchema,
    save: api.save,
    load: () => api.get(),
    tidy,
    onErrors,
  });
  const { form, notice } = editor;
  const { values, errors } = form;
  const common = { errors, notice };
  return (
    <>
      <div class="no-print">
        <PlanStatus
          kind="staying-well"
          editor={editor}
          nameOf={() => ''}
          emptyText={t('plans.sw.empty')}
        />
        {(editor.base?.version ?? 0) > 0 && <PrintButton />}
      </div>
      <form class="form" noValidate onSubmit={editor.submit}>
        <LinesList
          name="daily"
          prefix="plans.sw.daily"
          items={values.daily}
          onChange={(items) => form.set('daily', items)}
          {...common}
        />
        <LinesList
          name="weekly"
          prefix="plans.sw.weekly"
          items={values.weekly}
          onChange={(items) => form.set('weekly', items)}
          {...common}
        />
        <PairsList
          name="triggers"
          prefix="plans.sw.triggers"
          first="trigger"
          second="whatHelps"
          items={values.triggers}
          onChange={(items) => form.set('triggers', items)}
          {...common}
        />
        <PairsList
          name="earlyWarningSigns"
          prefix="plans.sw.earlyWarningSigns"
          first="sign"
          second="whatToDo"
          items={values.earlyWarningSigns}
          onChange={(items) => form.set('earlyWarningSigns', items)}
          {...common}
        />
        <PairsList
          name="gettingWorse"
          prefix="plans.sw.gettingWorse"
          first="sign"
          second="whatHelps"
          items={values.gettingWorse}
          onChange={(items) => form.set('gettingWorse', items)}
          {...common}
        />
        <SaveButton busy={form.busy} label={t('plans.sw.save')} />
      </form>
      <StayingWellSheet plan={values} />
    </>
  );
}

/** The plan as it reads on paper (print only): each part a section, lists in order. */
function StayingWellSheet({
  plan,
  onScreen = false,
}: {
  plan: StayingWellPlan;
  onScreen?: boolean;
}) {
  const pairs = (
    title: string,
    entries: { first: string; second: string }[],
    secondLabel: string,
  ) => (
    <section class="sheet__section">
      <h2>{title}</h2>
      {entries.length === 0 ? (
        <p>{t('plans.sheet.nothing')}</p>
      ) : (
        <ul class="sheet__list">
          {entries.map((entry, index) => (
            <li key={index}>
              <span class={secondLabel ? 'own-words sheet__strong' : 'own-words'}>
                {entry.first}
              </span>
              {entry.second.trim() !== '' && (
                <span class="own-words">
                  {' '}
                  {secondLabel}: {entry.second}
                </span>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
  const lines = (title: string, items: string[]) =>
    pairs(
      title,
      items.map((first) => ({ first, second: '' })),
      '',
    );
  return (
    <div class={onScreen ? 'sheet' : 'sheet print-only'}>
      <div class="sheet__page">
        {lines(t('plans.sw.daily'), plan.daily)}
        {lines(t('plans.sw.weekly'), plan.weekly)}
        {pairs(
          t('plans.sw.triggers'),
          plan.triggers.map((e) => ({ first: e.trigger, second: e.whatHelps })),
          t('plans.sw.triggers.whatHelps'),
        )}
      </div>
      <div class="sheet__page">
        {pairs(
          t('plans.sw.earlyWarningSigns'),
          plan.earlyWarningSigns.map((e) => ({ first: e.sign, second: e.whatToDo })),
          t('plans.sw.earlyWarningSigns.whatToDo'),
        )}
        {pairs(
          t('plans.sw.gettingWorse'),
          plan.gettingWorse.map((e) => ({ first: e.sign, second: e.whatHelps })),
          t('plans.sw.gettingWorse.whatHelps'),
        )}
      </div>
    </div>
  );
}
