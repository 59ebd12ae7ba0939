// What a questionnaire is, for the person about to fill it in: what it asks about and how long
// it takes, in plain words (not the measure's clinical description), and who sees the answers.
import '../../../domain/i18n/measures-about.messages.ts';
import { hasMessage, t } from '../../../domain/i18n/translate.ts';
import type { MeasureSummary } from './measures.resource.ts';

/** Our own words for a measure we ship; for one a service added, its own description. */
export function aboutMeasure(measure: Pick<MeasureSummary, 'id' | 'description'>) {
  const about = `measureAbout.${measure.id}`;
  const time = `${about}.time`;
  return {
    about: hasMessage(about) ? t(about) : (measure.description ?? t('measureAbout.imported')),
    time: hasMessage(time) ? t(time) : null,
  };
}

export function WhoSeesAnswers() {
  return <p>{t('measureAbout.who')}</p>;
}

export function MeasureAbout({ measure }: { measure: Pick<MeasureSummary, 'id' | 'description'> }) {
  const { about, time } = aboutMeasure(measure);
  return (
    <>
      <p class="lead">{about}</p>
      {time && <p class="meta">{time}</p>}
      <WhoSeesAnswers />
    </>
  );
}
