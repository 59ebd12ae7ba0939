import { useState } from 'preact/hooks';
import '../../domain/i18n/drafts.messages.ts';
import { formatTime, t } from '../../domain/i18n/translate.ts';
import type { Draft } from '../lib/draft-store.ts';

type Props = {
  /** The draft the form opened with (`form.restored`), or null. */
  restored: Draft<unknown> | null;
  /** Throws the draft away (`form.discard`, or the editor's, which also resets the version). */
  onDiscard: () => void;
  /** The journal: its drafts are never written to the device. */
  inMemory?: boolean;
};

/**
 * Says that words typed earlier and not saved were put back in the form, with a way to throw
 * them away. A status region that stays on the page, so "thrown away" is announced.
 */
export function DraftNotice({ restored, onDiscard, inMemory = false }: Props) {
  const [discarded, setDiscarded] = useState(false);
  return (
    <div role="status" class={restored || discarded ? 'notice' : 'notice notice--empty'}>
      {restored ? (
        <>
          <p class="notice__text">
            {inMemory
              ? t('drafts.restoredInMemory')
              : t('drafts.restored', { when: formatTime(restored.at) })}
          </p>
          <button
            type="button"
            class="button button--secondary"
            onClick={() => {
              onDiscard();
              setDiscarded(true);
            }}
          >
            {t('drafts.discard')}
          </button>
        </>
      ) : (
        discarded && <p class="notice__text">{t('drafts.discarded')}</p>
      )}
    </div>
  );
}
