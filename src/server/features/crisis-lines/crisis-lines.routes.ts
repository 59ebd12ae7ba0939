// GET /api/crisis-lines: the crisis lines of the installation's country (CRISIS_LINES_COUNTRY,
// decision 0034), public like every page that shows them. The web app itself learns the country
// from its page (http/web-app.ts), so it needs no request for them, offline included; this
// answer is for other clients.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { CrisisCountry } from '../../../domain/crisis/countries.ts';
import { crisisLinesFor } from '../../../domain/crisis/crisis-line-presets.ts';
import {
  type CrisisLinesAnswer,
  crisisLinesAnswerSchema,
} from '../../../domain/crisis/crisis-lines.schema.ts';
import { smsHref, telHref } from '../../../domain/crisis/crisis-lines.ts';
import { PUBLIC } from '../../http/access.ts';

export function crisisLinesAnswer(country: CrisisCountry): CrisisLinesAnswer {
  const { danger, lines } = crisisLinesFor(country);
  return {
    country,
    danger: { ...danger, href: telHref(danger.number) },
    lines: lines.map((line) =>
      line.kind === 'call'
        ? { ...line, href: telHref(line.number) }
        : { ...line, href: smsHref(line.number, line.word) },
    ),
  };
}

export function registerCrisisLineRoutes(app: FastifyInstance, country: CrisisCountry): void {
  const answer = crisisLinesAnswer(country);
  app.withTypeProvider<ZodTypeProvider>().get('/api/crisis-lines', {
    config: { access: PUBLIC },
    schema: { response: { 200: crisisLinesAnswerSchema } },
    handler: async () => answer,
  });
}
