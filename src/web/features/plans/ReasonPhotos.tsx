// Photos among the person's reasons for living: uploaded to their record, shown only to them
// (the image is served only to a signed-in person allowed to see the safety plan). A photo whose
// bytes were purged (a plan version restored from before it was removed) shows as removed.
import '../../../domain/i18n/safety-plan.messages.ts';
import '../../../domain/i18n/plans-web.messages.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { UNDO_WINDOW_DAYS } from '../../../domain/record/undo-window.ts';
import { LIMITS } from '../../../domain/validation.ts';
import { FieldError } from '../../components/fields.tsx';
import { api, recordPath, uploadFile } from '../../lib/api.ts';
import { MAX_UPLOAD_MB, useStorageUsage, useUpload } from '../../lib/upload.ts';

export const reasonPhotos = (personId: string) => {
  const path = recordPath(personId, '/safety-plan/photos');
  return {
    path,
    list: (signal?: AbortSignal) =>
      api.get<{ items: { id: string }[] }>(path, signal).then((body) => body.items),
    upload: (file: File) => uploadFile<{ id: string; fileName: string }>(path, file),
    src: (id: string) => `/api${path}/${id}`,
  };
};

type Props = {
  personId: string;
  ids: string[];
  /** Of `ids`, the photos whose bytes were purged (from the plan's answer). */
  removedIds?: string[] | undefined;
  error?: string | undefined;
  onChange: (ids: string[]) => void;
};

export function ReasonPhotos(props: Props) {
  const { personId, ids, removedIds = [], error: fieldError, onChange } = props;
  const photos = reasonPhotos(personId);
  const storage = useStorageUsage(photos.path);
  const { busy, problem, status, setStatus, upload } = useUpload(
    photos.upload,
    (saved) => {
      onChange([...ids, saved.id]);
      return t('upload.photoDone');
    },
    storage.refresh,
  );

  const error = problem ?? fieldError;
  return (
    <section class="upload" aria-labelledby="photos-title">
      <h3 id="photos-title">{t('plans.safety.photos')}</h3>
      <p class="hint">{t('plans.safety.photos.hint')}</p>
      {ids.length > 0 && (
        <ul class="photos">
          {ids.map((id, index) => (
            <li key={id} class="photos__item">
              {removedIds.includes(id) ? (
                <p class="photos__removed">
                  {t('upload.removedAfterWindow', { days: UNDO_WINDOW_DAYS })}
                </p>
              ) : (
                <img
                  src={photos.src(id)}
                  alt={t('plans.safety.photos.alt', { number: index + 1 })}
                  class="photos__image"
                  loading="lazy"
                />
              )}
              <button
                type="button"
                class="button button--small button--quiet"
                onClick={() => {
                  onChange(ids.filter((other) => other !== id));
                  setStatus(t('plans.safety.photos.removed'));
                }}
              >
                {t('plans.safety.photos.remove', { number: index + 1 })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {ids.length < LIMITS.listItems && (
        <div class={error ? 'field field--error' : 'field'}>
          <label class="label" for="reasonPhotoIds">
            {t('plans.safety.photos.add')}
          </label>
          <p class="hint" id="reasonPhotoIds-hint">
            {t('upload.photoLimits', { max: MAX_UPLOAD_MB })}
            {storage.text && ` ${storage.text}`}
          </p>
          <div role="alert">
            <FieldError id="reasonPhotoIds" error={error ?? undefined} />
          </div>
          <input
            class="file-input"
            type="file"
            id="reasonPhotoIds"
            accept="image/png,image/jpeg,image/webp"
            disabled={busy}
            aria-describedby={
              error ? 'reasonPhotoIds-hint reasonPhotoIds-error' : 'reasonPhotoIds-hint'
            }
            aria-invalid={error ? true : undefined}
            onChange={(event) => upload(event.currentTarget)}
          />
        </div>
      )}
      <div role="status">{status && <p>{status}</p>}</div>
    </section>
  );
}
