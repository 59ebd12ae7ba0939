// Who wrote the version of a plan shown and who agreed it, and when, on screen and on paper
// (decision 0029). Its own small module with its two sentences, so every plan page, the crisis
// plan page included (kept for offline use), shows and prints it for almost nothing.
import '../../../domain/i18n/history.messages.ts';
import '../../../domain/i18n/agreed-line.messages.ts';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import type { Agreement } from '../../../domain/record/record.schema.ts';
import { useRecord } from '../record/RecordContext.tsx';

/** "Written by Jo, agreed by you on 3 December 2026": the person's own words say "you". */
export function AgreedLine({ agreed }: { agreed?: Agreement | null | undefined }) {
  const record = useRecord();
  if (!agreed) return null;
  const you = t('history.you');
  const author = agreed.byOwner && record.isOwner ? you : agreed.authorName;
  if (agreed.byOwner || agreed.agreedByName === null || agreed.agreedAt === null) {
    return <p class="meta agreed-line">{t('history.byName', { author })}</p>;
  }
  const agreedBy = record.isOwner ? you : agreed.agreedByName;
  return (
    <p class="meta agreed-line">
      {t('agreed.line', { author, agreedBy, when: formatDate(agreed.agreedAt) })}
    </p>
  );
}
