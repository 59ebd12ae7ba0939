// "See what Jo sees": the person's own record pages as one of the people they share with sees
// them. The sections come from the server's preview (the same decide() as Jo's requests), and
// while this frame is on screen the person's reads carry that relationship, so the server
// withholds rows exactly as for Jo. Read-only, under a banner that says whose view it is.
import '../../../domain/i18n/sharing.messages.ts';
import type { ComponentChildren } from 'preact';
import { useEffect, useMemo } from 'preact/hooks';
import { Link } from 'wouter-preact';
import { formatList, t } from '../../../domain/i18n/translate.ts';
import type { SharingPreview } from '../../../domain/sharing/grants.schema.ts';
import { Loaded } from '../../components/Loaded.tsx';
import { previewRecordAs } from '../../lib/api.ts';
import {
  type RecordContextValue,
  RecordProvider,
  readOnlyRecord,
  useRecord,
} from '../record/RecordContext.tsx';
import { sectionName, shownSections } from './SharedRecord.tsx';
import { SHARED_SECTION_PAGES } from './section-pages.ts';
import { usePreview } from './sharing-settings.resource.ts';

/** The record as the previewed person gets it: the owner's record, their sections, no writes. */
export function previewRecord(
  own: { personId: string; personName: string },
  preview: SharingPreview,
): RecordContextValue {
  return readOnlyRecord(own, preview.read);
}

function PreviewBanner({ preview }: { preview: SharingPreview }) {
  const sections = shownSections(preview.read);
  const name = preview.knownAs;
  return (
    <div class="panel shared-banner" role="note">
      <p>
        <strong>{t('preview.banner', { name })}</strong>
      </p>
      {preview.paused ? (
        <p>{t('preview.paused', { name })}</p>
      ) : preview.read.length === 0 ? (
        <p>{t('preview.nothing', { name })}</p>
      ) : (
        <p>
          {t('preview.sections', { name, sections: formatList(preview.read.map(sectionName)) })}
        </p>
      )}
      {preview.sharedJournalEntries > 0 && (
        <p>{t('preview.entries', { count: preview.sharedJournalEntries })}</p>
      )}
      <h2>{t('preview.withheldHeading')}</h2>
      <ul>
        {preview.withheld.map((rule) => (
          <li key={rule.rule}>{rule.words}</li>
        ))}
      </ul>
      <nav aria-label={t('preview.title', { name })}>
        <ul class="links">
          {sections.map((section) => (
            <li key={section}>
              <Link href={SHARED_SECTION_PAGES[section] ?? '/'}>{sectionName(section)}</Link>
            </li>
          ))}
          <li>
            <Link href="~/sharing">{t('preview.back')}</Link>
          </li>
        </ul>
      </nav>
    </div>
  );
}

/** Reads under this frame carry the relationship; leaving the preview stops that at once. */
function AsThem({
  relationshipId,
  children,
}: {
  relationshipId: string;
  children: ComponentChildren;
}) {
  // Set during render, before any page below starts loading; undone when the frame goes.
  previewRecordAs(relationshipId);
  useEffect(() => () => previewRecordAs(null), []);
  return <>{children}</>;
}

export function SharingPreviewFrame({
  relationshipId,
  children,
}: {
  relationshipId: string;
  children: ComponentChildren;
}) {
  const own = useRecord();
  const preview = usePreview(own.personId, relationshipId);
  return (
    <Loaded resource={preview}>
      {(data) => (
        <PreviewRecord own={own} preview={data}>
          <PreviewBanner preview={data} />
          <AsThem relationshipId={relationshipId}>{children}</AsThem>
        </PreviewRecord>
      )}
    </Loaded>
  );
}

function PreviewRecord({
  own,
  preview,
  children,
}: {
  own: RecordContextValue;
  preview: SharingPreview;
  children: ComponentChildren;
}) {
  const value = useMemo(() => previewRecord(own, preview), [own, preview]);
  return <RecordProvider value={value}>{children}</RecordProvider>;
}
