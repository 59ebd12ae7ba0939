// Settings › Download my record (/settings/download, issue 15): the whole record as a FHIR file
// for other apps, and a readable copy to print. Only a person has a record to download; the
// server answers anyone else with the 404 (the owner rule).
import '../../../domain/i18n/record-export.messages.ts';
import { Link } from 'wouter-preact';
import { t } from '../../../domain/i18n/translate.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { useAccount } from '../../lib/session.tsx';
import { useRecord } from '../record/RecordContext.tsx';
import { exportFileUrl } from './record-export.resource.ts';

function Choices() {
  const { personId } = useRecord();
  return (
    <>
      <section aria-labelledby="file-title">
        <h2 id="file-title">{t('download.file.title')}</h2>
        <p>{t('download.file.body')}</p>
        <p>
          {/* The server names the file and says to save it (Content-Disposition). */}
          <a class="button" href={exportFileUrl(personId)} download>
            {t('download.file.button')}
          </a>
        </p>
      </section>
      <section aria-labelledby="readable-title">
        <h2 id="readable-title">{t('download.readable.title')}</h2>
        <p>{t('download.readable.body')}</p>
        <p>
          <Link href="/my-record/print">{t('download.readable.link')}</Link>
        </p>
      </section>
    </>
  );
}

export function DownloadRecordPage() {
  const { role } = useAccount();
  return (
    <>
      <PageHeading title={t('download.title')} />
      <p class="lead">{t('download.intro')}</p>
      {role === 'person' ? <Choices /> : <p>{t('download.noRecord')}</p>}
    </>
  );
}
