import { Link } from 'wouter-preact';
import { t } from '../../domain/i18n/translate.ts';
import { PageHeading } from './PageHeading.tsx';

export function NotFoundPage() {
  return (
    <>
      <PageHeading title={t('app.notFound.title')} />
      <p>{t('app.notFound.body')}</p>
      <p>
        <Link href="/">{t('app.backHome')}</Link>
      </p>
    </>
  );
}
