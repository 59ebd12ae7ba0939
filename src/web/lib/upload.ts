// Sending one chosen file: too large is said before sending (to save the person's data; the
// server would refuse it anyway), then "Sending…", then the done message or the server's answer.
import '../../domain/i18n/plans-web.messages.ts';
import { useState } from 'preact/hooks';
import { MAX_UPLOAD_BYTES } from '../../domain/attachments/file-type.ts';
import { megabytesDown, megabytesUp } from '../../domain/attachments/megabytes.ts';
import type { StorageUsage } from '../../domain/attachments/storage.ts';
import { t } from '../../domain/i18n/translate.ts';
import { api, asApiError } from './api.ts';
import { dataOf, useResource } from './resource.ts';

export const MAX_UPLOAD_MB = MAX_UPLOAD_BYTES / 1024 / 1024;

/**
 * "You are using 3.2 MB of your 50 MB": the person's whole storage, asked from the files'
 * address (`path`, e.g. the safety plan's photos). Nothing is said while it loads or if it
 * cannot be read; the upload still works and a refusal says how much is left.
 */
export function useStorageUsage(path: string) {
  const usage = useResource((signal) => api.get<StorageUsage>(`${path}/storage`, signal), [path]);
  const data = dataOf(usage.state);
  const text = data
    ? t('upload.storageUsed', {
        used: megabytesUp(data.usedBytes),
        quota: megabytesDown(data.quotaBytes),
      })
    : null;
  return { text, refresh: usage.refresh };
}

/**
 * `send` uploads the file; `done` takes what was saved and returns the status to show;
 * `sent` hears that a file went to the server, whatever the answer (to update the space used).
 * The file input is emptied afterwards, so choosing the same file again sends it again.
 */
export function useUpload<T>(
  send: (file: File) => Promise<T>,
  done: (saved: T) => string,
  sent: () => void = () => {},
) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const upload = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    if (!file) return;
    setProblem(null);
    setStatus(null);
    if (file.size > MAX_UPLOAD_BYTES) {
      setProblem(t('error.WM_UPLOAD_TOO_LARGE', { max: MAX_UPLOAD_MB }));
      input.value = '';
      return;
    }
    setBusy(true);
    setStatus(t('upload.sending', { name: file.name }));
    try {
      setStatus(done(await send(file)));
    } catch (error) {
      setStatus(null);
      setProblem(asApiError(error).message);
    } finally {
      setBusy(false);
      input.value = '';
      sent();
    }
  };

  return { busy, problem, status, setStatus, upload };
}
