import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { formatDateTime, formatTime, t } from '../../../domain/i18n/translate.ts';
import { type AboutMe, aboutMeSchema } from '../../../domain/record/record.schema.ts';
import { ConflictPanel } from '../../components/ConflictPanel.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { isConflict, savedVersionOf } from '../../lib/conflict.ts';
import { useForm, validate } from '../../lib/form.ts';
import { useRecord } from '../record/RecordContext.tsx';
import {
  ABOUT_ME_FIELDS,
  type AboutMeDocument,
  getAboutMe,
  saveAboutMe,
  useAboutMe,
} from './about-me.resource.ts';

export function AboutMePage() {
  const record = useRecord();
  const aboutMe = useAboutMe(record.personId);
  const [hasErrors, setHasErrors] = useState(false);
  if (!record.canWrite('about_me')) {
    return (
      <>
        <PageHeading title={t('shared.aboutMeTitle', { name: record.personName })} />
        <Loaded resource={aboutMe}>{(doc) => <SharedAboutMe doc={doc} />}</Loaded>
      </>
    );
  }
  return (
    <>
      <PageHeading title={t('aboutMe.title')} hasErrors={hasErrors} />
      <p class="lead">{t('aboutMe.intro')}</p>
      <Loaded resource={aboutMe} historyHref="/about-me/history">
        {(doc) => <AboutMeForm personId={record.personId} doc={doc} onErrors={setHasErrors} />}
      </Loaded>
    </>
  );
}

/** The person's words for someone they shared them with: to read, nothing to change. */
function SharedAboutMe({ doc }: { doc: AboutMeDocument }) {
  const record = useRecord();
  const written = ABOUT_ME_FIELDS.filter((field) => doc.data[field].trim() !== '');
  if (written.length === 0) {
    return <p>{t('shared.aboutMeEmpty', { name: record.personName })}</p>;
  }
  return (
    <>
      {doc.updatedAt && (
        <p class="meta">{t('aboutMe.lastSaved', { when: formatDateTime(doc.updatedAt) })}</p>
      )}
      <dl class="summary">
        {written.map((field) => (
          <div key={field} class="summary__row">
            <dt>{t(`aboutMe.${field}`)}</dt>
            <dd class="own-words">{doc.data[field]}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}

type FormProps = {
  personId: string;
  doc: AboutMeDocument;
  onErrors: (shown: boolean) => void;
};

function AboutMeForm({ personId, doc, onErrors }: FormProps) {
  // The version this text was based on: sent as If-Match so nothing is overwritten unseen.
  const [base, setBase] = useState({ version: doc.version, updatedAt: doc.updatedAt });
  const [conflict, setConflict] = useState<AboutMeDocument | null>(null);
  const form = useForm<AboutMe>(doc.data, onErrors);
  const notice = useNotice();
  const { values, errors } = form;

  const save = (data: AboutMe, version: number) => {
    notice.show(null);
    return form.run(async () => {
      try {
        const saved = await saveAboutMe(personId, data, version);
        setBase({ version: saved.version, updatedAt: saved.updatedAt });
        setConflict(null);
        onErrors(false);
        const time = formatTime(saved.updatedAt ?? new Date().toISOString());
        notice.show({ message: t('record.savedAt', { time }) });
      } catch (error) {
        if (!isConflict(error)) throw error;
        // Keep the typed text; show it beside the saved words and let the person choose.
        setConflict(savedVersionOf<AboutMe>(error) ?? (await getAboutMe(personId)));
      }
    });
  };

  const attempt = (version: number) => {
    const checked = validate(aboutMeSchema, values);
    if (!checked.ok) return form.showErrors(checked.errors);
    form.clearErrors();
    return save(checked.data, version);
  };

  const submit = (event: Event) => {
    event.preventDefault();
    return attempt(base.version);
  };

  const useSaved = () => {
    if (!conflict) return;
    form.setValues(conflict.data);
    setBase({ version: conflict.version, updatedAt: conflict.updatedAt });
    setConflict(null);
    notice.show({ message: t('conflict.usingSaved') });
  };

  return (
    <>
      <Notice state={notice} />
      {conflict && (
        <ConflictPanel
          rows={ABOUT_ME_FIELDS.map((field) => ({
            label: t(`aboutMe.${field}`),
            yours: values[field],
            saved: conflict.data[field],
          }))}
          savedAt={conflict.updatedAt}
          busy={form.busy}
          onUseSaved={useSaved}
          onKeepMine={() => attempt(conflict.version)}
        />
      )}
      <ErrorSummary errors={errors} formError={form.formError} attempt={form.attempt} />
      {base.version === 0 ? (
        <p>{t('aboutMe.empty')}</p>
      ) : (
        base.updatedAt && (
          <p class="meta">
            {t('aboutMe.lastSaved', { when: formatDateTime(base.updatedAt) })}{' '}
            <Link href="/about-me/history">{t('record.history')}</Link>
          </p>
        )
      )}
      <form class="form" noValidate onSubmit={submit}>
        {ABOUT_ME_FIELDS.map((field) => (
          <TextArea
            key={field}
            id={field}
            label={t(`aboutMe.${field}`)}
            hint={t(`aboutMe.${field}.hint`)}
            value={values[field]}
            error={errors[field]}
            onInput={(value) => form.set(field, value)}
          />
        ))}
        <button type="submit" class="button" disabled={form.busy}>
          {form.busy ? t('record.saving') : t('record.save')}
        </button>
      </form>
    </>
  );
}
