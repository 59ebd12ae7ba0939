// Answers of the three reads behind "How I'm doing", for page tests: the chart answer in its
// columns (decision 0022), the life-area ratings and the questionnaire scores, as the server
// gives them for a period; and a way to open a chart's table as a person would.
import { screen } from '@testing-library/preact';
import type { UserEvent } from '@testing-library/user-event';
import type { CheckinChart } from '../../domain/checkins/chart.schema.ts';
import type { ChartPeriod } from '../../domain/checkins/chart.ts';
import type { Reply } from './fake-server.ts';

export type MoodScore = {
  checkinId: string;
  takenAt: string;
  value: number;
  forMeOnly?: boolean;
  hasNote?: boolean;
};

/** The chart answer for `period` with one scale, mood from 1 to 7, scored in each check-in. */
export function moodChart(scores: MoodScore[], period: ChartPeriod = '3m'): CheckinChart {
  return {
    period,
    from: null,
    to: null,
    checkins: {
      ids: scores.map((score) => score.checkinId),
      takenAt: scores.map((score) => score.takenAt),
      forMeOnly: scores.map((score) => score.forMeOnly ?? false),
      hasNote: scores.map((score) => score.hasNote ?? false),
    },
    scales: [
      {
        id: 'mood',
        name: null,
        builtIn: true,
        min: 1,
        max: 7,
        active: true,
        values: scores.map((score) => score.value),
      },
    ],
  };
}

export const NO_RATINGS = { lifeAreas: [], first: null, latest: null, sets: [] };

/** The page's three reads for `period`, answering nothing recorded unless given. */
export function progressReads(
  base: string,
  answers: { chart?: Reply | Reply[]; ratings?: Reply; observations?: Reply } = {},
  period: ChartPeriod = '3m',
): Record<string, Reply | Reply[]> {
  return {
    [`GET ${base}/checkins/series?period=${period}`]: answers.chart ?? {
      status: 200,
      body: moodChart([], period),
    },
    [`GET ${base}/life-area-ratings?period=${period}`]: answers.ratings ?? {
      status: 200,
      body: NO_RATINGS,
    },
    [`GET ${base}/observations`]: answers.observations ?? { status: 200, body: { points: [] } },
  };
}

/** Opens "Show the numbers as a table" for the chart of `name`, as a person would. */
export async function showTable(user: UserEvent, name: string): Promise<void> {
  const summary = await screen.findByText(
    (_, element) =>
      element?.tagName === 'SUMMARY' &&
      element.textContent === `Show the numbers as a table for ${name}`,
  );
  await user.click(summary);
}
