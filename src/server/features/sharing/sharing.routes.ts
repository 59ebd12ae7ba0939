// The person's sharing settings (owner only): who has access, change or stop it at once,
// pause and resume everything, preview what one person sees, share single journal entries.
// And the other side: "shared with me" and the notices a person chose to send. Every answer
// about access comes from the one `decide`, on the context loaded as for a real request.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AccessContext } from '../../../domain/access/context.ts';
import { type AccessDecision, decide } from '../../../domain/access/decision.ts';
import { type Actor, isAccountActor } from '../../../domain/access/policy.ts';
import { AppError, notFound } from '../../../domain/errors.ts';
import { say } from '../../../domain/i18n/said.ts';
import { t } from '../../../domain/i18n/translate.ts';
import { SECTIONS } from '../../../domain/record/sections.ts';
import {
  changeSharingSchema,
  entrySharesSchema,
  pauseSharingSchema,
  type SharingPreview,
  shareEntrySchema,
  sharingNoticesSchema,
  sharingOverviewSchema,
  sharingPreviewSchema,
  type WithheldRule,
} from '../../../domain/sharing/grants.schema.ts';
import {
  type SharedRecord,
  type ShareRole,
  sharedWithMeSchema,
} from '../../../domain/sharing/sharing.schema.ts';
import { id, z } from '../../../domain/validation.ts';
import { OWNER, SIGNED_IN } from '../../http/access.ts';
import type { AccessContextLoader } from './access-context.ts';
import type { GrantInput, SharingService } from './sharing.service.ts';

const base = '/api/people/:personId/sharing';
const params = z.object({ personId: z.string() });
const relationshipParams = params.extend({ relationshipId: id() });
const entryParams = params.extend({ id: id() });
const noContent = { 204: z.null() };

export type SharingRouteDeps = {
  sharing: SharingService;
  contextFor: AccessContextLoader;
  previewContextFor(ownerId: string, relationshipId: string): Promise<AccessContext | null>;
  clock: () => Date;
};

function signedInActor(request: FastifyRequest): Actor & { accountId: string } {
  const actor = request.actor;
  if (!actor || !isAccountActor(actor)) throw new AppError('WM_AUTH_REQUIRED');
  return actor;
}

/** The sections a decision lets someone read, with the level they have. */
function sectionsOf(decision: AccessDecision): SharedRecord['sections'] {
  const sections: SharedRecord['sections'] = {};
  for (const section of SECTIONS) {
    if (decision.read.has(section)) {
      sections[section] = decision.suggest.has(section) ? 'suggest' : 'view';
    }
  }
  return sections;
}

/** The rules that leave rows out for this decision, in words the person reads. */
function withheldRules(decision: AccessDecision, name: string): SharingPreview['withheld'] {
  const rules: WithheldRule[] = [];
  if (decision.withheld.forMeOnly) rules.push('for_me_only');
  if (decision.withheld.journalEntries !== 'all') rules.push('journal');
  if (decision.withheld.advanceChoiceDocument && decision.read.has('crisis_plan')) {
    rules.push('advance_choice_document');
  }
  return rules.map((rule) => ({ rule, words: t(`sharing.withheld.${rule}`, { name }) }));
}

export function registerSharingRoutes(app: FastifyInstance, deps: SharingRouteDeps): void {
  const { sharing, contextFor } = deps;
  const api = app.withTypeProvider<ZodTypeProvider>();

  async function current(personId: string, relationshipId: string) {
    const found = await sharing.currentRelationship(personId, relationshipId);
    if (!found) throw notFound();
    return found;
  }

  api.get('/api/shared-with-me', {
    config: { access: SIGNED_IN },
    schema: { response: { 200: sharedWithMeSchema } },
    handler: async (request) => {
      const actor = signedInActor(request);
      const relationships = await sharing.sharedWith(actor.accountId);
      const names = await sharing.accountNames(relationships.map((r) => r.personId));
      const people: SharedRecord[] = [];
      for (const relationship of relationships) {
        // The same decision the record's routes make on this account's next request: a
        // paused owner or grants past their end date leave nothing, so the person is left out.
        const decision = decide(await contextFor(actor, relationship.personId));
        if (decision.read.size === 0) continue;
        people.push({
          personId: relationship.personId,
          name: names.get(relationship.personId) ?? '',
          role: relationship.role as ShareRole,
          sections: sectionsOf(decision),
        });
      }
      return people;
    },
  });

  api.get('/api/shared-with-me/notices', {
    config: { access: SIGNED_IN },
    schema: { response: { 200: sharingNoticesSchema } },
    handler: async (request) => {
      const notices = await sharing.noticesFor(signedInActor(request).accountId);
      const names = await sharing.accountNames([...new Set(notices.map((n) => n.personId))]);
      return notices.map(({ personId, ...notice }) => ({
        ...notice,
        personName: names.get(personId) ?? '',
      }));
    },
  });

  api.get(base, {
    config: { access: OWNER },
    schema: { params, response: { 200: sharingOverviewSchema } },
    handler: async (request) => {
      const { personId } = request.params;
      const state = await sharing.sharingPaused(personId);
      const relationships = (await sharing.relationshipsOf(personId)).filter(
        (r) => r.endedAt === null,
      );
      const names = await sharing.accountNames(
        relationships.flatMap((r) => (r.accountId ? [r.accountId] : [])),
      );
      const teams = await sharing.teamsOf(
        relationships.flatMap((r) => (r.teamId ? [r.teamId] : [])),
      );
      return {
        paused: state.paused,
        pausedEmergencyLinks: state.emergencyLinksPaused,
        people: relationships.map((r) => ({
          relationshipId: r.id,
          accountName: r.accountId ? (names.get(r.accountId) ?? '') : '',
          ...(r.teamId && teams.has(r.teamId) ? { team: teams.get(r.teamId) } : {}),
          knownAs: r.knownAs,
          role: r.role,
          sections: Object.fromEntries(r.grants.map((g) => [g.section, g.level])),
          endsAt: r.grants[0]?.endsAt ?? null,
          advanceChoice: r.grants.some((g) => g.section === 'crisis_plan' && g.advanceChoice),
          since: r.createdAt,
        })),
      };
    },
  });

  api.put(`${base}/:relationshipId`, {
    config: { access: OWNER },
    schema: { params: relationshipParams, body: changeSharingSchema, response: noContent },
    handler: async (request, reply) => {
      const { personId, relationshipId } = request.params;
      const { sections, endsAt, advanceChoice, tellThem } = request.body;
      if (endsAt !== null && !(Date.parse(endsAt) > deps.clock().getTime())) {
        throw new AppError('WM_VALIDATION_FAILED', {
          fields: [{ field: 'endsAt', message: say('sharing.endsAtPast') }],
        });
      }
      await current(personId, relationshipId);
      const grants: GrantInput[] = [];
      for (const [section, level] of Object.entries(sections)) {
        if (level === 'none' || level === undefined) continue;
        grants.push({
          section: section as GrantInput['section'],
          level,
          endsAt: endsAt === null ? null : new Date(endsAt).toISOString(),
          advanceChoice: section === 'crisis_plan' && advanceChoice,
        });
      }
      await sharing.setGrants(personId, relationshipId, grants, { tellThem });
      return reply.code(204).send(null);
    },
  });

  api.delete(`${base}/:relationshipId`, {
    config: { access: OWNER },
    schema: {
      params: relationshipParams,
      querystring: z.object({ tellThem: z.enum(['true', 'false']).optional() }),
      body: z.object({ tellThem: z.boolean() }).nullish(),
      response: noContent,
    },
    handler: async (request, reply) => {
      const { personId, relationshipId } = request.params;
      const tellThem = request.body?.tellThem ?? request.query.tellThem === 'true';
      await current(personId, relationshipId);
      await sharing.revoke(personId, relationshipId, { tellThem });
      return reply.code(204).send(null);
    },
  });

  api.post(`${base}/pause`, {
    config: { access: OWNER },
    schema: { params, body: pauseSharingSchema, response: noContent },
    handler: async (request, reply) => {
      await sharing.pause(request.params.personId, request.body);
      return reply.code(204).send(null);
    },
  });

  api.post(`${base}/resume`, {
    config: { access: OWNER },
    schema: { params, response: noContent },
    handler: async (request, reply) => {
      await sharing.resume(request.params.personId);
      return reply.code(204).send(null);
    },
  });

  api.get(`${base}/:relationshipId/preview`, {
    config: { access: OWNER },
    schema: { params: relationshipParams, response: { 200: sharingPreviewSchema } },
    handler: async (request) => {
      const { personId, relationshipId } = request.params;
      const relationship = await current(personId, relationshipId);
      const context = await deps.previewContextFor(personId, relationshipId);
      if (!context) throw notFound();
      // The same decide() the record's routes use on that person's own requests.
      const decision = decide(context);
      const entries = decision.withheld.journalEntries;
      return {
        relationshipId,
        knownAs: relationship.known_as,
        read: SECTIONS.filter((section) => decision.read.has(section)),
        sharedJournalEntries: entries === 'all' ? 0 : entries.size,
        withheld: withheldRules(decision, relationship.known_as),
        paused: context.sharingPaused,
      };
    },
  });

  const entryShare = '/api/people/:personId/journal/:id/share';

  async function existingEntry(personId: string, entryId: string) {
    if (!(await sharing.hasJournalEntry(personId, entryId))) throw notFound();
  }

  api.get(entryShare, {
    config: { access: OWNER },
    schema: { params: entryParams, response: { 200: entrySharesSchema } },
    handler: async (request) => {
      const { personId, id: entryId } = request.params;
      await existingEntry(personId, entryId);
      return { relationshipIds: await sharing.sharesOfEntry(personId, entryId) };
    },
  });

  api.post(entryShare, {
    config: { access: OWNER },
    schema: { params: entryParams, body: shareEntrySchema, response: noContent },
    handler: async (request, reply) => {
      const { personId, id: entryId } = request.params;
      await existingEntry(personId, entryId);
      await current(personId, request.body.relationshipId);
      await sharing.shareJournalEntry(personId, request.body.relationshipId, entryId);
      return reply.code(204).send(null);
    },
  });

  api.delete(`${entryShare}/:relationshipId`, {
    config: { access: OWNER },
    schema: { params: entryParams.extend({ relationshipId: id() }), response: noContent },
    handler: async (request, reply) => {
      const { personId, id: entryId, relationshipId } = request.params;
      await existingEntry(personId, entryId);
      await current(personId, relationshipId);
      await sharing.unshareJournalEntry(personId, relationshipId, entryId);
      return reply.code(204).send(null);
    },
  });
}
