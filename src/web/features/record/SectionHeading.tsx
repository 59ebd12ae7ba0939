// A section page's h1: the owner's own title ("My goals"), or whose it is for anyone else
// ("Sam’s goals") with the name kept in its own direction (lib/own-words.tsx).
import { t } from '../../../domain/i18n/translate.ts';
import type { Section } from '../../../domain/record/sections.ts';
import { PageHeading } from '../../components/PageHeading.tsx';
import { sentence } from '../../lib/own-words.tsx';
import type { RecordContextValue } from './RecordContext.tsx';
import { sectionTitle } from './section-title.ts';

type Props = { record: RecordContextValue; section: Section; ownTitle: string };

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
