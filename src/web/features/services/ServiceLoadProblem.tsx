// What a service admin's page shows when its data cannot load: for anyone who runs no service
// (the 404), that there is no service to show; otherwise a way to try again.
import '../../../domain/i18n/services.messages.ts';
import { t } from '../../../domain/i18n/translate.ts';

export function ServiceLoadProblem({ status, retry }: { status: number; retry: () => void }) {
  if (status === 404) return <p>{t('service.missing')}</p>;
  return (
    <div role="alert">
      <p class="problem">{t('app.loadFailed')}</p>
      <button type="button" class="button button--secondary" onClick={retry}>
        {t('app.tryAgain')}
      </button>
    </div>
  );
}
