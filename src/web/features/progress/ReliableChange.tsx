// Says in plain words whether the latest change in a score is bigger than chance, where the
// measure publishes a reliable-change threshold: since the score before, and since the first.
// The threshold's source is one click away, so the person can see where the number comes from.
import '../../../domain/i18n/progress.messages.ts';
import { formatDate, t } from '../../../domain/i18n/translate.ts';
import type { ReliableChangeThreshold } from '../../../domain/measures/reliable-change.ts';
import { type ScoreChange, summariseChanges } from '../../../domain/measures/score-change.ts';
import type { TrendPoint } from './TrendChart.tsx';

const pointsText = (n: number) => t('progress.points', { n });

/** One sentence about one change, e.g. "… went down by 7 points. … bigger than chance …". */
export function changeSentence(
  change: ScoreChange,
  dates: { from: string; to: string },
  threshold: number,
): string {
  const when = { from: formatDate(dates.from), to: formatDate(dates.to) };
  if (change.change === 0) return t('progress.changeNone', when);
  const moved = t(change.change > 0 ? 'progress.changeUp' : 'progress.changeDown', {
    ...when,
    points: pointsText(Math.abs(change.change)),
  });
  const verdict = t(change.reliable ? 'progress.changeReliable' : 'progress.changeChance', {
    threshold: pointsText(threshold),
  });
  return `${moved} ${verdict}`;
}

export function ReliableChange({
  points,
  threshold,
}: {
  points: TrendPoint[];
  threshold: ReliableChangeThreshold;
}) {
  const summary = summariseChanges(
    points.map((point) => point.value),
    threshold.points,
  );
  const [first, previous, latest] = [points[0], points.at(-2), points.at(-1)];
  if (!summary || !first || !previous || !latest) return null;
  return (
    <div class="reliable-change">
      <p>
        {changeSentence(summary.sinceLast, { from: previous.at, to: latest.at }, threshold.points)}
      </p>
      {summary.sinceFirst && (
        <p>
          {changeSentence(summary.sinceFirst, { from: first.at, to: latest.at }, threshold.points)}
        </p>
      )}
      <details class="details">
        <summary>{t('progress.changeWhere', { threshold: pointsText(threshold.points) })}</summary>
        <p>{threshold.source}</p>
      </details>
    </div>
  );
}
