import { useEffect, useState } from 'preact/hooks';
import { t } from '../../domain/i18n/translate.ts';
import { asApiError } from '../lib/api.ts';
import { type Flash, takeFlash } from '../lib/flash.ts';

export type NoticeState = {
  notice: Flash | null;
  show(notice: Flash | null): void;
};

/** A status message for the page; with `fromFlash`, it picks up one left by the previous page. */
export function useNotice(fromFlash = false): NoticeState {
  const [notice, setNotice] = useState<Flash | null>(null);
  useEffect(() => {
    // Filled in after the first render, so the live region exists before its text arrives.
    if (fromFlash) setNotice(takeFlash());
  }, [fromFlash]);
  return { notice, show: setNotice };
}

/**
 * A role="status" region that is always on the page, so screen readers announce what appears
 * in it: "Saved at 14:02", "Goal deleted." with an Undo button, and so on.
 */
export function Notice({ state, onUndone }: { state: NoticeState; onUndone?: () => void }) {
  const { notice, show } = state;
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const undo = async () => {
    if (!notice?.undo) return;
    setBusy(true);
    setFailure(null);
    try {
      show({ message: await notice.undo() });
      onUndone?.();
    } catch (error) {
      setFailure(asApiError(error).message);
    } finally {
      setBusy(false);
    }
  };

  const problem = notice?.problem ? notice.message : failure;
  const status = notice && !notice.problem ? notice : null;
  return (
    <>
      <div role="status" class={status ? 'notice' : 'notice notice--empty'}>
        {status && (
          <>
            <p class="notice__text">{status.message}</p>
            {status.undo && (
              <button type="button" class="button button--secondary" disabled={busy} onClick={undo}>
                {status.undoLabel ?? t('record.undo')}
              </button>
            )}
          </>
        )}
      </div>
      {problem && (
        <p role="alert" class="problem">
          {problem}
        </p>
      )}
    </>
  );
}
