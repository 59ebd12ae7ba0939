// GET /api/services/:serviceId/outcomes (and .csv): the query, shared by the route and the
// Outcomes page's form (issue 16, decision 0053). Its shape only: the period's own rules
// (backwards, too long) and the refusal of any person-level breakdown are in report-request.ts,
// each with its own code.
import { say } from '../i18n/said.ts';
import { z } from '../validation.ts';
import { MONTH_PATTERN } from './report-request.ts';

const month = () =>
  z
    .string()
    .min(1, { error: () => say('validation.required.reportMonth') })
    .regex(MONTH_PATTERN, { error: () => say('validation.reportMonth') });

export const outcomeReportQuerySchema = z.strictObject({
  from: month(),
  to: month(),
  /** One team of the service; left out for the whole service. */
  team: z.string().min(1).max(100).optional(),
});
export type OutcomeReportQuery = z.infer<typeof outcomeReportQuerySchema>;

export const outcomeReportParamsSchema = z.object({ serviceId: z.string().min(1).max(100) });
