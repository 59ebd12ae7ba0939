// Asking once before something is deleted: the question takes focus when the panel opens,
// "Yes" sends, a refusal is said in the panel, and a 412 (changed somewhere else) goes to
// `onStale` so the page can load the newer version.
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../domain/i18n/translate.ts';
import { asApiError } from '../lib/api.ts';
import { isConflict } from '../lib/conflict.ts';

type Props = {
  question: string;
  yes: string;
  /** Does the deleting; a thrown error is shown (or, for a 412, passed to `onStale`). */
  onYes: () => Promise<void>;
  onCancel: () => void;
  onStale: () => void;
};

export function ConfirmPanel({ question, yes, onYes, onCancel, onStale }: Props) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const questionRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => questionRef.current?.focus(), []);

  const confirm = async () => {
    setBusy(true);
    setProblem(null);
    try {
      await onYes();
    } catch (error) {
      setBusy(false);
      if (isConflict(error)) onStale();
      else setProblem(asApiError(error).message);
    }
  };

  return (
    <div class="panel panel--confirm">
      <p ref={questionRef} tabIndex={-1} class="panel__question">
        {question}
      </p>
      {problem && (
        <p role="alert" class="field-error">
          {problem}
        </p>
      )}
      <div class="button-group">
        <button type="button" class="button" disabled={busy} onClick={confirm}>
          {yes}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel}>
          {t('record.cancel')}
        </button>
      </div>
    </div>
  );
}
