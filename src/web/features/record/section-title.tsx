// A section page's title: the owner's own words ("My goals"), or whose it is for anyone else
// ("Sam’s goals"), with the name kept in its own direction on the page (lib/own-words.tsx).
import '../../../domain/i18n/shared.messages.ts';
import { t } from '../../../domain/i18n/translate.ts';
import type { Section } from '../../../domain/record/sections.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { sentence } from '../../lib/own-words.tsx';
import type { RecordContextValue } from './RecordContext.tsx';

export function sectionTitle(record: RecordContextValue, section: Section, ownTitle: string) {
  if (record.isOwner) return ownTitle;
  return t('shared.title', { name: record.personName, section: t(`section.${section}`) });
}

type Props = { record: RecordContextValue; section: Section; ownTitle: string };

/** The section page's h1. */
export function SectionHeading({ record, section, ownTitle }: Props) {
  return (
    <PageHeading title={sectionTitle(record, section, ownTitle)}>
      {record.isOwner
        ? ownTitle
        : sentence(
            'shared.title',
            { name: record.personName },
            { section: t(`section.${section}`) },
          )}
    </PageHeading>
  );
}
