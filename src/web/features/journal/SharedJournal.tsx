// The journal of someone who shared single entries with the signed-in account: only those
// entries, whole, to read. The journal itself stays private, so there is no search, no writing,
// no deleted entries and nothing that hints at entries not shared.
import '../../../domain/i18n/shared.messages.ts';
import '../../../domain/i18n/journal.messages.ts';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useRecord } from '../record/RecordContext.tsx';
import { sectionTitle } from '../record/section-title.ts';
import { useJournal } from './journal.resource.ts';

export function SharedJournalPage() {
  const record = useRecord();
  const journal = useJournal(record.personId);
  return (
    <>
      <PageHeading title={sectionTitle(record, 'journal', t('journalWeb.title'))} />
      <p class="lead">{t('shared.journalIntro', { name: record.personName })}</p>
      <Loaded resource={journal}>
        {(entries, empty) =>
          empty ? (
            <p>{t('shared.journalEmpty', { name: record.personName })}</p>
          ) : (
            <ul class="cards">
              {entries.map((entry) => (
                <li class="card" key={entry.id}>
                  <h2 class="card__title">{formatDate(entry.date)}</h2>
                  {entry.mood != null && (
                    <p class="card__meta">{t('journalWeb.moodShown', { mood: entry.mood })}</p>
                  )}
                  {entry.text === null ? (
                    <p>{t('journalWeb.unreadable')}</p>
                  ) : (
                    <p class="own-words">{entry.text}</p>
                  )}
                </li>
              ))}
            </ul>
          )
        }
      </Loaded>
    </>
  );
}
