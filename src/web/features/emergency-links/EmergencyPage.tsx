// What someone holding an emergency link sees: no sign-in and no way into the record, just
// the crisis lines, whose plan it is, when it was last updated, and the plan, read-only.
import '../../../domain/i18n/device-emergency.messages.ts';
import { useEffect } from 'preact/hooks';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import { CrisisLines } from '../../components/CrisisLines.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { sentence } from '../../lib/own-words.tsx';
import { useResource } from '../../lib/resource.ts';
import { CrisisPlanView } from '../crisis-plan/CrisisPlanView.tsx';
import { openSharedPlan } from './emergency-links.resource.ts';

/** Asks search engines not to keep the page, for as long as it is open. */
function useNoIndex() {
  useEffect(() => {
    const meta = document.createElement('meta');
    meta.name = 'robots';
    meta.content = 'noindex, nofollow';
    document.head.append(meta);
    return () => meta.remove();
  }, []);
}

export function EmergencyPage({ token }: { token: string }) {
  useNoIndex();
  const shared = useResource((signal) => openSharedPlan(token, signal), [token]);
  const { state } = shared;

  if (state.status === 'loading') {
    return (
      <>
        <CrisisLines />
        <p class="loading" role="status">
          {t('app.loading')}
        </p>
      </>
    );
  }
  if (state.status === 'error') {
    const gone = state.error.status === 404;
    return (
      <>
        <PageHeading title={gone ? t('emergency.gone.title') : t('emergency.failed.title')} />
        <p>{gone ? t('emergency.gone.body') : t('app.loadFailed')}</p>
        {!gone && (
          <button type="button" class="button button--secondary" onClick={shared.retry}>
            {t('app.tryAgain')}
          </button>
        )}
        <CrisisLines />
      </>
    );
  }
  const { displayName, updatedAt, expiresAt, plan, contacts } = state.data;
  return (
    <>
      <PageHeading title={t('emergency.title', { name: displayName })}>
        {sentence('emergency.title', { name: displayName })}
      </PageHeading>
      <p class="lead">{sentence('emergency.intro', { name: displayName })}</p>
      <p class="meta">
        {updatedAt
          ? t('emergency.updated', { when: formatDateTime(updatedAt) })
          : t('emergency.notWritten')}{' '}
        {t('emergency.until', { when: formatDateTime(expiresAt) })}
      </p>
      <CrisisLines />
      <CrisisPlanView plan={plan} contacts={contacts} ownerName={displayName} />
    </>
  );
}
