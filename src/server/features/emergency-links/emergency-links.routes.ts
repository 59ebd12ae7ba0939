// The person manages their emergency links; anyone holding a live link can open the crisis
// plan read-only. The public route is rate-limited and never cached or referred onwards.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  emergencyLinkRenameSchema,
  newEmergencyLinkSchema,
} from '../../../domain/crisis/emergency-link.schema.ts';
import { crisisPlanSchema } from '../../../domain/record/plans.schema.ts';
import { id, z } from '../../../domain/validation.ts';
import { PUBLIC, record, scopeOf } from '../../http/access.ts';
import { sendItem } from '../record/item.routes.ts';
import { ifMatchHeaders, ifMatchOf } from '../record/versioned-write.ts';
import type { EmergencyLinkService } from './emergency-links.service.ts';

const link = z.object({
  id: z.string(),
  version: z.number().int(),
  /** The person's own name for the link; '' when they gave none. Never shown to its opener. */
  label: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
  revokedAt: z.string().nullable(),
  status: z.enum(['active', 'expired', 'revoked']),
  views: z.array(z.string()),
});
const base = '/api/people/:personId/emergency-links';
const params = z.object({ personId: z.string() });

export function registerEmergencyLinkRoutes(
  app: FastifyInstance,
  links: EmergencyLinkService,
): void {
  const api = app.withTypeProvider<ZodTypeProvider>();

  api.post(base, {
    config: { access: record('crisis_plan', 'write') },
    schema: {
      params,
      body: newEmergencyLinkSchema,
      response: { 201: link.extend({ token: z.string() }) },
    },
    handler: async (request, reply) =>
      sendItem(reply, await links.create(scopeOf(request), request.body), 201),
  });

  api.get(base, {
    config: { access: record('crisis_plan', 'read') },
    schema: { params, response: { 200: z.object({ items: z.array(link) }) } },
    handler: async (request) => ({ items: await links.list(scopeOf(request)) }),
  });

  // Only the owner writes the crisis plan (the access model), so only they rename a link.
  api.patch(`${base}/:id`, {
    config: { access: record('crisis_plan', 'write') },
    schema: {
      params: params.extend({ id: id() }),
      headers: ifMatchHeaders,
      body: emergencyLinkRenameSchema,
      response: { 200: link },
    },
    handler: async (request, reply) =>
      sendItem(
        reply,
        await links.rename(
          scopeOf(request),
          request.params.id,
          request.body.label,
          ifMatchOf(request),
        ),
      ),
  });

  api.post(`${base}/:id/revoke`, {
    config: { access: record('crisis_plan', 'write') },
    schema: {
      params: params.extend({ id: id() }),
      headers: ifMatchHeaders,
      response: { 200: link },
    },
    handler: async (request, reply) =>
      sendItem(reply, await links.revoke(scopeOf(request), request.params.id, ifMatchOf(request))),
  });

  api.get('/api/emergency/:token', {
    config: { access: PUBLIC, rateLimit: { max: 30, timeWindow: '1 minute' } },
    schema: {
      params: z.object({ token: z.string() }),
      response: {
        200: z.object({
          displayName: z.string(),
          updatedAt: z.string().nullable(),
          expiresAt: z.string(),
          plan: crisisPlanSchema,
          contacts: z.array(
            z.object({
              id: z.string(),
              name: z.string(),
              phone: z.string(),
              email: z.string(),
              howTheyHelp: z.string(),
            }),
          ),
        }),
      },
    },
    handler: async (request, reply) => {
      reply.header('Referrer-Policy', 'no-referrer');
      return links.open(request.params.token);
    },
  });
}
