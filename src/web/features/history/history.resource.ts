// Earlier versions of About me, one goal, a plan or a supporter's own space, and bringing one
// back as a new version.
import '../../../domain/i18n/history.messages.ts';
import '../../../domain/i18n/about-me.messages.ts';
import '../../../domain/i18n/goals.messages.ts';
import { t } from '../../../domain/i18n/translate.ts';
import type { AboutMe, Goal } from '../../../domain/record/record.schema.ts';
import { useResource } from '../../lib/resource.ts';
import type { Revision, UnreadableRevision } from '../../lib/types.ts';
import { ABOUT_ME_FIELDS, aboutMeHistory, restoreAboutMe } from '../about-me/about-me.resource.ts';
import { goalRows } from '../goals/goal-text.ts';
import { goals } from '../goals/goals.resource.ts';
import { lifeAreas } from '../life-areas/life-areas.resource.ts';
import { planHistory, restorePlan } from '../plans/plan-history.ts';
import type { PlanKind } from '../plans/plans.resource.ts';
import { spaceHistory } from '../supporter-space/space-history.ts';
import { supporterSpace } from '../supporter-space/supporter-space.resource.ts';

export type HistorySubject =
  | { kind: 'about-me' }
  | { kind: 'goal'; id: string }
  | { kind: 'plan'; plan: PlanKind }
  | { kind: 'supporter-space' };

export type HistoryEntry = Revision<unknown> & { rows: { label: string; value: string }[] };

export type HistoryView = {
  /** What the versions are of, for the heading: "About me" or the goal's title. */
  name: string;
  backHref: string;
  entries: HistoryEntry[];
  /** Versions this server cannot read: marked, never allowed to hide the others. */
  unreadable: UnreadableRevision[];
};

/**
 * The newest version number, for If-Match and to tell which entry is current. It can be an
 * unreadable one, and then every shown version can be brought back over it.
 */
export function currentVersionOf(view: HistoryView): number {
  return Math.max(
    0,
    ...view.entries.map((e) => e.version),
    ...view.unreadable.map((u) => u.version),
  );
}

function aboutMeRows(data: AboutMe) {
  return ABOUT_ME_FIELDS.map((field) => ({ label: t(`aboutMe.${field}`), value: data[field] }));
}

async function load(
  personId: string,
  subject: HistorySubject,
  signal: AbortSignal,
): Promise<HistoryView> {
  if (subject.kind === 'about-me') {
    const { revisions, unreadable } = await aboutMeHistory(personId, signal);
    return {
      name: t('aboutMe.title'),
      backHref: '/about-me',
      unreadable,
      entries: revisions.map((revision: Revision<AboutMe>) => ({
        ...revision,
        rows: aboutMeRows(revision.data),
      })),
    };
  }
  if (subject.kind === 'plan') return planHistory(personId, subject.plan, signal);
  if (subject.kind === 'supporter-space') return spaceHistory(personId, signal);
  const [{ revisions, unreadable }, areas] = await Promise.all([
    goals(personId).history(subject.id, signal),
    lifeAreas(personId).list(signal),
  ]);
  const latest: Revision<Goal> | undefined = revisions[0];
  return {
    name: latest ? t('history.goalName', { title: latest.data.title }) : t('goal.title'),
    backHref: `/goals/${subject.id}`,
    unreadable,
    entries: revisions.map((revision) => ({ ...revision, rows: goalRows(revision.data, areas) })),
  };
}

export function useHistory(personId: string, subject: HistorySubject) {
  const key =
    subject.kind === 'goal' ? subject.id : subject.kind === 'plan' ? subject.plan : subject.kind;
  return useResource(
    (signal) => load(personId, subject, signal),
    [personId, key],
    (view) => view.entries.length === 0 && view.unreadable.length === 0,
  );
}

/** Brings back `version`; `currentVersion` (the newest) goes in If-Match. */
export async function restore(
  personId: string,
  subject: HistorySubject,
  version: number,
  currentVersion: number,
) {
  if (subject.kind === 'about-me') await restoreAboutMe(personId, version, currentVersion);
  else if (subject.kind === 'supporter-space')
    await supporterSpace.restore(personId, version, currentVersion);
  else if (subject.kind === 'plan')
    await restorePlan(personId, subject.plan, version, currentVersion);
  else await goals(personId).restore(subject.id, version, currentVersion);
}
