// Questionnaires the person can fill in, each said in plain words: what it asks about and how
// long it takes. A licensed measure whose wording the service has not loaded yet cannot be
// filled in, so it is not shown here (it stays in the library for the service).
import '../../../domain/i18n/measures.messages.ts';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { WhoSeesAnswers } from './MeasureAbout.tsx';
import { useMeasures } from './measures.resource.ts';
import '../../styles/checkins.css';

export function MeasuresPage() {
  const measures = useMeasures();
  return (
    <>
      <PageHeading title={t('measuresWeb.title')} />
      <p class="lead">{t('measuresWeb.intro')}</p>
      <Loaded resource={measures}>
        {(items) => {
          const ready = items.filter((measure) => !measure.needsWording);
          if (ready.length === 0) return <p class="invite">{t('measuresWeb.empty')}</p>;
          return (
            <ul class="cards">
              {ready.map((measure) => {
                const { about, time } = measure.forPerson;
                return (
                  <li class="card" key={measure.id}>
                    <h2 class="card__title">
                      <Link href={`/questionnaires/${measure.id}`}>{measure.title}</Link>
                    </h2>
                    <p>{about}</p>
                    {time && <p class="card__meta">{time}</p>}
                  </li>
                );
              })}
            </ul>
          );
        }}
      </Loaded>
      <h2>{t('measuresWeb.whoTitle')}</h2>
      <WhoSeesAnswers />
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
