import '../../../domain/i18n/crisis-plan.messages.ts';
import '../../../domain/i18n/network-web.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import { useState } from 'preact/hooks';
import { Link, useLocation, useSearch } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { CONTACT_KINDS } from '../../../domain/record/contact-kinds.ts';
import type { SupportContact } from '../../../domain/record/plans.schema.ts';
import { ConflictPanel } from '../../components/ConflictPanel.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { CheckboxField, Radios, TextArea, TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useEditor } from '../../lib/editor.ts';
import { setFlash } from '../../lib/flash.ts';
import { sentence } from '../../lib/own-words.tsx';
import { useRecord } from '../record/RecordContext.tsx';
import {
  type ContactItem,
  contacts,
  EMPTY_CONTACT,
  useContact,
} from './support-network.resource.ts';

const supportContactSchema = () =>
  import('../../../domain/record/plans.schema.ts').then((m) => m.supportContactSchema);

/**
 * The plans whose "Add someone to your support network" comes back to them once the person is
 * added, where the plan's draft puts back what was typed (decision 0023). Named, not a path in
 * the address, so this page can only go back to one of these.
 */
const COMES_BACK = {
  'crisis-plan': { path: '/crisis-plan/change', label: 'plans.crisis.back' },
  'safety-plan': { path: '/plans/safety', label: 'network.backToSafetyPlan' },
  'moving-on-plan': { path: '/plans/moving-on', label: 'network.backToMovingOnPlan' },
} as const;

function comesBackFrom(search: string) {
  const back = new URLSearchParams(search).get('back');
  return back === 'crisis-plan' || back === 'safety-plan' || back === 'moving-on-plan'
    ? COMES_BACK[back]
    : null;
}

/** Add someone to the support network, or change what is written about them. */
export function ContactFormPage({ id }: { id?: string }) {
  const record = useRecord();
  const contact = useContact(record.personId, id);
  const [hasErrors, setHasErrors] = useState(false);
  // Opened from a plan's "Add someone to your support network": back there once added.
  const back = comesBackFrom(useSearch());
  const title = id ? t('network.edit.title') : t('network.new.title');
  return (
    <>
      <PageHeading title={title} hasErrors={hasErrors} />
      <Loaded resource={contact}>
        {(item) => (
          <ContactForm
            personId={record.personId}
            item={item}
            back={back?.path ?? null}
            onErrors={setHasErrors}
          />
        )}
      </Loaded>
      <p>
        <Link href={back?.path ?? '/support-network'}>
          {back ? t(back.label) : t('network.back')}
        </Link>
      </p>
    </>
  );
}

/** What differs between two versions, for the conflict panel. */
function rows(yours: SupportContact, saved: SupportContact) {
  const text = (c: SupportContact) => ({
    name: c.name,
    kind: t(`network.kind.${c.kind}`),
    howTheyHelp: c.howTheyHelp,
    phone: c.phone,
    email: c.email,
    notes: c.notes,
    formal: c.formal ? t('network.formal') : t('network.informal'),
    crisisContact: c.crisisContact ? t('plans.yes') : t('plans.no'),
  });
  const a = text(yours);
  const b = text(saved);
  return (Object.keys(a) as (keyof typeof a)[]).map((key) => ({
    label: t(`network.field.${key}`),
    yours: a[key],
    saved: b[key],
  }));
}

type FormProps = {
  personId: string;
  item: ContactItem | null;
  /** The plan to go back to once someone new is added. */
  back: string | null;
  onErrors: (shown: boolean) => void;
};

function ContactForm({ personId, item, back, onErrors }: FormProps) {
  const [, navigate] = useLocation();
  const editor = useEditor<SupportContact>({
    doc: item,
    empty: EMPTY_CONTACT,
    schema: supportContactSchema,
    save: (data, version) =>
      item && version !== null
        ? contacts(personId).update(item.id, data, version)
        : contacts(personId).create(data),
    load: () => contacts(personId).get(item?.id ?? ''),
    draft: { form: `contact:${item?.id ?? 'new'}`, owner: personId },
    onErrors,
    onSaved: (saved) => {
      setFlash({ message: sentence('network.saved', { name: saved.data.name }) });
      navigate(back && !item ? back : '/support-network');
    },
  });
  const { form, conflict } = editor;
  const { values, errors } = form;

  return (
    <>
      <Notice state={editor.notice} />
      {conflict && (
        <ConflictPanel
          rows={rows(conflict.yours, conflict.theirs)}
          savedAt={conflict.saved.updatedAt}
          busy={form.busy}
          onUseSaved={editor.useSaved}
          onKeepMine={editor.keepMine}
        />
      )}
      <ErrorSummary
        errors={errors}
        formError={form.formError}
        attempt={form.attempt}
        idFor={(field) => (field === 'kind' ? 'kind-first' : field)}
      />
      <form class="form" noValidate onSubmit={editor.submit}>
        <TextField
          id="name"
          label={t('network.field.name')}
          hint={t('network.field.name.hint')}
          value={values.name}
          error={errors.name}
          autoComplete="off"
          onInput={(value) => form.set('name', value)}
        />
        <Radios
          id="kind"
          label={t('network.field.kind')}
          value={values.kind}
          error={errors.kind}
          options={CONTACT_KINDS.map((kind) => ({
            value: kind,
            label: t(`network.kind.${kind}`),
          }))}
          onChange={(value) => form.set('kind', value as SupportContact['kind'])}
        />
        <TextArea
          id="howTheyHelp"
          label={t('network.field.howTheyHelp')}
          hint={t('network.field.howTheyHelp.hint')}
          value={values.howTheyHelp}
          error={errors.howTheyHelp}
          rows={3}
          onInput={(value) => form.set('howTheyHelp', value)}
        />
        <TextField
          id="phone"
          type="tel"
          width="half"
          label={t('network.field.phoneOptional')}
          hint={t('network.field.phone.hint')}
          value={values.phone}
          error={errors.phone}
          autoComplete="off"
          onInput={(value) => form.set('phone', value)}
        />
        <TextField
          id="email"
          type="email"
          label={t('network.field.emailOptional')}
          value={values.email}
          error={errors.email}
          autoComplete="off"
          spellcheck={false}
          onInput={(value) => form.set('email', value.trim())}
        />
        <TextArea
          id="notes"
          label={t('network.field.notesOptional')}
          hint={t('network.field.notes.hint')}
          value={values.notes}
          error={errors.notes}
          rows={3}
          onInput={(value) => form.set('notes', value)}
        />
        <Radios
          id="formal"
          label={t('network.field.formal')}
          hint={t('network.field.formal.hint')}
          value={values.formal ? 'formal' : 'informal'}
          options={[
            { value: 'informal', label: t('network.informal.long') },
            { value: 'formal', label: t('network.formal.long') },
          ]}
          onChange={(value) => form.set('formal', value === 'formal')}
        />
        <CheckboxField
          id="crisisContact"
          label={t('network.field.crisisContact')}
          hint={t('network.field.crisisContact.hint')}
          checked={values.crisisContact}
          onChange={(checked) => form.set('crisisContact', checked)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {form.busy ? t('record.saving') : t('network.save')}
        </button>
      </form>
    </>
  );
}
