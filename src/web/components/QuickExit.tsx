import { useEffect, useState } from 'preact/hooks';
import { t } from '../../domain/i18n/translate.ts';
import { quickExit, shiftPresses } from '../lib/quick-exit.ts';

/**
 * "Exit this page", first on every page after the skip link, and Shift pressed three times
 * anywhere. Both leave for the neutral site at once (decision 0019).
 */
export function QuickExit() {
  const [hint, setHint] = useState('');
  useEffect(() => {
    // The second press is announced, not the first: a Shift before each capital letter
    // would otherwise be announced every time someone types.
    const onKey = shiftPresses(
      () => quickExit(),
      (count) => setHint(count === 2 ? t('quickExit.oneMorePress') : ''),
    );
    document.addEventListener('keydown', onKey, true);
    return () => document.removeEventListener('keydown', onKey, true);
  }, []);
  return (
    <div class="quick-exit">
      <div class="container quick-exit__inner">
        <button type="button" class="quick-exit__button" onClick={() => quickExit()}>
          {t('quickExit.button')}
        </button>
        <span class="quick-exit__hint">{t('quickExit.shiftHint')}</span>
        <span class="visually-hidden" role="status">
          {hint}
        </span>
      </div>
    </div>
  );
}
