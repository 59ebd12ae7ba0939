import { t } from '../../../domain/i18n/translate.ts';

/** Plain advice for someone whose device may be seen by someone else (decision 0019). */
export function UsingWaymarkSafely() {
  return (
    <section aria-labelledby="using-safely">
      <h2 id="using-safely">{t('safety.title')}</h2>
      <p>{t('safety.quickExit')}</p>
      <p>{t('safety.back')}</p>
      <p>{t('safety.private')}</p>
      <p>{t('safety.history')}</p>
    </section>
  );
}
