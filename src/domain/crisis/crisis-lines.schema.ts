// The answer of GET /api/crisis-lines: the installation's crisis lines for any client, signed in
// or not. Words are catalogue keys (the client says them in its language); numbers and the
// tel:/sms: addresses are data, never translated.
import { z } from '../validation.ts';
import { CRISIS_COUNTRIES } from './countries.ts';

const key = z.string();

export const crisisLinesAnswerSchema = z.object({
  country: z.enum(CRISIS_COUNTRIES),
  danger: z.object({ number: z.string(), href: z.string(), messageKey: key }),
  lines: z.array(
    z.object({
      id: z.string(),
      kind: z.enum(['call', 'text']),
      number: z.string(),
      /** For a text service: what to send. */
      word: z.string().optional(),
      href: z.string(),
      nameKey: key,
      detailKey: key,
    }),
  ),
});
export type CrisisLinesAnswer = z.infer<typeof crisisLinesAnswerSchema>;
