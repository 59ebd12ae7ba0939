// Recently deleted check-ins on "How I'm doing", below the check-in charts: there is no list of
// check-ins elsewhere, so this is where a deleted one can be found and brought back.
import '../../../domain/i18n/progress.messages.ts';
import { formatDateTime, t } from '../../../domain/i18n/translate.ts';
import type { NoticeState } from '../../components/Notice.tsx';
import { RecentlyDeletedLoaded } from '../../components/RecentlyDeleted.tsx';
import type { Resource } from '../../lib/resource.ts';
import { type Checkin, checkinApi, scaleLabel } from '../checkins/checkins.resource.ts';
import { useRecord } from '../record/RecordContext.tsx';

type Props = { resource: Resource<Checkin[]>; notice: NoticeState; onChanged: () => void };

/** "Mood: 4, Hope: 5", so the person can tell their check-ins apart. */
const scoresOf = (checkin: Checkin) =>
  Object.entries(checkin.scores)
    .map(([scale, value]) => t('progress.scoreLine', { name: scaleLabel(scale), value }))
    .join(', ');

export function DeletedCheckins({ resource, notice, onChanged }: Props) {
  const record = useRecord();
  const when = (checkin: Checkin) => formatDateTime(checkin.takenAt);
  return (
    <RecentlyDeletedLoaded
      id="deleted-checkins"
      resource={resource}
      words={{
        title: t('progress.deletedTitle'),
        intro: t('progress.deletedIntro'),
        name: (checkin) => t('progress.checkinFrom', { when: when(checkin) }),
        bringBack: (checkin) => t('progress.undeleteCheckin', { when: when(checkin) }),
        restored: (checkin) => t('progress.checkinRestored', { when: when(checkin) }),
      }}
      detail={scoresOf}
      undelete={(checkin) => checkinApi(record.personId).undelete(checkin.id, checkin.version)}
      notice={notice}
      onChanged={onChanged}
    />
  );
}
