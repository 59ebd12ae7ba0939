// The person's life areas: the parts of life their goals belong to.
import type { LifeArea } from '../../../domain/record/record.schema.ts';
import { recordPath } from '../../lib/api.ts';
import { collection } from '../../lib/collection.ts';
import { useResource } from '../../lib/resource.ts';
import type { Item } from '../../lib/types.ts';

export type AreaItem = Item<LifeArea>;

export const lifeAreas = (personId: string) =>
  collection<LifeArea>(recordPath(personId, '/life-areas'));

/** The life areas with marks for any left out (decision 0016): empty only when there are none. */
export function useLifeAreas(personId: string) {
  return useResource(
    (signal) => lifeAreas(personId).listMarked(signal),
    [personId],
    (areas) => areas.items.length === 0 && areas.unreadable.length === 0,
  );
}

/** The name of a life area, or undefined when it is not one of the live areas. */
export function areaName(areas: AreaItem[], id: string | null): string | undefined {
  return id === null ? undefined : areas.find((area) => area.id === id)?.data.name;
}
