// Moving on: the person's plan for leaving a service. Their early warning signs, who they will
// contact from their support network, and how to come back quickly: the way back in their own
// words, what to say and what helped before. It is theirs: it stays whatever happens to a team.
import '../../../domain/i18n/shared.messages.ts';
import '../../../domain/i18n/moving-on.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import type { MovingOnPlan } from '../../../domain/record/plans.schema.ts';
import { TextArea } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { PrintDate, SharedPlanTop } from '../../components/Print.tsx';
import { lazyPart } from '../../lib/lazy.tsx';
import { sentence } from '../../lib/own-words.tsx';
import { useRecord } from '../record/RecordContext.tsx';
import { SectionHeading } from '../record/section-title.tsx';
import { AgreedLine } from '../suggestions/AgreedLine.tsx';
import { type ContactItem, namesFrom } from '../support-network/support-network.resource.ts';
import { ContactPicker } from './ContactPicker.tsx';
import { LinesList, PlanText } from './fields.tsx';
import { PlanStatus, SaveButton } from './PlanStatus.tsx';
import { idFor, isBlank, usePlanEditor } from './plan-editor.ts';
import { type PlanDocument, plan } from './plans.resource.ts';
import { usePlan } from './usePlan.ts';

const movingOnSchema = () =>
  import('../../../domain/record/plans.schema.ts').then((m) => m.movingOnSchema);

/** Views beside the plan (decision 0030): their own chunk, loaded after the plan. */
const MovingOnBeside = lazyPart(() =>
  import('../collaboration/PlansBeside.tsx').then((m) => m.MovingOnBeside),
);

// "Suggest a change" (shown only to someone who may suggest), loaded after the page.
const SuggestLink = lazyPart(() =>
  import('../suggestions/SuggestLink.tsx').then((module) => module.SuggestLink),
);

const TEXTS = ['wayBack', 'whatToSay', 'helpedBefore'] as const;

const tidy = (values: MovingOnPlan): MovingOnPlan => ({
  ...values,
  earlyWarningSigns: values.earlyWarningSigns.filter((line) => !isBlank(line)),
});

/** The person's own plan to write; anyone they shared it with reads it. */
export function MovingOnPage() {
  const record = useRecord();
  return record.canWrite('moving_on') ? <OwnMovingOn /> : <SharedMovingOn />;
}

function OwnMovingOn() {
  const record = useRecord();
  const loaded = usePlan(record.personId, 'moving-on', true);
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <>
      <PageHeading title={t('plans.moving-on.title')} hasErrors={hasErrors} />
      <p class="lead">{t('plans.moving.intro')}</p>
      <p>{t('plans.moving.intro2')}</p>
      <Loaded resource={loaded} historyHref="/plans/moving-on/history">
        {({ doc, network }) => (
          <>
            <AgreedLine agreed={doc.agreed} />
            <MovingOnForm
              personId={record.personId}
              doc={doc}
              network={network}
              onErrors={setHasErrors}
            />
            {/* Nothing written yet: nothing for anyone to see differently. */}
            {doc.version > 0 && <MovingOnBeside plan={doc.data} />}
          </>
        )}
      </Loaded>
      <p class="no-print">
        <Link href="/plans">{t('plans.backToPlans')}</Link>
      </p>
    </>
  );
}

/** The plan for someone the person shared it with: to read and print, nothing to change. */
function SharedMovingOn() {
  const record = useRecord();
  // The network is asked for only when it is shared: otherwise there is nothing to ask.
  const loaded = usePlan(record.personId, 'moving-on', record.canRead('support_network'));
  return (
    <>
      <SectionHeading record={record} section="moving_on" ownTitle={t('plans.moving-on.title')} />
      <PrintDate name={record.personName} />
      <SuggestLink kind="moving_on" />
      <Loaded resource={loaded}>
        {({ doc, network }) => {
          if (doc.version === 0) {
            return <p>{sentence('shared.movingOnEmpty', { name: record.personName })}</p>;
          }
          const names = new Map(network.map((contact) => [contact.id, contact.data.name]));
          const someone = t('shared.someoneInNetwork', { name: record.personName });
          return (
            <>
              <SharedPlanTop updatedAt={doc.updatedAt} />
              <AgreedLine agreed={doc.agreed} />
              <MovingOnSheet plan={doc.data} nameOf={(id) => names.get(id) ?? someone} />
              <MovingOnBeside plan={doc.data} />
            </>
          );
        }}
      </Loaded>
    </>
  );
}

/** The plan in the person's words, part by part: read on screen by others, and printed. */
function MovingOnSheet({ plan, nameOf }: { plan: MovingOnPlan; nameOf: (id: string) => string }) {
  const signs = plan.earlyWarningSigns.filter((line) => !isBlank(line));
  const texts = TEXTS.filter((part) => plan[part].trim() !== '');
  return (
    <div class="sheet sheet--moving-on">
      {signs.length > 0 && (
        <section class="sheet__section">
          <h2>{t('plans.moving.earlyWarningSigns')}</h2>
          <ul class="sheet__list">
            {signs.map((line, index) => (
              // Lines may repeat; their place in the person's list keeps them apart.
              <li key={`${index}:${line}`} class="own-words" dir="auto">
                {line}
              </li>
            ))}
          </ul>
        </section>
      )}
      {plan.contacts.length > 0 && (
        <section class="sheet__section">
          <h2>{t('plans.moving.contacts')}</h2>
          <ul class="sheet__people">
            {plan.contacts.map((entry) => (
              <li key={entry.contactId}>
                <span class="sheet__strong own-words" dir="auto">
                  {nameOf(entry.contactId)}
                </span>
                {entry.whatToDo.trim() !== '' && (
                  <p class="own-words" dir="auto">
                    {entry.whatToDo}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {texts.length > 0 && (
        <section class="sheet__section">
          <h2>{t('plans.moving.comeBack')}</h2>
          {texts.map((part) => (
            <div key={part}>
              <h3 class="sheet__label">{t(`plans.moving.${part}`)}</h3>
              <p class="own-words" dir="auto">
                {plan[part]}
              </p>
            </div>
          ))}
        </section>
      )}
    </div>
  );
}

type FormProps = {
  personId: string;
  doc: PlanDocument<'moving-on'>;
  network: ContactItem[];
  onErrors: (shown: boolean) => void;
};

function MovingOnForm({ personId, doc, network, onErrors }: FormProps) {
  const api = plan(personId, 'moving-on');
  const editor = usePlanEditor<MovingOnPlan>({
    personId,
    kind: 'moving-on',
    doc,
    schema: movingOnSchema,
    save: api.save,
    load: () => api.get(),
    tidy,
    onErrors,
  });
  const { form, notice } = editor;
  const { values, errors } = form;
  const nameOf = namesFrom(network);
  return (
    <>
      <PlanStatus
        kind="moving-on"
        editor={editor}
        nameOf={nameOf}
        emptyText={t('plans.moving.empty')}
      />
      <form class="form" noValidate onSubmit={editor.submit}>
        <LinesList
          name="earlyWarningSigns"
          prefix="plans.moving.earlyWarningSigns"
          items={values.earlyWarningSigns}
          onChange={(items) => form.set('earlyWarningSigns', items)}
          errors={errors}
          notice={notice}
        />
        <ContactPicker
          comesBack="moving-on-plan"
          name="contacts"
          prefix="plans.moving.contacts"
          network={network}
          entries={values.contacts}
          onChange={(entries) => form.set('contacts', entries)}
          make={(contactId) => ({ contactId, whatToDo: '' })}
          details={(entry, index, update, name) => (
            <TextArea
              id={idFor(`contacts.${index}.whatToDo`)}
              label={t('plans.moving.contacts.whatToDo', { name })}
              hint={t('plans.moving.contacts.whatToDo.hint')}
              value={entry.whatToDo}
              error={errors[`contacts.${index}.whatToDo`]}
              rows={3}
              onInput={(whatToDo) => update({ ...entry, whatToDo })}
            />
          )}
          errors={errors}
          notice={notice}
        />
        <h2>{t('plans.moving.comeBack')}</h2>
        {TEXTS.map((part) => (
          <PlanText
            key={part}
            name={part}
            prefix={`plans.moving.${part}`}
            value={values[part]}
            errors={errors}
            onInput={(value) => form.set(part, value)}
          />
        ))}
        <SaveButton busy={form.busy} label={t('plans.moving.save')} />
      </form>
      {/* On paper: the plan as it reads, not the form. */}
      <div class="print-only">
        <PrintDate />
        <MovingOnSheet plan={values} nameOf={nameOf} />
      </div>
    </>
  );
}
