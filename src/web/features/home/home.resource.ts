// Home: a short line from About me and the goals, each with its next step.
import type { AboutMe } from '../../../domain/record/record.schema.ts';
import { useResource } from '../../lib/resource.ts';
import { ABOUT_ME_FIELDS, getAboutMe } from '../about-me/about-me.resource.ts';
import { type GoalItem, goals } from '../goals/goals.resource.ts';

export type HomeData = { aboutMeLine: string | null; goals: GoalItem[] };

const LINE_LENGTH = 140;

/** The first thing the person wrote about themselves, cut at a word if it is long. */
export function shortLine(aboutMe: AboutMe): string | null {
  const text = ABOUT_ME_FIELDS.map((field) => aboutMe[field].trim()).find((value) => value !== '');
  if (!text) return null;
  const firstLine = text.split('\n')[0] ?? text;
  if (firstLine.length <= LINE_LENGTH) return firstLine;
  const cut = firstLine.slice(0, LINE_LENGTH);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 0 ? cut.lastIndexOf(' ') : LINE_LENGTH)}…`;
}

export function useHome(personId: string) {
  return useResource<HomeData>(
    async (signal) => {
      const [aboutMe, goalItems] = await Promise.all([
        getAboutMe(personId, signal),
        goals(personId).list(signal),
      ]);
      return { aboutMeLine: shortLine(aboutMe.data), goals: goalItems };
    },
    [personId],
    (home) => home.aboutMeLine === null && home.goals.length === 0,
  );
}
