// The views beside one life-area rating set (decision 0030): for each area rated, the person's
// own score first, then the views of people with suggest access on check-ins, and the
// person's replies. Loaded as its own part of "How I'm doing".
import type { LifeAreaRatingSet } from '../../../domain/checkins/checkins.schema.ts';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import type { Item } from '../../lib/types.ts';
import { ViewsBeside } from './ViewsBeside.tsx';

type Props = {
  set: Item<LifeAreaRatingSet>;
  lifeAreas: readonly { id: string; name: string }[];
};

export function RatingBeside({ set, lifeAreas }: Props) {
  const nameOf = (id: string) => lifeAreas.find((area) => area.id === id)?.name ?? '';
  return (
    <ViewsBeside
      path={`/life-area-ratings/${set.id}/views`}
      wholeTitle={t('views.ratingsOn', { date: formatDate(set.data.date) })}
      parts={set.data.ratings.map((rating) => ({
        key: rating.lifeAreaId,
        title: nameOf(rating.lifeAreaId),
        words: [t('views.rated', { score: rating.score })],
      }))}
    />
  );
}
