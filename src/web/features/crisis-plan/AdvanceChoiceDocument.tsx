// Attaching an advance choice document to the crisis plan: a PDF or a photo, up to 5 MB,
// kept privately. The file is checked by its content on the server; its answer is shown as it is.
// A document whose bytes were purged (a plan version restored from before it was taken off)
// shows as removed, and can be taken off the plan.
import '../../../domain/i18n/crisis-plan.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import { formatNumber, t } from '../../../domain/i18n/translate.ts';
import { UNDO_WINDOW_DAYS } from '../../../domain/record/undo-window.ts';
import { FieldError } from '../../components/fields.tsx';
import { MAX_UPLOAD_MB, useStorageUsage, useUpload } from '../../lib/upload.ts';
import { advanceChoiceDocuments, type DocumentMeta } from './crisis-plan.resource.ts';

export function fileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return t('upload.kb', { size: formatNumber(Math.ceil(bytes / 1024)) });
  return t('upload.mb', { size: formatNumber(Math.round((bytes / 1024 / 1024) * 10) / 10) });
}

type Props = {
  personId: string;
  documentId: string | null;
  documents: DocumentMeta[];
  /** The files the plan names whose bytes were purged (from the plan's answer). */
  removedIds?: string[] | undefined;
  error?: string | undefined;
  onChange: (id: string | null) => void;
  onUploaded: (document: DocumentMeta) => void;
};

export function AdvanceChoiceDocument(props: Props) {
  const { personId, documentId, documents } = props;
  const attached = documents.find((doc) => doc.id === documentId);
  const removed = documentId !== null && (props.removedIds ?? []).includes(documentId);
  const files = advanceChoiceDocuments(personId);
  const storage = useStorageUsage(files.path);
  const { busy, problem, status, setStatus, upload } = useUpload(
    files.upload,
    (saved) => {
      props.onUploaded(saved);
      props.onChange(saved.id);
      return t('upload.done', { name: saved.fileName });
    },
    storage.refresh,
  );
  const takeOff = (
    <button
      type="button"
      class="button button--small button--quiet"
      onClick={() => {
        props.onChange(null);
        setStatus(t('upload.detached'));
      }}
    >
      {t('plans.crisis.advanceChoice.remove')}
    </button>
  );

  const error = problem ?? props.error;
  return (
    <section class="upload" aria-labelledby="advance-title">
      <h2 id="advance-title">{t('plans.crisis.advanceChoice')}</h2>
      <p class="hint">{t('plans.crisis.advanceChoice.hint')}</p>
      {attached ? (
        <div class="upload__current">
          <p>
            <a href={files.href(attached.id)} download>
              {t('plans.crisis.advanceChoice.open', { name: attached.fileName })}
            </a>{' '}
            <span class="meta">({fileSize(attached.byteSize)})</span>
          </p>
          {takeOff}
        </div>
      ) : removed ? (
        <div class="upload__current">
          <p>{t('upload.removedAfterWindow', { days: UNDO_WINDOW_DAYS })}</p>
          {takeOff}
        </div>
      ) : documentId ? (
        <p class="meta">{t('plans.crisis.advanceChoice.attached')}</p>
      ) : null}
      <div class={error ? 'field field--error' : 'field'}>
        <label class="label" for="advanceChoiceDocumentId">
          {attached ? t('upload.replace') : t('upload.choose')}
        </label>
        <p class="hint" id="advanceChoiceDocumentId-hint">
          {t('upload.limits', { max: MAX_UPLOAD_MB })}
          {storage.text && ` ${storage.text}`}
        </p>
        <div role="alert">
          <FieldError id="advanceChoiceDocumentId" error={error ?? undefined} />
        </div>
        <input
          class="file-input"
          type="file"
          id="advanceChoiceDocumentId"
          accept="application/pdf,image/png,image/jpeg,image/webp"
          disabled={busy}
          aria-describedby={
            error
              ? 'advanceChoiceDocumentId-hint advanceChoiceDocumentId-error'
              : 'advanceChoiceDocumentId-hint'
          }
          onChange={(event) => upload(event.currentTarget)}
        />
      </div>
      <div role="status">{status && <p>{status}</p>}</div>
    </section>
  );
}
