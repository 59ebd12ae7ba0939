import type { ComponentChildren } from 'preact';
import { t } from '../../domain/i18n/translate.ts';
import { LanguagePicker } from './LanguagePicker.tsx';
import { QuickExit } from './QuickExit.tsx';

/** For pages opened without signing in (an emergency link): no navigation into any record. */
export function PublicLayout({ children }: { children: ComponentChildren }) {
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <QuickExit />
      <header class="header">
        <div class="container header__inner">
          <p class="header__name header__name--plain">{t('app.name')}</p>
        </div>
      </header>
      <main id="main" class="container main" tabIndex={-1}>
        {children}
      </main>
      <footer class="container footer">
        <LanguagePicker signedIn={false} />
      </footer>
    </>
  );
}
