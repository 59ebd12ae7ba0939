// The FHIR read API's use cases (decision 0049): the resources an app's token may read, built by
// the one mapping (to-bundle.ts) from the one gatherer the export uses (export.service.ts),
// given the token's decision narrowed to the types asked for. Nothing here decides access: the
// access step has, and the decision it made is all this reads through.
import type { Bundle, BundleLink, Resource } from '@medplum/fhirtypes';
import type { AccessDecision } from '../../../domain/access/decision.ts';
import { AppError, notFound } from '../../../domain/errors.ts';
import { SYSTEMS } from '../../../domain/fhir/codes.ts';
import type { ResourceKind } from '../../../domain/fhir/fhir-write.ts';
import type { RecordSnapshot } from '../../../domain/fhir/snapshot.ts';
import { toBundle } from '../../../domain/fhir/to-bundle.ts';
import {
  type FhirApiType,
  loggedSections,
  narrowToTypes,
  typesOfScopes,
} from '../../../domain/fhir-api/scopes.ts';
import { type FhirSearch, matches } from '../../../domain/fhir-api/search.ts';
import type { InvitableSection } from '../../../domain/sharing/share-choices.ts';
import { SHAREABLE_SECTIONS } from '../../../domain/sharing/share-choices.ts';
import type { FhirAccess } from '../../http/access.ts';
import type { ExportService } from '../export/export.service.ts';

/**
 * Kinds of resource the export writes that the API never gives: the people the person shares
 * with and their journal sharing (Consent is the token's own grant alone), journal entries,
 * version history, and the check-in form and life areas (types the API does not serve).
 */
const NEVER: ReadonlySet<ResourceKind> = new Set<ResourceKind>([
  'relationship',
  'shared_journal_entries',
  'journal_entry',
  'provenance',
  'checkin_settings',
  'life_area',
]);

const kindOf = (resource: Resource) =>
  resource.meta?.tag?.find((tag) => tag.system === SYSTEMS.kind)?.code as ResourceKind | undefined;

export function createFhirApiService(exports: ExportService, clock: () => Date, baseUrl: string) {
  const base = `${baseUrl.replace(/\/+$/, '')}/fhir/R4`;

  /** The token's types; asking for one outside them is refused (it says nothing of the record). */
  function typesOf(access: FhirAccess, wanted: readonly FhirApiType[] | 'all'): FhirApiType[] {
    const scoped = typesOfScopes(access.context.apiToken?.scopes ?? []);
    if (wanted === 'all') return [...scoped];
    for (const type of wanted)
      if (!scoped.has(type)) throw new AppError('WM_FHIR_SCOPE', { params: { type } });
    return [...wanted];
  }

  /** The token's own grant, as the person's sharing is written: one Consent per section. */
  function ownGrant(access: FhirAccess): RecordSnapshot['relationships'] {
    const token = access.context.apiToken;
    if (!token) return [];
    const read = access.decision.read;
    return [
      {
        id: token.id,
        role: 'other',
        knownAs: token.name,
        team: null,
        since: token.createdAt,
        grants: SHAREABLE_SECTIONS.filter((s) => read.has(s)).map((section: InvitableSection) => ({
          section,
          level: 'view',
          endsAt: token.endsAt,
          advanceChoice: false,
        })),
        sharedJournalEntryIds: [],
      },
    ];
  }

  /** Every resource of `types` the token may read, in the mapping's order; logs what it read. */
  async function resourcesOf(access: FhirAccess, types: FhirApiType[]): Promise<Resource[]> {
    const narrowed: AccessDecision = narrowToTypes(access.decision, types);
    const gathered = await exports.gather(narrowed);
    const snapshot: RecordSnapshot = {
      ...gathered,
      // Files are listed (name, type, size, hash) without their bytes: answers stay small.
      attachments: gathered.attachments.map((file) => ({ ...file, content: '' })),
      relationships: types.includes('Consent') ? ownGrant(access) : [],
    };
    const bundle = toBundle(snapshot, { now: clock(), baseUrl });
    const wanted = new Set<string>(types);
    access.logged = loggedSections(narrowed, types);
    return (bundle.entry ?? []).flatMap(({ resource }) => {
      if (!resource || !wanted.has(resource.resourceType)) return [];
      const kind = kindOf(resource);
      if (!kind || NEVER.has(kind)) return [];
      return [resource];
    });
  }

  /** The token's person, or the 404 of a record that is not there (another person's id too). */
  function checkPatient(access: FhirAccess, patient: string | null) {
    if (patient !== null && patient !== access.decision.ownerId) throw notFound();
  }

  function page(
    resources: Resource[],
    search: FhirSearch,
    self: (offset: number) => string,
  ): Bundle {
    const matched = resources.filter((resource) => matches(resource, search));
    const shown = matched.slice(search.offset, search.offset + search.count);
    const link: BundleLink[] = [{ relation: 'self', url: self(search.offset) }];
    if (search.offset + search.count < matched.length)
      link.push({ relation: 'next', url: self(search.offset + search.count) });
    return {
      resourceType: 'Bundle',
      type: 'searchset',
      timestamp: clock().toISOString(),
      total: matched.length,
      link,
      entry: shown.map((resource) => ({
        fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
        resource,
        search: { mode: 'match' },
      })),
    };
  }

  return {
    async read(access: FhirAccess, type: FhirApiType, id: string): Promise<Resource> {
      const types = typesOf(access, [type]);
      if (type === 'Patient') checkPatient(access, id);
      const found = (await resourcesOf(access, types)).find((r) => r.id === id);
      if (!found) throw notFound();
      return found;
    },

    async search(
      access: FhirAccess,
      type: FhirApiType,
      search: FhirSearch,
      self: (offset: number) => string,
    ): Promise<Bundle> {
      const types = typesOf(access, [type]);
      checkPatient(access, search.patient);
      return page(await resourcesOf(access, types), search, self);
    },

    /** Everything the token may read about its patient, one page at a time. */
    async everything(
      access: FhirAccess,
      patientId: string,
      search: FhirSearch,
      self: (offset: number) => string,
    ): Promise<Bundle> {
      checkPatient(access, patientId);
      const types = typesOf(access, 'all');
      return page(await resourcesOf(access, types), search, self);
    },
  };
}

export type FhirApiService = ReturnType<typeof createFhirApiService>;
