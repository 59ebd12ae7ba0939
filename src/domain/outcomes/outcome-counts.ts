// What one person adds to the kept outcome counts (decision 0055), worked out from their monthly
// values, goals, reviews and team connections exactly as the report from people reads them
// (features/outcomes/outcomes.repo.ts readOutcomeInput): for each kept period and each service
// they count in, one (first, latest) pair per series, their goals set and achieved and reviews
// held; and, for any period, whether they count in the service at all. A write subtracts what
// the person added before and adds what they add after. Pure: no person id leaves it, and the
// server sums what it answers into rows of counts.
import {
  keptPeriodEnd,
  keptPeriodsHolding,
  monthNumber,
  OPEN_MONTH,
  serviceScope,
} from './kept-periods.ts';
import type { OutcomeMonthValue } from './outcome-values.ts';
import { monthOf } from './outcome-values.ts';

/** A connection of the person to a team, by the team's service. */
export type TeamLink = {
  serviceId: string;
  createdAt: string;
  endedAt: string | null;
};

/** Months the person was connected to a scope, first to last (OPEN_MONTH when not ended). */
export type Span = { from: string; to: string };

export type GoalMonths = { createdMonth: string; achievedMonth: string | null };

export type PairCountRow = {
  scope: string;
  from: string;
  series: string;
  first: number;
  latest: number;
  people: number;
};
export type PeriodCountRow = {
  scope: string;
  from: string;
  goalsSet: number;
  goalsAchieved: number;
  reviewsHeld: number;
};
/** People who count in a scope for every period that overlaps from..to (negative: see spans). */
export type MemberCountRow = { scope: string; from: string; to: string; people: number };

export type OutcomeCounts = {
  pairs: Map<string, PairCountRow>;
  periods: Map<string, PeriodCountRow>;
  members: Map<string, MemberCountRow>;
};

export const noCounts = (): OutcomeCounts => ({
  pairs: new Map(),
  periods: new Map(),
  members: new Map(),
});

/**
 * Each scope's spans, sorted and merged where they overlap or touch. A report counts someone
 * connected on or before the period's last month and not ended before its first: by months.
 */
export function scopeSpans(links: readonly TeamLink[]): Map<string, Span[]> {
  const raw = new Map<string, Span[]>();
  for (const link of links) {
    const span = {
      from: monthOf(link.createdAt),
      to: link.endedAt === null ? OPEN_MONTH : monthOf(link.endedAt),
    };
    const scope = serviceScope(link.serviceId);
    raw.set(scope, [...(raw.get(scope) ?? []), span]);
  }
  const merged = new Map<string, Span[]>();
  for (const [scope, spans] of raw) {
    const sorted = [...spans].sort((a, b) => monthNumber(a.from) - monthNumber(b.from));
    const out: Span[] = [];
    for (const span of sorted) {
      const last = out[out.length - 1];
      if (last && monthNumber(span.from) <= monthNumber(last.to) + 1) {
        if (monthNumber(span.to) > monthNumber(last.to)) last.to = span.to;
      } else out.push({ ...span });
    }
    merged.set(scope, out);
  }
  return merged;
}

/**
 * The person once per scope for any period, as signed rows: +1 for each span, −1 for the gap
 * between two spans, stored as (later span's first month, earlier span's last month). A period
 * overlapping a run of r spans also overlaps its r − 1 gaps so read: the sum is 1, never 2.
 */
function memberRows(spans: Map<string, Span[]>, into: OutcomeCounts['members']): void {
  for (const [scope, list] of spans)
    list.forEach((span, index) => {
      addMember(into, { scope, from: span.from, to: span.to, people: 1 });
      const next = list[index + 1];
      if (next) addMember(into, { scope, from: next.from, to: span.to, people: -1 });
    });
}

function addMember(into: OutcomeCounts['members'], row: MemberCountRow): void {
  const key = `${row.scope}\t${row.from}\t${row.to}`;
  const seen = into.get(key);
  if (seen) seen.people += row.people;
  else into.set(key, { ...row });
}

/** The scopes the person counts in for the kept period starting `from`. */
function scopesIn(spans: Map<string, Span[]>, from: string): string[] {
  const to = keptPeriodEnd(from);
  const scopes: string[] = [];
  for (const [scope, list] of spans)
    if (list.some((span) => span.from <= to && span.to >= from)) scopes.push(scope);
  return scopes;
}

/**
 * Pairs for the kept periods `periods` (first months, ascending): in each, a series' first value
 * is the first of its first month with a value, its latest the last of its last such month, and
 * two values at one time are not a change.
 */
function pairRows(
  spans: Map<string, Span[]>,
  values: readonly OutcomeMonthValue[],
  periods: readonly string[],
  into: OutcomeCounts['pairs'],
): void {
  const bySeries = new Map<string, OutcomeMonthValue[]>();
  for (const value of values) {
    const list = bySeries.get(value.series);
    if (list) list.push(value);
    else bySeries.set(value.series, [value]);
  }
  const scopes = periods.map((from) => scopesIn(spans, from));
  for (const [series, list] of bySeries) {
    list.sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
    let first = 0;
    let last = -1;
    periods.forEach((from, index) => {
      const to = keptPeriodEnd(from);
      while (first < list.length && (list[first]?.month ?? '') < from) first += 1;
      while (last + 1 < list.length && (list[last + 1]?.month ?? '') <= to) last += 1;
      const a = list[first];
      const b = list[last];
      if (!a || !b || first > last || a.firstAt === b.lastAt) return;
      for (const scope of scopes[index] ?? []) {
        const key = `${scope}\t${from}\t${series}\t${a.firstValue}\t${b.lastValue}`;
        const seen = into.get(key);
        if (seen) seen.people += 1;
        else
          into.set(key, {
            scope,
            from,
            series,
            first: a.firstValue,
            latest: b.lastValue,
            people: 1,
          });
      }
    });
  }
}

/** Goals set and achieved and reviews held in each kept period that holds one. */
function periodRows(
  spans: Map<string, Span[]>,
  goals: readonly GoalMonths[],
  reviewMonths: readonly string[],
  into: OutcomeCounts['periods'],
): void {
  const months = [
    ...goals.flatMap((goal) => [
      goal.createdMonth,
      ...(goal.achievedMonth ? [goal.achievedMonth] : []),
    ]),
    ...reviewMonths,
  ];
  for (const from of keptPeriodsHolding(months)) {
    const to = keptPeriodEnd(from);
    const within = (month: string | null) => month !== null && month >= from && month <= to;
    const counts = {
      goalsSet: goals.filter((goal) => within(goal.createdMonth)).length,
      goalsAchieved: goals.filter((goal) => within(goal.achievedMonth)).length,
      reviewsHeld: reviewMonths.filter(within).length,
    };
    for (const scope of scopesIn(spans, from)) {
      const key = `${scope}\t${from}`;
      const seen = into.get(key) ?? { scope, from, goalsSet: 0, goalsAchieved: 0, reviewsHeld: 0 };
      seen.goalsSet += counts.goalsSet;
      seen.goalsAchieved += counts.goalsAchieved;
      seen.reviewsHeld += counts.reviewsHeld;
      into.set(key, seen);
    }
  }
}

/** What a person adds; only the parts given are worked out (a write reads only what it touches). */
export type PersonOutcomes = {
  /** Their team connections; none (or no consent, which the caller answers) adds nothing. */
  links: readonly TeamLink[];
  /** Monthly values, and the kept periods to work pairs out for (default: every one they touch). */
  values?: { rows: readonly OutcomeMonthValue[]; periods?: readonly string[] };
  goals?: readonly GoalMonths[];
  /** The months of their live reviews, one entry a review. */
  reviewMonths?: readonly string[];
  members?: boolean;
};

export function personOutcomeCounts(person: PersonOutcomes, into = noCounts()): OutcomeCounts {
  const spans = scopeSpans(person.links);
  if (spans.size === 0) return into;
  if (person.values) {
    const periods =
      person.values.periods ?? keptPeriodsHolding(person.values.rows.map((row) => row.month));
    pairRows(spans, person.values.rows, periods, into.pairs);
  }
  if (person.goals || person.reviewMonths)
    periodRows(spans, person.goals ?? [], person.reviewMonths ?? [], into.periods);
  if (person.members) memberRows(spans, into.members);
  return into;
}

/** `after` less `before`, leaving out what did not change. */
export function countChanges(before: OutcomeCounts, after: OutcomeCounts): OutcomeCounts {
  const changes = noCounts();
  const diff = <R>(
    from: Map<string, R>,
    to: Map<string, R>,
    out: Map<string, R>,
    fields: readonly (keyof R)[],
  ) => {
    for (const key of new Set([...from.keys(), ...to.keys()])) {
      const a = from.get(key);
      const b = to.get(key);
      const base = (b ?? a) as R;
      const row = { ...base };
      let changed = false;
      for (const field of fields) {
        const delta = Number(b?.[field] ?? 0) - Number(a?.[field] ?? 0);
        (row[field] as number) = delta;
        if (delta !== 0) changed = true;
      }
      if (changed) out.set(key, row);
    }
  };
  diff(before.pairs, after.pairs, changes.pairs, ['people']);
  diff(before.periods, after.periods, changes.periods, [
    'goalsSet',
    'goalsAchieved',
    'reviewsHeld',
  ]);
  diff(before.members, after.members, changes.members, ['people']);
  return changes;
}

export const isEmpty = (counts: OutcomeCounts) =>
  counts.pairs.size === 0 && counts.periods.size === 0 && counts.members.size === 0;
