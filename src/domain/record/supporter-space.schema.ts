// A supporter's own space: their own record, on the same revision mechanism as a person's, and
// never shared with anyone, the person they support included (decision 0031).
import { longText, z } from '../validation.ts';

export const supporterSpaceSchema = z.strictObject({
  /** What I need. */
  needs: longText(),
  /** What helps me cope. */
  coping: longText(),
  /** My plan for looking after myself. */
  selfCarePlan: longText(),
});
export type SupporterSpace = z.infer<typeof supporterSpaceSchema>;
export const EMPTY_SUPPORTER_SPACE: SupporterSpace = { needs: '', coping: '', selfCarePlan: '' };
