// Questionnaires the person can fill in. A licensed measure whose wording the service has not
// loaded yet is listed with that said plainly, and cannot be opened.
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useMeasures } from './measures.resource.ts';
import '../../styles/checkins.css';

export function MeasuresPage() {
  const measures = useMeasures();
  return (
    <>
      <PageHeading title={t('measuresWeb.title')} />
      <p class="lead">{t('measuresWeb.intro')}</p>
      <Loaded resource={measures}>
        {(items, empty) =>
          empty ? (
            <p class="invite">{t('measuresWeb.empty')}</p>
          ) : (
            <ul class="cards">
              {items.map((measure) => (
                <li class="card" key={measure.id}>
                  <h2 class="card__title">
                    {measure.needsWording ? (
                      measure.title
                    ) : (
                      <Link href={`/questionnaires/${measure.id}`}>{measure.title}</Link>
                    )}
                  </h2>
                  {measure.needsWording ? (
                    <p class="card__meta">{t('measures.needsWording')}</p>
                  ) : (
                    measure.description && <p>{measure.description}</p>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
      <ul class="links">
        <li>
          <Link href="/rate-my-goals">{t('measuresWeb.rateGoals')}</Link>
        </li>
        <li>
          <Link href="/how-i-am-doing">{t('measuresWeb.seeCharts')}</Link>
        </li>
      </ul>
    </>
  );
}
