// Goals and their progress notes: calls and the data hooks the goal pages use.
import type { Goal, GoalNote } from '../../../domain/record/record.schema.ts';
import { recordPath } from '../../lib/api.ts';
import { collection } from '../../lib/collection.ts';
import { useResource } from '../../lib/resource.ts';
import type { Item, UnreadableItem } from '../../lib/types.ts';
import { type AreaItem, lifeAreas } from '../life-areas/life-areas.resource.ts';

export type GoalItem = Item<Goal>;
export type NoteItem = Item<GoalNote>;

export const goals = (personId: string) => collection<Goal>(recordPath(personId, '/goals'));

export const notes = (personId: string, goalId: string) =>
  collection<GoalNote>(recordPath(personId, `/goals/${goalId}/notes`));

export type GoalsOverview = {
  goals: GoalItem[];
  /** Live goals this server cannot read (decision 0016): marked, not hidden in silence. */
  unreadable: UnreadableItem[];
  deleted: GoalItem[];
  deletedUnreadable: UnreadableItem[];
  areas: AreaItem[];
};

/**
 * My goals: live goals, recently deleted ones, and the life areas to group them by. Deleted
 * goals are only asked for by the owner, who can bring them back.
 */
export function useGoalsOverview(personId: string, withDeleted = true) {
  return useResource<GoalsOverview>(
    async (signal) => {
      const [live, deleted, areas] = await Promise.all([
        goals(personId).listMarked(signal),
        withDeleted
          ? goals(personId).listMarked(signal, { deleted: true })
          : { items: [], unreadable: [] },
        lifeAreas(personId).list(signal),
      ]);
      return {
        goals: live.items,
        unreadable: live.unreadable,
        deleted: deleted.items,
        deletedUnreadable: deleted.unreadable,
        areas,
      };
    },
    [personId, withDeleted],
    (overview) => overview.goals.length === 0 && overview.unreadable.length === 0,
  );
}

export type GoalWithAreas = { goal: GoalItem | null; areas: AreaItem[] };

/** One goal (or none, for a new one) with the life areas it can belong to. */
export function useGoal(personId: string, id: string | undefined) {
  return useResource<GoalWithAreas>(
    async (signal) => {
      const [goal, areas] = await Promise.all([
        id ? goals(personId).get(id, signal) : Promise.resolve(null),
        lifeAreas(personId).list(signal),
      ]);
      return { goal, areas };
    },
    [personId, id],
  );
}

/** A goal's progress notes, newest first, with marks for any left out (decision 0016). */
export function useNotes(personId: string, goalId: string) {
  return useResource(
    async (signal) => {
      const list = await notes(personId, goalId).listMarked(signal);
      return { items: sortNotes(list.items), unreadable: list.unreadable };
    },
    [personId, goalId],
    (list) => list.items.length === 0 && list.unreadable.length === 0,
  );
}

export function sortNotes(list: NoteItem[]): NoteItem[] {
  return [...list].sort(
    (a, b) => b.data.date.localeCompare(a.data.date) || b.createdAt.localeCompare(a.createdAt),
  );
}
