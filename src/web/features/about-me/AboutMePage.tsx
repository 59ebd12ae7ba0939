import '../../../domain/i18n/shared.messages.ts';
import '../../../domain/i18n/about-me.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import { type AboutMe, aboutMeSchema } from '../../../domain/record/record.schema.ts';
import { ConflictPanel } from '../../components/ConflictPanel.tsx';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextArea } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useEditor } from '../../lib/editor.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { SuggestLink } from '../suggestions/SuggestLink.tsx';
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
        <SuggestLink kind="about_me" />
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
  // The version the words build on is sent as If-Match, so nothing is overwritten unseen.
  const editor = useEditor<AboutMe>({
    doc,
    schema: aboutMeSchema,
    save: (data, version) => saveAboutMe(personId, data, version ?? 0),
    load: () => getAboutMe(personId),
    draft: { form: 'about-me', owner: personId },
    onErrors,
  });
  const { form, base, conflict } = editor;
  const { values, errors } = form;

  return (
    <>
      <Notice state={editor.notice} />
      {conflict && (
        <ConflictPanel
          rows={ABOUT_ME_FIELDS.map((field) => ({
            label: t(`aboutMe.${field}`),
            yours: conflict.yours[field],
            saved: conflict.theirs[field],
          }))}
          savedAt={conflict.saved.updatedAt}
          busy={form.busy}
          onUseSaved={editor.useSaved}
          onKeepMine={editor.keepMine}
        />
      )}
      <ErrorSummary errors={errors} formError={form.formError} attempt={form.attempt} />
      {!base || base.version === 0 ? (
        <p>{t('aboutMe.empty')}</p>
      ) : (
        base.updatedAt && (
          <p class="meta">
            {t('aboutMe.lastSaved', { when: formatDateTime(base.updatedAt) })}{' '}
            <Link href="/about-me/history">{t('record.history')}</Link>
          </p>
        )
      )}
      <form class="form" noValidate onSubmit={editor.submit}>
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
