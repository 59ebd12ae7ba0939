// Emergency links: the person makes a link that shows their crisis plan, read-only, to whoever
// holds it, until it expires or they revoke it. Tokens are 256 random bits, stored only as a
// hash. Unknown, expired and revoked tokens all look the same: not found.
import { randomBytes, randomUUID } from 'node:crypto';
import type { EmergencyLinkActor } from '../../../domain/access/policy.ts';
import { authorize, otherSection, type RecordScope } from '../../../domain/access/scope.ts';
import { notFound } from '../../../domain/errors.ts';
import type { CrisisPlan, SupportContact } from '../../../domain/record/plans.schema.ts';
import { EMPTY_CRISIS_PLAN } from '../../../domain/record/plans.schema.ts';
import type { IfMatch } from '../../../domain/record/versioning.ts';
import type { EmergencyLinkRow } from '../../store/schema.ts';
import { hashToken } from '../auth/auth.service.ts';
import type { Clock, RecordService } from '../record/record.service.ts';
import { requireVersion, saveIfVersion } from '../record/versioned-write.ts';
import type { AccessContextLoader } from '../sharing/access-context.ts';
import type { AccessLog } from '../sharing/access-log.ts';
import type { EmergencyLinkRepo } from './emergency-links.repo.ts';

export type LinkStatus = 'active' | 'expired' | 'revoked';
export type EmergencyLink = {
  id: string;
  version: number;
  label: string;
  createdAt: string;
  expiresAt: string;
  revokedAt: string | null;
  status: LinkStatus;
  views: string[];
};
export type SharedCrisisPlan = {
  displayName: string;
  updatedAt: string | null;
  expiresAt: string;
  plan: CrisisPlan;
  contacts: Array<{ id: string; name: string; phone: string; email: string; howTheyHelp: string }>;
};

function statusOf(link: EmergencyLinkRow, now: Date): LinkStatus {
  if (link.revoked_at) return 'revoked';
  return Date.parse(link.expires_at) <= now.getTime() ? 'expired' : 'active';
}

export function createEmergencyLinkService(
  repo: EmergencyLinkRepo,
  records: RecordService,
  clock: Clock,
  displayNameOf: (personId: string) => Promise<string>,
  access: { contextFor: AccessContextLoader; log: AccessLog },
) {
  const toLink = (row: EmergencyLinkRow, views: string[]): EmergencyLink => ({
    id: row.id,
    version: Number(row.version),
    label: row.label,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    status: statusOf(row, clock()),
    views,
  });

  return {
    async create(
      scope: RecordScope,
      input: { expiresInHours: number; label: string },
    ): Promise<EmergencyLink & { token: string }> {
      if (scope.section !== 'crisis_plan' || scope.action !== 'write')
        throw new Error('Needs crisis_plan write');
      const now = clock();
      const token = randomBytes(32).toString('base64url');
      const row: EmergencyLinkRow = {
        person_id: scope.personId,
        id: randomUUID(),
        token_hash: hashToken(token),
        created_at: now.toISOString(),
        expires_at: new Date(now.getTime() + input.expiresInHours * 3_600_000).toISOString(),
        revoked_at: null,
        version: 1,
        label: input.label,
      };
      await repo.insert(row);
      return { ...toLink(row, []), token };
    },

    async list(scope: RecordScope): Promise<EmergencyLink[]> {
      if (scope.section !== 'crisis_plan') throw new Error('Needs crisis_plan read');
      const [links, views] = await Promise.all([
        repo.list(scope.personId),
        repo.views(scope.personId),
      ]);
      return links.map((link) =>
        toLink(
          link,
          views.filter((v) => v.link_id === link.id).map((v) => v.viewed_at),
        ),
      );
    },

    /**
     * Ends the link at once. Like every other write it names the version it read (428 without
     * one, 412 with the link as it is now when that changed). Revoking a link already revoked,
     * at the version that shows it revoked, changes nothing and answers it as it is.
     */
    async revoke(scope: RecordScope, id: string, ifMatch: IfMatch): Promise<EmergencyLink> {
      if (scope.section !== 'crisis_plan' || scope.action !== 'write')
        throw new Error('Needs crisis_plan write');
      const link = await repo.find(scope.personId, id);
      if (!link) throw notFound();
      const views = (await repo.views(scope.personId))
        .filter((v) => v.link_id === id)
        .map((v) => v.viewed_at);
      if (link.revoked_at && requireVersion(ifMatch) === link.version) return toLink(link, views);
      const updated = await saveIfVersion(ifMatch, link, {
        save: (expected) => repo.revoke(scope.personId, id, expected, clock().toISOString()),
        reread: () => repo.find(scope.personId, id),
        present: (row) => toLink(row, views),
      });
      return toLink(updated, views);
    },

    /**
     * Gives the link another name (or none), for the person's own list only: the link itself,
     * its expiry and whoever holds it are unchanged. A revoked or expired link can be renamed
     * too, so the list stays readable. If-Match as for every write.
     */
    async rename(
      scope: RecordScope,
      id: string,
      label: string,
      ifMatch: IfMatch,
    ): Promise<EmergencyLink> {
      if (scope.section !== 'crisis_plan' || scope.action !== 'write')
        throw new Error('Needs crisis_plan write');
      const link = await repo.find(scope.personId, id);
      if (!link) throw notFound();
      const views = (await repo.views(scope.personId))
        .filter((v) => v.link_id === id)
        .map((v) => v.viewed_at);
      const updated = await saveIfVersion(ifMatch, link, {
        save: (expected) => repo.rename(scope.personId, id, expected, label),
        reread: () => repo.find(scope.personId, id),
        present: (row) => toLink(row, views),
      });
      return toLink(updated, views);
    },

    /** Opens the crisis plan through a link, and records the view for the person to see. */
    async open(token: string): Promise<SharedCrisisPlan> {
      const link = await repo.findByTokenHash(hashToken(token));
      const now = clock();
      if (!link || statusOf(link, now) !== 'active') throw notFound();
      const actor: EmergencyLinkActor = {
        kind: 'emergency_link',
        linkId: link.id,
        personId: link.person_id,
      };
      // The same policy as every other read; a person who paused links too gets the 404.
      const context = await access.contextFor(actor, link.person_id);
      const planScope = authorize(context, 'crisis_plan', 'read');
      const item = await records.getSingleton<CrisisPlan>(planScope, 'crisis_plan');
      const plan = item?.data ?? EMPTY_CRISIS_PLAN;
      const named = new Set([
        ...plan.wantInvolved.map((w) => w.contactId),
        plan.nominatedPersonContactId,
      ]);
      const networkScope = otherSection(planScope, 'support_network', 'read');
      const contacts = (await records.list<SupportContact>(networkScope, 'support_contact'))
        .filter((contact) => named.has(contact.id))
        .map(({ id, data }) => ({
          id,
          name: data.name,
          phone: data.phone,
          email: data.email,
          howTheyHelp: data.howTheyHelp,
        }));
      await repo.recordView(link.person_id, randomUUID(), link.id, now.toISOString());
      await access.log.append({
        personId: link.person_id,
        actorId: null,
        actorName: '',
        actorRole: 'emergency_link',
        relationshipId: null,
        what: 'emergency_link_opened',
        section: 'crisis_plan',
        detail: { linkId: link.id },
      });
      return {
        displayName: await displayNameOf(link.person_id),
        updatedAt: item?.updatedAt ?? null,
        expiresAt: link.expires_at,
        plan: { ...plan, advanceChoiceDocumentId: null },
        contacts,
      };
    },
  };
}

export type EmergencyLinkService = ReturnType<typeof createEmergencyLinkService>;
