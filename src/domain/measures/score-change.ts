// Whether a change between two of a person's scores is bigger than chance, given a measure's
// published reliable-change threshold. Pure and on its own, without the scoring rules that
// hold the thresholds (reliable-change.ts), so the chart page loads only this.

export type ScoreChange = {
  from: number;
  to: number;
  /** to − from: negative when the score went down. */
  change: number;
  /** True when the size of the change reaches the published threshold. */
  reliable: boolean;
};

export type ChangeSummary = {
  threshold: number;
  /** The latest score against the one before it. */
  sinceLast: ScoreChange;
  /** The latest score against the first, when there are more than two scores. */
  sinceFirst?: ScoreChange;
};

/** One change between two scores, judged against the threshold. */
export function scoreChange(from: number, to: number, threshold: number): ScoreChange {
  // Scores may be decimals; compare at a precision no score has, so 6.0000001 is not "7".
  const change = Math.round((to - from) * 1e6) / 1e6;
  return { from, to, change, reliable: Math.abs(change) >= threshold };
}

/** The changes worth telling the person about, from scores in time order (oldest first). */
export function summariseChanges(values: number[], threshold: number): ChangeSummary | undefined {
  const first = values[0];
  const previous = values.at(-2);
  const latest = values.at(-1);
  if (first === undefined || previous === undefined || latest === undefined) return undefined;
  const sinceLast = scoreChange(previous, latest, threshold);
  if (values.length < 3) return { threshold, sinceLast };
  return { threshold, sinceLast, sinceFirst: scoreChange(first, latest, threshold) };
}
