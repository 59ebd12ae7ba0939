// The lowest and highest score a scale can give, read from its items (answer scores, or an
// integer item's minValue/maxValue) and its rules. Charts draw a score against this range, so a
// PHQ-9 of 5 sits low on a 0–27 axis instead of at the top of an axis ending at the highest
// score seen. Pure; undefined when the range cannot be known (an item without bounds).
import { readScoring } from './check-scoring.ts';
import { indexItems, optionScore, valueRange } from './items.ts';
import type { Questionnaire, QuestionnaireItem } from './questionnaire.schema.ts';
import type { Scale } from './scoring.schema.ts';

export type ScoreRange = { min: number; max: number };

function itemRange(item: QuestionnaireItem | undefined): ScoreRange | undefined {
  if (!item) return undefined;
  if (item.type === 'choice') {
    const scores = (item.answerOption ?? []).flatMap((option) => optionScore(option) ?? []);
    return scores.length ? { min: Math.min(...scores), max: Math.max(...scores) } : undefined;
  }
  const { min, max } = valueRange(item);
  return min === undefined || max === undefined ? undefined : { min, max };
}

function rangeOfScale(scale: Scale, items: Map<string, { item: QuestionnaireItem }>) {
  // A conversion table gives the reported scores directly.
  if (scale.conversion) {
    const values = scale.conversion.map((row) => row.value);
    return { min: Math.min(...values), max: Math.max(...values) };
  }
  const ranges = scale.items.map((linkId) => itemRange(items.get(linkId)?.item));
  if (ranges.some((range) => range === undefined)) return undefined;
  // Reverse scoring maps an item's range onto itself, so it does not change the total's range.
  const min = ranges.reduce((sum, range) => sum + (range?.min ?? 0), 0);
  const max = ranges.reduce((sum, range) => sum + (range?.max ?? 0), 0);
  const count = scale.method === 'mean' ? ranges.length : 1;
  return { min: min / count, max: max / count };
}

/** Score ranges by scale id, for every scale whose range can be known. */
export function scaleRanges(questionnaire: Questionnaire): Map<string, ScoreRange> {
  const read = readScoring(questionnaire);
  const ranges = new Map<string, ScoreRange>();
  if (!read.ok || !read.rules) return ranges;
  const items = indexItems(questionnaire.item);
  for (const scale of read.rules.scales) {
    const range = rangeOfScale(scale, items);
    if (range) ranges.set(scale.id, range);
  }
  return ranges;
}
