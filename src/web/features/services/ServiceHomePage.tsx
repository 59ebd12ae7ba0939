// A service admin's home (decision 0038): the service they run, with the way to its teams and
// staff (issue 14). They see no person's record.
import '../../../domain/i18n/outcome-reports.messages.ts';
import '../../../domain/i18n/services.messages.ts';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { sentence } from '../../lib/own-words.tsx';
import { useResource } from '../../lib/resource.ts';
import { myService } from './services.resource.ts';

export function ServiceHomePage() {
  const notice = useNotice(true);
  const service = useResource((signal) => myService(signal), []);
  const { state } = service;
  return (
    <>
      <PageHeading title={t('service.title')} />
      <Notice state={notice} />
      {state.status === 'loading' && (
        <p class="loading" role="status">
          {t('app.loading')}
        </p>
      )}
      {state.status === 'error' &&
        (state.error.status === 404 ? (
          <p>{t('service.missing')}</p>
        ) : (
          <div role="alert">
            <p class="problem">{t('app.loadFailed')}</p>
            <button type="button" class="button button--secondary" onClick={service.retry}>
              {t('app.tryAgain')}
            </button>
          </div>
        ))}
      {(state.status === 'ready' || state.status === 'empty') && (
        <>
          <p class="lead">{sentence('service.youRun', { name: state.data.name })}</p>
          <p>{t('service.noRecords')}</p>
          <p>{t('service.next')}</p>
          <ul class="links">
            <li>
              <Link href="/service/teams">{t('service.teams')}</Link>
            </li>
            <li>
              <Link href="/service/staff">{t('service.staff')}</Link>
            </li>
            <li>
              <Link href="/service/measures">{t('service.measures')}</Link>
            </li>
            <li>
              <Link href="/service/my-care">{t('service.myCare')}</Link>
            </li>
            <li>
              <Link href="/outcomes">{t('outcomeReport.link')}</Link>
            </li>
          </ul>
        </>
      )}
    </>
  );
}
