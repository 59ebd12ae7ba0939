// Whether a change between two of a person's scores is bigger than chance. A measure may publish
// a reliable-change threshold (scoring rules, `reliableChange`): a change of that many points or
// more is unlikely to come from measurement error alone. Pure. The thresholds are read here; the
// comparison, which the chart page uses, is in score-change.ts.
import { readScoring } from './check-scoring.ts';
import type { Questionnaire } from './questionnaire.schema.ts';

export {
  type ChangeSummary,
  type ScoreChange,
  scoreChange,
  summariseChanges,
} from './score-change.ts';

export type ReliableChangeThreshold = { points: number; source: string };

/** Reliable-change thresholds by scale id, for the scales that publish one. */
export function reliableChangeThresholds(
  questionnaire: Questionnaire,
): Map<string, ReliableChangeThreshold> {
  const read = readScoring(questionnaire);
  const thresholds = new Map<string, ReliableChangeThreshold>();
  if (!read.ok || !read.rules) return thresholds;
  for (const scale of read.rules.scales) {
    if (scale.reliableChange) thresholds.set(scale.id, scale.reliableChange);
  }
  return thresholds;
}
