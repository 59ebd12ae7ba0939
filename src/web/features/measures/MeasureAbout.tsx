// What a questionnaire is, for the person about to fill it in: what it asks about and how long
// it takes, in plain words the server sends with it (not its clinical description), and who
// sees the answers.
import '../../../domain/i18n/measures.messages.ts';
import { t } from '../../../domain/i18n/translate.ts';
import type { MeasureSummary } from './measures.resource.ts';

export function WhoSeesAnswers() {
  return <p>{t('measuresWeb.who')}</p>;
}

export function MeasureAbout({ measure }: { measure: Pick<MeasureSummary, 'forPerson'> }) {
  const { about, time } = measure.forPerson;
  return (
    <>
      <p class="lead">{about}</p>
      {time && <p class="meta">{time}</p>}
      <WhoSeesAnswers />
    </>
  );
}
