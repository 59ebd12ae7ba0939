// Home: a short line from About me, the goals, each with its next step, and whether the crisis
// plan is due a review: read together, so Home's first view arrives at once and nothing on it
// moves when a later answer arrives (a review reminder pushed the page down by a seventh of the
// screen, issue 11).
import type { AboutMe } from '../../../domain/record/record.schema.ts';
import { asApiError } from '../../lib/api.ts';
import { useResource } from '../../lib/resource.ts';
import type { UnreadableItem } from '../../lib/types.ts';
import { ABOUT_ME_FIELDS, getAboutMe } from '../about-me/about-me.resource.ts';
import { type GoalItem, goals } from '../goals/goals.resource.ts';
import { plan } from '../plans/plans.resource.ts';

export type HomeData = {
  aboutMeLine: string | null;
  /** Why About me could not be read (decision 0016), so home still opens and says so. */
  aboutMeProblem: string | null;
  goals: GoalItem[];
  unreadableGoals: UnreadableItem[];
  /** The crisis plan's review date, if it has one; undefined when there is no plan to review. */
  crisisPlanReviewed: string | null | undefined;
};

/** The crisis plan's review date; a plan that cannot be read leaves Home without a reminder. */
async function crisisPlanReviewed(personId: string, signal: AbortSignal) {
  try {
    const saved = await plan(personId, 'crisis').get(signal);
    return saved.version === 0 ? undefined : saved.data.lastReviewed;
  } catch (error) {
    if (signal.aborted) throw error;
    return undefined;
  }
}

/** About me, or the message for words this server cannot read; any other failure fails home. */
async function aboutMeOrProblem(personId: string, signal: AbortSignal) {
  try {
    return { aboutMe: await getAboutMe(personId, signal), problem: null };
  } catch (error) {
    const { code, message } = asApiError(error);
    if (code !== 'WM_RECORD_ITEM_TOO_NEW' && code !== 'WM_RECORD_ITEM_UNREADABLE') throw error;
    return { aboutMe: null, problem: message };
  }
}

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
      const [{ aboutMe, problem }, goalList, reviewed] = await Promise.all([
        aboutMeOrProblem(personId, signal),
        goals(personId).listMarked(signal),
        crisisPlanReviewed(personId, signal),
      ]);
      return {
        aboutMeLine: aboutMe && shortLine(aboutMe.data),
        aboutMeProblem: problem,
        goals: goalList.items,
        unreadableGoals: goalList.unreadable,
        crisisPlanReviewed: reviewed,
      };
    },
    [personId],
    (home) => home.aboutMeLine === null && home.goals.length === 0,
  );
}
