// The journal: entries by date, newest first, and search within the person's own entries.
import '../../../domain/i18n/journal.messages.ts';
import { useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import { journalSearchSchema } from '../../../domain/journal/journal.schema.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { TextField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { Notice, useNotice } from '../../components/Notice.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { RecentlyDeletedLoaded } from '../../components/RecentlyDeleted.tsx';
import { useForm, validate } from '../../lib/form.ts';
import { useRecord } from '../record/RecordContext.tsx';
import {
  type JournalListEntry,
  journalApi,
  preview,
  type SearchResult,
  useDeletedEntries,
  useJournal,
} from './journal.resource.ts';
import { SharedJournalPage } from './SharedJournal.tsx';
import '../../styles/checkins.css';

/** The first words, or, for an entry the server cannot read, a plain line saying so. */
const shownText = (entry: JournalListEntry) =>
  entry.text === null ? t('journalWeb.unreadable') : preview(entry.text);

function EntryList({ entries }: { entries: JournalListEntry[] }) {
  return (
    <ul class="cards">
      {entries.map((entry) => (
        <li class="card" key={entry.id}>
          <h3 class="card__title">
            {/* Nothing to open or change in an entry that cannot be read: no link to it. */}
            {entry.text === null ? (
              formatDate(entry.date)
            ) : (
              <Link href={`/journal/${entry.id}`}>{formatDate(entry.date)}</Link>
            )}
          </h3>
          {entry.mood != null && (
            <p class="card__meta">{t('journalWeb.moodShown', { mood: entry.mood })}</p>
          )}
          <p class={entry.text === null ? undefined : 'own-words'}>{shownText(entry)}</p>
        </li>
      ))}
    </ul>
  );
}

/** The person's own journal; someone they shared entries with reads just those. */
export function JournalPage() {
  const record = useRecord();
  return record.canWrite('journal') ? <OwnJournal /> : <SharedJournalPage />;
}

function OwnJournal() {
  const record = useRecord();
  const journal = useJournal(record.personId);
  const deleted = useDeletedEntries(record.personId);
  const refresh = () => {
    journal.refresh();
    deleted.refresh();
  };
  const notice = useNotice(true);
  const search = useForm<{ q: string }>({ q: '' });
  const [results, setResults] = useState<(SearchResult & { q: string }) | null>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    const checked = validate(journalSearchSchema, search.values);
    if (!checked.ok) return search.showErrors(checked.errors);
    search.clearErrors();
    return search.run(async () => {
      const found = await journalApi(record.personId).search(checked.data.q);
      setResults({ ...found, q: checked.data.q });
    });
  };

  return (
    <>
      <PageHeading title={t('journalWeb.title')} />
      <p class="lead">{t('journalWeb.private')}</p>
      <Notice state={notice} onUndone={refresh} />
      <p>
        <Link href="/journal/new" class="button">
          {t('journalWeb.write')}
        </Link>
      </p>
      <section aria-labelledby="search-title">
        <h2 id="search-title">{t('journalWeb.searchTitle')}</h2>
        <ErrorSummary
          errors={search.errors}
          formError={search.formError}
          attempt={search.attempt}
        />
        <form class="form search" noValidate onSubmit={submit}>
          <TextField
            id="q"
            label={t('journalWeb.searchLabel')}
            hint={t('journalWeb.searchHint')}
            value={search.values.q}
            error={search.errors.q}
            onInput={(value) => search.set('q', value)}
          />
          <div class="button-group">
            <button type="submit" class="button button--secondary" disabled={search.busy}>
              {t('journalWeb.search')}
            </button>
            {results && (
              <button
                type="button"
                class="button button--quiet"
                onClick={() => {
                  setResults(null);
                  search.set('q', '');
                }}
              >
                {t('journalWeb.clearSearch')}
              </button>
            )}
          </div>
        </form>
        <div role="status">
          {results && (
            <p>
              {t('journalWeb.found', { count: results.items.length, q: results.q })}
              {results.unreadable > 0 &&
                ` ${t('journalWeb.unreadableNotSearched', { count: results.unreadable })}`}
              {results.olderNotSearched &&
                ` ${t('journalWeb.olderNotSearched', { count: results.searched })}`}
            </p>
          )}
        </div>
        {results && results.items.length > 0 && <EntryList entries={results.items} />}
      </section>
      <h2>{t('journalWeb.entriesTitle')}</h2>
      <Loaded resource={journal}>
        {(entries, empty) =>
          empty ? <p class="invite">{t('journalWeb.empty')}</p> : <EntryList entries={entries} />
        }
      </Loaded>
      <RecentlyDeletedLoaded
        id="deleted-entries"
        resource={deleted}
        words={{
          title: t('journalWeb.deletedTitle'),
          intro: t('journalWeb.deletedIntro'),
          name: (entry) => t('journalWeb.entryFrom', { date: formatDate(entry.date) }),
          bringBack: (entry) => t('journalWeb.undelete', { date: formatDate(entry.date) }),
          restored: (entry) => t('journalWeb.restored', { date: formatDate(entry.date) }),
        }}
        detail={shownText}
        undelete={(entry) => journalApi(record.personId).undelete(entry.id, entry.version)}
        notice={notice}
        onChanged={refresh}
      />
    </>
  );
}
