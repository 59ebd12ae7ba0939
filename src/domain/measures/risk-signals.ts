// Risk rules: an item's answer (or its absence) that a practitioner would want to know about and
// that offers the person their own plans. Worked out whether or not a scale can be scored,
// because a risk answer matters even when other answers are missing. Pure.
import '../i18n/questionnaire.messages.ts';
import { t } from '../i18n/translate.ts';
import type { CompareOperator, RiskRule } from './scoring.schema.ts';

export type RiskSignal = {
  id: string;
  linkId: string;
  /** The item's own score, or null when the rule fires because the item was left unanswered. */
  score: number | null;
  label: string;
  explanation: string;
};

/** What the scorer knows about one item: its score, or why it has none. */
export type ItemScore =
  | { kind: 'scored'; score: number; line: string }
  | { kind: 'missing'; reason: 'unanswered' | 'hidden' | 'invalid'; line: string };

const format = (value: number, locale: string) =>
  new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);

function compare(left: number, operator: CompareOperator, right: number): boolean {
  const results: Record<CompareOperator, boolean> = {
    '=': left === right,
    '!=': left !== right,
    '>': left > right,
    '<': left < right,
    '>=': left >= right,
    '<=': left <= right,
  };
  return results[operator];
}

/** The signal one rule raises for one item, or undefined when the rule does not fire. */
export function riskSignalFor(
  rule: RiskRule,
  result: ItemScore,
  locale: string,
): RiskSignal | undefined {
  const base = { id: rule.id, linkId: rule.item, label: rule.label };
  if (rule.operator === 'unanswered') {
    // A question hidden by a condition was never asked, so leaving it is no sign of anything.
    if (result.kind !== 'missing' || result.reason === 'hidden') return undefined;
    const explanation = t('questionnaire.explain.riskUnanswered', {
      item: rule.item,
      label: rule.label,
    });
    return { ...base, score: null, explanation };
  }
  if (result.kind !== 'scored' || rule.value === undefined) return undefined;
  if (!compare(result.score, rule.operator, rule.value)) return undefined;
  const explanation = t('questionnaire.explain.risk', {
    item: rule.item,
    score: format(result.score, locale),
    operator: rule.operator,
    value: format(rule.value, locale),
    label: rule.label,
  });
  return { ...base, score: result.score, explanation };
}
