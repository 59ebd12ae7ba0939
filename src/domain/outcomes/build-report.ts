// Builds the outcome report from the pair counts (issue 16, Contract 3, decision 0052).

import type { OutcomeReport } from './report.schema.ts';
import type { OutcomeInput } from './report-input.ts';
import type { SeriesInfo } from './series-info.ts';
import type { SuppressionPolicy } from './suppression.ts';

export type { SeriesInfo } from './series-info.ts';
export type { SuppressionPolicy } from './suppression.ts';

export function buildOutcomeReport(
  input: OutcomeInput,
  series: SeriesInfo[],
  policy: SuppressionPolicy,
): OutcomeReport {
  throw new Error(`not built yet: ${input.series.length} ${series.length} ${policy.name}`);
}

export function outcomeReportCsv(report: OutcomeReport, label: (key: string) => string): string {
  throw new Error(`not built yet: ${report.series.length} ${label('')}`);
}
