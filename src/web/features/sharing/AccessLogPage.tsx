// "Who has seen my record": the person's own access log in plain words, newest first, with
// filters by person and part of the record that live in the URL (a GET form), a spreadsheet
// download of the same entries, and whether the log is complete and unchanged.
import '../../../domain/i18n/access-log.messages.ts';
import { useState } from 'preact/hooks';
import { Link, useLocation, useSearch } from 'wouter-preact';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import { SECTIONS } from '../../../domain/record/sections.ts';
import type { AccessLogPage as LogPage } from '../../../domain/sharing/access-log.schema.ts';
import { entrySentence, roleWord, sectionWord } from '../../../domain/sharing/access-log-words.ts';
import { SelectField } from '../../components/fields.tsx';
import { Loaded } from '../../components/Loaded.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useRecord } from '../record/RecordContext.tsx';
import {
  type AccessLogQuery,
  accessLogCsvHref,
  accessLogSearch,
  useAccessLog,
  useAccessLogCheck,
} from './access-log.resource.ts';

export const ACCESS_LOG_PATH = '/sharing/activity';

function ChainCheck({ personId }: { personId: string }) {
  const check = useAccessLogCheck(personId);
  const { state } = check;
  if (state.status === 'loading') return null;
  if (state.status === 'error') return <p class="hint">{t('accessLog.chainUnknown')}</p>;
  return state.data.ok ? (
    <p class="hint">{t('accessLog.chainOk')}</p>
  ) : (
    <div class="problem" role="alert">
      <p>{t('accessLog.chainBroken', { seq: state.data.brokenAt })}</p>
    </div>
  );
}

function Filters({ query, page }: { query: AccessLogQuery; page: LogPage | undefined }) {
  const [, navigate] = useLocation();
  const [person, setPerson] = useState(query.person);
  const [section, setSection] = useState(query.section);
  const people = page?.people ?? [];
  const personOptions = [
    { value: '', label: t('accessLog.anyone') },
    ...people.map((p) => ({
      value: p.relationshipId,
      label: p.name
        ? t('accessLog.who.someone', { name: p.name, role: roleWord(p.role) })
        : roleWord(p.role),
    })),
  ];
  // A person filtered on who has no entry any more is still offered, so the URL stays true.
  if (query.person && !people.some((p) => p.relationshipId === query.person))
    personOptions.push({ value: query.person, label: t('accessLog.someoneElse') });
  const sectionOptions = [
    { value: '', label: t('accessLog.anySection') },
    ...SECTIONS.map((s) => ({ value: s, label: sectionWord(s) })),
  ];
  return (
    <form
      method="get"
      action={ACCESS_LOG_PATH}
      class="filters"
      aria-label={t('accessLog.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        navigate(`${ACCESS_LOG_PATH}${accessLogSearch({ person, section })}`);
      }}
    >
      <SelectField
        id="person"
        label={t('accessLog.filterPerson')}
        value={person}
        options={personOptions}
        onChange={setPerson}
      />
      <SelectField
        id="section"
        label={t('accessLog.filterSection')}
        value={section}
        options={sectionOptions}
        onChange={setSection}
      />
      <button type="submit" class="button button--secondary">
        {t('accessLog.apply')}
      </button>
      {(query.person || query.section) && (
        <p>
          <Link href={ACCESS_LOG_PATH}>{t('accessLog.clear')}</Link>
        </p>
      )}
    </form>
  );
}

export function AccessLogPage() {
  const { personId } = useRecord();
  const params = new URLSearchParams(useSearch());
  const query: AccessLogQuery = {
    person: params.get('person') ?? '',
    section: params.get('section') ?? '',
    before: params.get('before') ?? '',
  };
  const log = useAccessLog(personId, query);
  const page =
    log.state.status === 'ready' || log.state.status === 'empty' ? log.state.data : undefined;
  const filtered = Boolean(query.person || query.section);
  return (
    <>
      <PageHeading title={t('accessLog.title')} />
      <p class="lead">{t('accessLog.intro')}</p>
      <ChainCheck personId={personId} />
      <Filters key={`${query.person}|${query.section}`} query={query} page={page} />
      <p>
        <a href={accessLogCsvHref(personId, query)} download>
          {t('accessLog.download')}
        </a>
      </p>
      <Loaded resource={log}>
        {(data, empty) =>
          empty ? (
            <p class="invite">{t(filtered ? 'accessLog.emptyFiltered' : 'accessLog.empty')}</p>
          ) : (
            <>
              <ol class="access-log">
                {data.items.map((entry) => (
                  <li key={entry.seq}>
                    {t('accessLog.at', {
                      sentence: entrySentence(entry, data.people),
                      when: formatDateTime(entry.at),
                    })}
                  </li>
                ))}
              </ol>
              {data.nextBefore !== null && (
                <p>
                  <Link
                    href={`${ACCESS_LOG_PATH}${accessLogSearch({ ...query, before: String(data.nextBefore) })}`}
                  >
                    {t('accessLog.older')}
                  </Link>
                </p>
              )}
            </>
          )
        }
      </Loaded>
    </>
  );
}
