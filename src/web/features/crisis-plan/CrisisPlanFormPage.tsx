// Writing or changing the crisis plan (an advance statement): every part in the person's own
// words, with a short example beside each, people picked from the support network. The parts
// fold (Fold.tsx), so on a phone the form is a short list of parts, not one very long page.
import '../../../domain/i18n/crisis-plan.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { type CrisisPlan, crisisPlanSchema } from '../../../domain/record/plans.schema.ts';
import { CrisisLines } from '../../components/CrisisLines.tsx';
import { SelectField, TextArea } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { lazyPart } from '../../lib/lazy.tsx';
import { readDeviceCopy, writeDeviceCopy } from '../../lib/offline.ts';
import { useResource } from '../../lib/resource.ts';
import { today } from '../../lib/today.ts';
import { ContactPicker } from '../plans/ContactPicker.tsx';
import { Fold, FoldAll, useFolds } from '../plans/Fold.tsx';
import { PairsList, PlanText } from '../plans/fields.tsx';
import { PlanStatus, SaveButton } from '../plans/PlanStatus.tsx';
import { idFor, isBlank, usePlanEditor } from '../plans/plan-editor.ts';
import { type PlanDocument, plan } from '../plans/plans.resource.ts';
import { type RecordContextValue, useRecord } from '../record/RecordContext.tsx';
import {
  type ContactItem,
  contacts,
  namesFrom,
} from '../support-network/support-network.resource.ts';
import {
  advanceChoiceDocuments,
  copyFor,
  type DocumentMeta,
  namedContacts,
} from './crisis-plan.resource.ts';

/** The date of the last review, in its three boxes: its code loads with the form, not before it. */
const DateField = lazyPart(() => import('../../components/DateField.tsx').then((m) => m.DateField));

/** The upload of an advance choice document: its code loads with the form, not before it. */
const AdvanceChoiceDocument = lazyPart(() =>
  import('./AdvanceChoiceDocument.tsx').then((m) => m.AdvanceChoiceDocument),
);

type CrisisFormData = {
  doc: PlanDocument<'crisis'>;
  network: ContactItem[];
  documents: DocumentMeta[];
};

const PRACTICAL = ['children', 'pets', 'home', 'bills', 'work'] as const;

/** The form's foldable parts (Fold.tsx), each with the fields it holds. */
const PARTS = {
  signs: ['signs'],
  people: ['wantInvolved', 'nominatedPersonContactId', 'notInvolved'],
  helps: ['whatHelps', 'whatDoesNotHelp'],
  care: ['treatment', 'medication', 'allergies', 'placesOfCare'],
  practical: ['practical'],
  ending: ['noLongerApplies'],
} as const satisfies Record<string, readonly (keyof CrisisPlan)[]>;

/** Whether anything is written or chosen in one part of the plan. */
function filled(plan: CrisisPlan, part: keyof typeof PARTS): boolean {
  return PARTS[part].some((field) => {
    const value = plan[field];
    if (typeof value === 'string') return value.trim() !== '';
    if (Array.isArray(value)) return value.length > 0;
    if (value && typeof value === 'object')
      return Object.values(value).some((v) => v.trim() !== '');
    return value !== null;
  });
}

const isEmptyPlan = (plan: CrisisPlan) =>
  !(Object.keys(PARTS) as (keyof typeof PARTS)[]).some((part) => filled(plan, part));

const tidy = (values: CrisisPlan): CrisisPlan => ({
  ...values,
  notInvolved: values.notInvolved.filter((entry) => !isBlank(entry)),
  lastReviewed: values.lastReviewed === '' ? null : values.lastReviewed,
});

export function CrisisPlanFormPage() {
  const record = useRecord();
  const loaded = useResource<CrisisFormData>(
    async (signal) => {
      const [doc, network, documents] = await Promise.all([
        plan(record.personId, 'crisis').get(signal),
        contacts(record.personId).list(signal),
        advanceChoiceDocuments(record.personId).list(signal),
      ]);
      return { doc, network, documents };
    },
    [record.personId],
  );
  const [hasErrors, setHasErrors] = useState(false);
  return (
    <>
      <PageHeading title={t('plans.crisis.edit.title')} hasErrors={hasErrors} />
      <p class="lead">{t('plans.crisis.intro')}</p>
      <CrisisLines />
      <Loaded resource={loaded} historyHref="/crisis-plan/history">
        {(data) => <CrisisPlanForm record={record} data={data} onErrors={setHasErrors} />}
      </Loaded>
      <p>
        <Link href="/crisis-plan">{t('plans.crisis.back')}</Link>
      </p>
    </>
  );
}

type FormProps = {
  record: RecordContextValue;
  data: CrisisFormData;
  onErrors: (shown: boolean) => void;
};

function CrisisPlanForm({ record, data, onErrors }: FormProps) {
  const { network } = data;
  const [documents, setDocuments] = useState(data.documents);
  const api = plan(record.personId, 'crisis');
  const editor = usePlanEditor<CrisisPlan>({
    personId: record.personId,
    kind: 'crisis',
    doc: data.doc,
    schema: crisisPlanSchema,
    save: api.save,
    load: () => api.get(),
    tidy,
    onErrors,
    onSaved: async (saved) => {
      // The copy on this device follows the plan while it is turned on.
      const copy = await readDeviceCopy();
      if (!copy || copy.personId !== record.personId) return;
      const screen = {
        updatedAt: saved.updatedAt,
        plan: saved.data,
        contacts: namedContacts(saved.data, network),
      };
      await writeDeviceCopy(copyFor(record.personId, record.personName, screen)).catch(() => {});
    },
  });
  const { form, notice } = editor;
  const { values, errors } = form;
  const folds = useFolds(PARTS, isEmptyPlan(data.doc.data), errors, form.attempt);
  const text = (name: keyof CrisisPlan & string, rows = 4) => (
    <PlanText
      name={name}
      prefix={`plans.crisis.${name}`}
      value={values[name] as string}
      errors={errors}
      rows={rows}
      onInput={(value) => form.set(name, value as never)}
    />
  );

  return (
    <>
      <PlanStatus
        kind="crisis"
        editor={editor}
        nameOf={namesFrom(network)}
        emptyText={t('plans.crisis.startHint')}
      />
      <form class="form" noValidate onSubmit={editor.submit}>
        <FoldAll allOpen={folds.allOpen} setAll={folds.setAll} />
        <Fold
          id="part-signs"
          title={t('plans.crisis.part.signs')}
          filled={filled(values, 'signs')}
          open={folds.isOpen('signs')}
          onToggle={folds.toggle('signs')}
        >
          {text('signs', 5)}
        </Fold>

        <Fold
          id="part-people"
          title={t('plans.crisis.part.people')}
          filled={filled(values, 'people')}
          open={folds.isOpen('people')}
          onToggle={folds.toggle('people')}
        >
          <ContactPicker
            comesBack="crisis-plan"
            name="wantInvolved"
            prefix="plans.crisis.wantInvolved"
            headingLevel={3}
            network={network}
            entries={values.wantInvolved}
            onChange={(entries) => form.set('wantInvolved', entries)}
            make={(contactId) => ({ contactId, whatToDo: '' })}
            details={(entry, index, update, name) => (
              <TextArea
                id={idFor(`wantInvolved.${index}.whatToDo`)}
                label={t('plans.crisis.wantInvolved.whatToDo', { name })}
                hint={t('plans.crisis.wantInvolved.whatToDo.hint')}
                value={entry.whatToDo}
                error={errors[`wantInvolved.${index}.whatToDo`]}
                rows={3}
                onInput={(whatToDo) => update({ ...entry, whatToDo })}
              />
            )}
            errors={errors}
            notice={notice}
          />

          <h3>{t('plans.crisis.nominatedPerson')}</h3>
          {network.length > 0 ? (
            <SelectField
              id="nominatedPersonContactId"
              label={t('plans.crisis.nominatedPerson.pick')}
              hint={t('plans.crisis.nominatedPerson.hint')}
              value={values.nominatedPersonContactId ?? ''}
              error={errors.nominatedPersonContactId}
              options={[
                { value: '', label: t('plans.crisis.nominatedPerson.none') },
                ...network.map((contact) => ({ value: contact.id, label: contact.data.name })),
              ]}
              onChange={(value) =>
                form.set('nominatedPersonContactId', value === '' ? null : value)
              }
            />
          ) : (
            <p class="hint" id="nominatedPersonContactId">
              {t('plans.crisis.nominatedPerson.hint')} {t('plans.picker.emptyNetwork')}
            </p>
          )}

          <PairsList
            name="notInvolved"
            prefix="plans.crisis.notInvolved"
            first="name"
            second="reason"
            headingLevel={3}
            items={values.notInvolved}
            onChange={(items) => form.set('notInvolved', items)}
            errors={errors}
            notice={notice}
          />
        </Fold>

        <Fold
          id="part-helps"
          title={t('plans.view.helps')}
          filled={filled(values, 'helps')}
          open={folds.isOpen('helps')}
          onToggle={folds.toggle('helps')}
        >
          {text('whatHelps')}
          {text('whatDoesNotHelp')}
        </Fold>

        <Fold
          id="part-care"
          title={t('plans.view.care')}
          filled={filled(values, 'care')}
          open={folds.isOpen('care')}
          onToggle={folds.toggle('care')}
        >
          {text('treatment')}
          {text('medication')}
          {text('allergies', 2)}
          {text('placesOfCare', 3)}
        </Fold>

        <Fold
          id="part-practical"
          title={t('plans.crisis.practical')}
          filled={filled(values, 'practical')}
          open={folds.isOpen('practical')}
          onToggle={folds.toggle('practical')}
        >
          <p class="hint">{t('plans.crisis.practical.hint')}</p>
          {PRACTICAL.map((part) => (
            <PlanText
              key={part}
              name={`practical.${part}`}
              prefix={`plans.crisis.practical.${part}`}
              value={values.practical[part]}
              errors={errors}
              rows={2}
              onInput={(value) => form.set('practical', { ...values.practical, [part]: value })}
            />
          ))}
        </Fold>

        <Fold
          id="part-ending"
          title={t('plans.crisis.part.ending')}
          filled={filled(values, 'ending')}
          open={folds.isOpen('ending')}
          onToggle={folds.toggle('ending')}
        >
          {text('noLongerApplies', 3)}
        </Fold>

        <AdvanceChoiceDocument
          personId={record.personId}
          documentId={values.advanceChoiceDocumentId}
          documents={documents}
          removedIds={data.doc.removedFileIds}
          error={errors.advanceChoiceDocumentId}
          onChange={(id) => form.set('advanceChoiceDocumentId', id)}
          onUploaded={(doc) => setDocuments((list) => [doc, ...list])}
        />

        <h2>{t('plans.crisis.lastReviewed')}</h2>
        <DateField
          id="lastReviewed"
          label={t('plans.crisis.lastReviewed.label')}
          hint={t('plans.crisis.lastReviewed.hint')}
          value={values.lastReviewed ?? ''}
          error={errors.lastReviewed}
          onInput={(value) => form.set('lastReviewed', value === '' ? null : value)}
        />
        <button
          type="button"
          class="button button--secondary"
          onClick={() => form.set('lastReviewed', today())}
        >
          {t('plans.crisis.lastReviewed.today')}
        </button>

        <SaveButton busy={form.busy} label={t('plans.crisis.save')} />
      </form>
    </>
  );
}
