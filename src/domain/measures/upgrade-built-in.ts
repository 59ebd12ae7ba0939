// Brings an installation's stored copy of a built-in measure up to date with the file we ship,
// at the same url and version. A release may correct a measure's title or description or add a
// rule (a risk rule, a reliable-change threshold) without changing its items, codes or scores,
// so earlier answers stay valid. What a service loaded (wording, its own scoring parts, its own
// title) is never replaced. Pure: the caller stores the result.
import { readScoring } from './check-scoring.ts';
import type { Questionnaire } from './questionnaire.schema.ts';
import type { ScoringRules } from './scoring.schema.ts';
import { needsWording, withScoring } from './wording.ts';

export type StoredMeasure = { questionnaire: Questionnaire; skeleton: Questionnaire | null };

const rulesOf = (q: Questionnaire) => {
  const read = readScoring(q);
  return read.ok ? read.rules : undefined;
};

/** The service's rules with the rules we now ship added where they lack them. */
function addShippedRules(own: ScoringRules, shipped: ScoringRules): ScoringRules {
  const scales = own.scales.map((scale) => {
    const ours = shipped.scales.find((s) => s.id === scale.id);
    return ours?.reliableChange && !scale.reliableChange
      ? { ...scale, reliableChange: ours.reliableChange }
      : scale;
  });
  const ids = new Set((own.riskItems ?? []).map((rule) => rule.id));
  const riskItems = [
    ...(own.riskItems ?? []),
    ...(shipped.riskItems ?? []).filter((rule) => !ids.has(rule.id)),
  ];
  return { ...own, scales, ...(riskItems.length ? { riskItems } : {}) };
}

/** The stored measure as it should now be, or undefined when it needs no change. */
export function upgradeBuiltIn(
  stored: StoredMeasure,
  shipped: Questionnaire,
): StoredMeasure | undefined {
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  if (stored.skeleton === null) {
    // Never loaded by a service: what is stored is a file we shipped. Never go back to a
    // skeleton, though, over wording that is already there.
    if (needsWording(shipped) && !needsWording(stored.questionnaire)) return undefined;
    return same(stored.questionnaire, shipped)
      ? undefined
      : { questionnaire: shipped, skeleton: null };
  }
  if (same(stored.skeleton, shipped)) return undefined;
  const old = stored.skeleton;
  const current = stored.questionnaire;
  const next: Questionnaire = { ...current };
  // The title and description the skeleton gave are ours to correct; a service's own are kept.
  if (current.title === old.title && shipped.title) next.title = shipped.title;
  if (current.description === old.description && shipped.description)
    next.description = shipped.description;
  const own = rulesOf(current);
  const ours = rulesOf(shipped);
  if (own && ours) next.extension = withScoring(current.extension, addShippedRules(own, ours));
  return { questionnaire: next, skeleton: shipped };
}
