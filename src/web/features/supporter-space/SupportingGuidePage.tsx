// A short guide, in our own words, to supporting someone's recovery.
import '../../../domain/i18n/supporter-space.messages.ts';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { PageHeading } from '../../components/PageHeading.tsx';

const PARTS = ['recovery', 'helping', 'yourself', 'crisis'] as const;

export function SupportingGuidePage() {
  return (
    <>
      <PageHeading title={t('guide.title')} />
      <p class="lead">{t('guide.intro')}</p>
      {PARTS.map((part) => (
        <section key={part} aria-labelledby={`guide-${part}`}>
          <h2 id={`guide-${part}`}>{t(`guide.${part}.title`)}</h2>
          <p>{t(`guide.${part}.body`)}</p>
        </section>
      ))}
      <p>
        <Link href="/">{t('guide.back')}</Link>
      </p>
    </>
  );
}
