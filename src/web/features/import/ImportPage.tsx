// Settings › Bring my record from another Waymark (/settings/import, decision 0048). The person
// chooses the file "Download my record" gave them elsewhere; the server brings it into their
// record here while it is still empty. Afterwards the page says what came in and who could see
// the record there: those people were not brought over, and the person may invite them again.
import '../../../domain/i18n/fhir.messages.ts';
import { useRef, useState } from 'preact/hooks';
import { Link } from 'wouter-preact';
import type { ImportResult } from '../../../domain/fhir/import-result.schema.ts';
import { formatList, type MessageKey, t } from '../../../domain/i18n/translate.ts';
import { ErrorSummary } from '../../components/ErrorSummary.tsx';
import { PageHeading } from '../../components/PageHeading.tsx';
import { asApiError } from '../../lib/api.ts';
import { useRecord } from '../record/RecordContext.tsx';
import { IMPORT_MAX_MB, importRecord, readRecordFile } from './import.resource.ts';

const FIELD = 'record-file';

function Brought({ brought }: { brought: ImportResult['brought'] }) {
  const lines: string[] = [];
  if (brought.aboutMe) lines.push(t('import.brought.aboutMe'));
  const counted: [keyof ImportResult['brought'], MessageKey][] = [
    ['lifeAreas', 'import.brought.lifeAreas'],
    ['plans', 'import.brought.plans'],
    ['supportContacts', 'import.brought.supportContacts'],
    ['checkins', 'import.brought.checkins'],
    ['lifeAreaRatings', 'import.brought.lifeAreaRatings'],
    ['measureResponses', 'import.brought.measureResponses'],
    ['journalEntries', 'import.brought.journalEntries'],
    ['files', 'import.brought.files'],
    ['reviews', 'import.brought.reviews'],
  ];
  if (brought.goals > 0)
    lines.push(t('import.brought.goals', { count: brought.goals, notes: brought.goalNotes }));
  for (const [part, key] of counted) {
    const count = brought[part] as number;
    if (count > 0) lines.push(t(key, { count }));
  }
  return (
    <>
      <p>{t('import.broughtIntro')}</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </>
  );
}

function SharedThere({ people }: { people: ImportResult['sharedThere'] }) {
  return (
    <section aria-labelledby="shared-there-title">
      <h2 id="shared-there-title">{t('import.sharedTitle')}</h2>
      {people.length === 0 ? (
        <p>{t('import.sharedNone')}</p>
      ) : (
        <>
          <p>{t('import.sharedIntro')}</p>
          <ul>
            {people.map((person, index) => {
              const sections = formatList(
                person.sections.map((s) => t(`section.${s.section}` as MessageKey)),
              );
              return (
                <li key={index}>
                  {person.team
                    ? t('import.sharedTeam', {
                        team: person.team.name,
                        service: person.team.service,
                        sections,
                      })
                    : t('import.sharedPerson', {
                        name: person.knownAs,
                        role: t(`supporting.role.${person.role}` as MessageKey),
                        sections,
                      })}
                  {person.journalEntries > 0 &&
                    ` ${t('import.sharedJournal', { name: person.knownAs, count: person.journalEntries })}`}
                </li>
              );
            })}
          </ul>
          {people.some((person) => person.team) && <p>{t('import.sharedTeamAgain')}</p>}
          <p>
            <Link href="/sharing">{t('import.toSharing')}</Link>
          </p>
        </>
      )}
    </section>
  );
}

export function ImportPage() {
  const record = useRecord();
  const input = useRef<HTMLInputElement>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<ImportResult | null>(null);

  const refuse = (words: string) => {
    setProblem(words);
    setAttempt((n) => n + 1);
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    const file = input.current?.files?.[0];
    if (!file) return refuse(t('import.noFile'));
    const read = await readRecordFile(file);
    if (!read.ok) return refuse(read.problem);
    setBusy(true);
    try {
      setResult(await importRecord(record.personId, read.json));
      setProblem(null);
    } catch (error) {
      refuse(asApiError(error).message);
    } finally {
      setBusy(false);
    }
  };

  if (result)
    return (
      <>
        <PageHeading title={t('import.doneTitle')} />
        <Brought brought={result.brought} />
        <SharedThere people={result.sharedThere} />
        <p>
          <Link href="/">{t('import.toRecord')}</Link>
        </p>
      </>
    );

  const errors: Record<string, string> = problem ? { [FIELD]: problem } : {};
  return (
    <>
      <PageHeading title={t('import.title')} hasErrors={problem !== null} />
      <ErrorSummary errors={errors} attempt={attempt} />
      <p class="lead">{t('import.intro')}</p>
      <p>{t('import.onlyEmpty')}</p>
      <form class="form" noValidate onSubmit={submit}>
        <div class={problem ? 'field field--error' : 'field'}>
          <label class="label" for={FIELD}>
            {t('import.fileLabel')}
          </label>
          <p class="hint" id={`${FIELD}-hint`}>
            {t('import.fileHint', { max: IMPORT_MAX_MB })}
          </p>
          {problem && (
            <p class="field-error" id={`${FIELD}-error`}>
              {problem}
            </p>
          )}
          <input
            ref={input}
            class="file-input"
            type="file"
            id={FIELD}
            accept="application/json,application/fhir+json,.json"
            disabled={busy}
            aria-describedby={problem ? `${FIELD}-hint ${FIELD}-error` : `${FIELD}-hint`}
            aria-invalid={problem ? true : undefined}
            onChange={() => setProblem(null)}
          />
        </div>
        {busy && <p role="status">{t('import.working')}</p>}
        <div class="button-group">
          <button type="submit" class="button" disabled={busy}>
            {t('import.submit')}
          </button>
          <Link href="/settings" class="button button--secondary">
            {t('import.back')}
          </Link>
        </div>
      </form>
    </>
  );
}
