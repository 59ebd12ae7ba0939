// A section page's title: the owner's own words ("My goals"), or whose it is for anyone else
// ("Sam’s goals").
import '../../../domain/i18n/shared.messages.ts';
import { t } from '../../../domain/i18n/translate.ts';
import type { Section } from '../../../domain/record/sections.ts';
import type { RecordContextValue } from './RecordContext.tsx';

export function sectionTitle(record: RecordContextValue, section: Section, ownTitle: string) {
  if (record.isOwner) return ownTitle;
  return t('shared.title', { name: record.personName, section: t(`section.${section}`) });
}
