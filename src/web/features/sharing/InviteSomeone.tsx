// "Invite someone": who they are, the name the person knows them by, which sections they may
// read (none or view each; the journal is never a section) and an optional end date. Then the
// link (with a copy button) and the phone code, shown once, with how to pass them on.
import '../../../domain/i18n/invitations.messages.ts';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import {
  type CreatedInvitation,
  createInvitationSchema,
  INVITABLE_SECTIONS,
  type InvitableSection,
} from '../../../domain/sharing/invitation.schema.ts';
import { SHARE_ROLES } from '../../../domain/sharing/sharing.schema.ts';
import { CopyableLink } from '../../components/CopyableLink.tsx';
import { DateField } from '../../components/DateField.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { CheckboxField, Radios, TextField } from '../../components/fields.tsx';
import { useForm, validate } from '../../lib/form.ts';
import { sentence } from '../../lib/own-words.tsx';
import { today } from '../../lib/today.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { invitations, invitationUrl } from './invitations.resource.ts';
import { SuggestToo } from './SuggestToo.tsx';

type Values = {
  role: string;
  knownAs: string;
  sections: Partial<Record<InvitableSection, boolean>>;
  /** Sections where they may also suggest changes (decision 0029). */
  suggest?: Partial<Record<InvitableSection, boolean>>;
  advanceChoice: boolean;
  endsAt: string;
};
const EMPTY: Values = { role: '', knownAs: '', sections: {}, advanceChoice: false, endsAt: '' };

/** The id of the control a field's error links to from the summary. */
function idFor(field: string): string {
  if (field === 'role') return 'invite-role-first';
  if (field.startsWith('sections.')) return `invite-section-${field.slice('sections.'.length)}`;
  if (field === 'sections') return `invite-section-${INVITABLE_SECTIONS[0]}`;
  return `invite-${field}`;
}

function toInput(values: Values) {
  const sections = Object.fromEntries(
    Object.entries(values.sections)
      .filter(([, ticked]) => ticked)
      .map(([section]) => [
        section,
        values.suggest?.[section as InvitableSection] ? 'suggest' : 'view',
      ]),
  );
  return {
    role: values.role,
    knownAs: values.knownAs,
    sections,
    ...(values.endsAt ? { endsAt: values.endsAt } : {}),
    ...(values.sections.crisis_plan && values.advanceChoice ? { advanceChoice: true } : {}),
  };
}

function CreatedPanel({
  invitation,
  onAnother,
}: {
  invitation: CreatedInvitation;
  onAnother: () => void;
}) {
  const url = invitationUrl(invitation.token);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const name = invitation.knownAs;

  return (
    <section class="panel new-link" aria-labelledby="invite-created-title">
      <h2 id="invite-created-title" tabIndex={-1} ref={heading}>
        {sentence('invite.created.title', { name })}
      </h2>
      <p>{sentence('invite.created.once', { name })}</p>
      <p>{t('invite.created.until', { when: formatDateTime(invitation.expiresAt) })}</p>
      <p>{t('invite.created.how')}</p>
      <CopyableLink
        id="invite-url"
        url={url}
        words={{
          label: t('invite.created.link'),
          copy: t('invite.copy'),
          copied: t('invite.copied'),
          copyByHand: t('invite.copyByHand'),
        }}
      />
      <h3>{t('invite.created.code')}</h3>
      <p class="hint">{t('invite.created.codeHint')}</p>
      <p class="invite-code" data-testid="invite-code">
        {invitation.code}
      </p>
      <button type="button" class="button button--secondary" onClick={onAnother}>
        {t('invite.another')}
      </button>
    </section>
  );
}

/** The invitation form; `onCreated` hears of each new invitation (e.g. to refresh a list). */
export function InviteSomeone({
  onCreated,
}: {
  onCreated?: (invitation: CreatedInvitation) => void;
}) {
  const record = useRecord();
  const form = useForm<Values>(EMPTY, undefined, { form: 'invite', owner: record.personId });
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const { values } = form;

  const submit = (event: Event) => {
    event.preventDefault();
    const input = toInput(values);
    const checked = validate(createInvitationSchema, input);
    const errors = checked.ok ? {} : { ...checked.errors };
    if (values.endsAt && !errors.endsAt && values.endsAt < today())
      errors.endsAt = t('invitations.validation.endsAtPast');
    if (!checked.ok || Object.keys(errors).length > 0) return form.showErrors(errors);
    form.clearErrors();
    return form.run(async () => {
      const invitation = await invitations(record.personId).create(checked.data);
      setCreated(invitation);
      form.setValues(EMPTY);
      onCreated?.(invitation);
    });
  };

  if (created)
    return (
      <CreatedPanel key={created.id} invitation={created} onAnother={() => setCreated(null)} />
    );

  const tick = (section: InvitableSection, ticked: boolean) =>
    form.set('sections', { ...values.sections, [section]: ticked });
  return (
    <section aria-labelledby="invite-title">
      <h2 id="invite-title">{t('invite.title')}</h2>
      <p>{t('invite.intro')}</p>
      <ErrorSummary
        errors={form.errors}
        formError={form.formError}
        attempt={form.attempt}
        idFor={idFor}
      />
      <form class="form" noValidate onSubmit={submit}>
        <Radios
          id="invite-role"
          label={t('invite.role')}
          value={values.role}
          error={form.errors.role}
          options={SHARE_ROLES.map((role) => ({ value: role, label: t(`invite.role.${role}`) }))}
          onChange={(role) => form.set('role', role)}
        />
        <TextField
          id="invite-knownAs"
          label={t('invite.knownAs')}
          hint={t('invite.knownAs.hint')}
          value={values.knownAs}
          error={form.errors.knownAs}
          autoComplete="off"
          width="half"
          onInput={(knownAs) => form.set('knownAs', knownAs)}
        />
        <fieldset class="fieldset" aria-describedby="invite-sections-hint invite-journal">
          <legend class="label">{t('invite.sections')}</legend>
          <p class="hint" id="invite-sections-hint">
            {t('invite.sections.hint')}
          </p>
          {INVITABLE_SECTIONS.map((section) => (
            <div key={section}>
              <CheckboxField
                id={`invite-section-${section}`}
                label={t(`invite.section.${section}`)}
                error={form.errors[`sections.${section}`]}
                checked={values.sections[section] === true}
                onChange={(ticked) => tick(section, ticked)}
              />
              {values.sections[section] && (
                <SuggestToo
                  id={`invite-suggest-${section}`}
                  section={section}
                  name={t(`invite.section.${section}`)}
                  checked={values.suggest?.[section] === true}
                  onChange={(ticked) =>
                    form.set('suggest', { ...values.suggest, [section]: ticked })
                  }
                />
              )}
            </div>
          ))}
          <p class="hint" id="invite-journal">
            {t('invite.journalPrivate')}
          </p>
        </fieldset>
        {values.sections.crisis_plan && (
          <CheckboxField
            id="invite-advanceChoice"
            label={t('invite.advanceChoice')}
            hint={t('invite.advanceChoice.hint')}
            checked={values.advanceChoice}
            onChange={(advanceChoice) => form.set('advanceChoice', advanceChoice)}
          />
        )}
        <DateField
          id="invite-endsAt"
          label={t('invite.endsAt')}
          hint={t('invite.endsAt.hint')}
          value={values.endsAt}
          error={form.errors.endsAt}
          onInput={(endsAt) => form.set('endsAt', endsAt)}
        />
        <button type="submit" class="button" disabled={form.busy}>
          {t('invite.submit')}
        </button>
      </form>
    </section>
  );
}
