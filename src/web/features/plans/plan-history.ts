// Earlier versions of a plan, for the shared history page, with names for the people the
// crisis and safety plans point at.
import type { Revision } from '../../lib/types.ts';
import type { HistoryView } from '../history/history.resource.ts';
import { contacts, namesFrom } from '../support-network/support-network.resource.ts';
import { planRows, planTitle } from './plan-text.ts';
import { PLAN_PAGES, type PlanData, type PlanKind, plan } from './plans.resource.ts';

export async function planHistory<K extends PlanKind>(
  personId: string,
  kind: K,
  signal: AbortSignal,
): Promise<HistoryView> {
  const needsNames = kind === 'crisis' || kind === 'safety';
  const [{ revisions, unreadable }, network] = await Promise.all([
    plan(personId, kind).history(signal),
    needsNames ? contacts(personId).list(signal) : Promise.resolve([]),
  ]);
  const nameOf = namesFrom(network);
  return {
    name: planTitle(kind),
    backHref: PLAN_PAGES[kind],
    unreadable,
    entries: revisions.map((revision: Revision<PlanData[K]>) => ({
      ...revision,
      rows: planRows(kind, revision.data, nameOf),
    })),
  };
}

export async function restorePlan(
  personId: string,
  kind: PlanKind,
  version: number,
  currentVersion: number,
): Promise<void> {
  await plan(personId, kind).restore(version, currentVersion);
}
