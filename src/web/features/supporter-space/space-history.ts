// Earlier versions of a supporter's own space, for the shared history page (decision 0031):
// the same list, words and restore as every record, under "My space".
import '../../../domain/i18n/supporter-space.messages.ts';
import { t } from '../../../domain/i18n/translate.ts';
import type { SupporterSpace } from '../../../domain/record/supporter-space.schema.ts';
import type { HistoryView } from '../history/history.resource.ts';
import { supporterSpace } from './supporter-space.resource.ts';

export const SPACE_FIELDS = ['needs', 'coping', 'selfCarePlan'] as const;

export async function spaceHistory(accountId: string, signal: AbortSignal): Promise<HistoryView> {
  const { revisions, unreadable } = await supporterSpace.history(accountId, signal);
  return {
    name: t('space.title'),
    // Absolute: the page is nested under /my-space.
    backHref: '~/my-space',
    unreadable,
    entries: revisions.map((revision) => ({
      ...revision,
      rows: SPACE_FIELDS.map((field) => ({
        label: t(`space.${field}`),
        value: (revision.data as SupporterSpace)[field],
      })),
    })),
  };
}
