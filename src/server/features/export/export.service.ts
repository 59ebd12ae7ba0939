// Gathers everything a person owns into a RecordSnapshot (decision 0045), the input of the FHIR
// mapping. The route has already decided, with the one access model, that the asker owns the
// record (the OWNER rule); the gatherer then reads as the person, with owner scopes, so it
// withholds nothing. Live items only: what is deleted or purged stays behind, and earlier
// versions travel as summaries (who wrote, who agreed, when), never their words.
//
// Bounded: a fixed number of queries (one per table), whatever the size of the record; files
// by the storage quota (STORAGE_QUOTA_MB) and everything else by the write rate limit.
import type { Bundle } from '@medplum/fhirtypes';
import type { RelationshipRole } from '../../../domain/access/context.ts';
import type { AccessDecision } from '../../../domain/access/decision.ts';
import { requireSection } from '../../../domain/access/scope.ts';
import {
  ATTACHMENT_PURPOSES,
  type AttachmentPurpose,
} from '../../../domain/attachments/file-type.ts';
import type { Role } from '../../../domain/auth/auth.schema.ts';
import { notFound } from '../../../domain/errors.ts';
import { limitSnapshot } from '../../../domain/fhir/limit-snapshot.ts';
import type {
  AttachmentSnapshot,
  GoalSnapshot,
  Kept,
  RecordSnapshot,
  RelationshipSnapshot,
  VersionAction,
  VersionSummary,
  Writer,
} from '../../../domain/fhir/snapshot.ts';
import { PLAN_KINDS } from '../../../domain/fhir/snapshot.ts';
import { toBundle } from '../../../domain/fhir/to-bundle.ts';
import type { LanguageCode } from '../../../domain/i18n/languages.ts';
import type { ResponseItem } from '../../../domain/measures/response.schema.ts';
import type { Section } from '../../../domain/record/sections.ts';
import { reviewDataSchema } from '../../../domain/reviews/review.schema.ts';
import type { InvitableSection } from '../../../domain/sharing/share-choices.ts';
import type { RecordScope } from '../../http/access.ts';
import { type Keyring, open } from '../journal/journal-crypto.ts';
import { readRow } from '../record/stored-items.ts';
import { REVIEW_SHAPE_VERSION } from '../reviews/reviews.service.ts';
import type { ExportRepo } from './export.repo.ts';

type Action = VersionAction;
type Step = {
  version: number;
  action: string;
  authored_by: string;
  authored_role: string;
  created_at: string;
  agreed_by?: string | null;
  agreed_at?: string | null;
};

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

export function createExportService(
  repo: ExportRepo,
  keys: () => Keyring,
  clock: () => Date,
  baseUrl: string,
) {
  /** The whole record as our own types, read as its owner. */
  async function snapshot(scope: RecordScope): Promise<RecordSnapshot> {
    // The route's rule (OWNER) decided; the gatherer reads every section as the person does.
    requireSection(scope, 'about_me', 'read');
    if (!scope.decision.isOwner) throw notFound();
    return gather(scope.decision);
  }

  /**
   * What one access decision may read of the record, as our own types: the owner's whole
   * record, or an app's sections (the FHIR read API, decision 0049). Tables of sections the
   * decision does not read are not queried at all, nor is a journal entry not shown decrypted.
   */
  async function gather(decision: AccessDecision): Promise<RecordSnapshot> {
    const personId = decision.ownerId;
    const account = await repo.account(personId);
    if (!account) throw notFound();
    const reads = (section: Section) => decision.read.has(section);
    /** The table's rows when the decision reads them; none, and no query, when it does not. */
    const when = <T>(reads: boolean, rows: () => Promise<T[]>): Promise<T[]> =>
      reads ? rows() : Promise.resolve([]);
    const entries = decision.withheld.journalEntries;
    const readsJournal = entries === 'all' || entries.size > 0;
    const [items, itemRevisions, checkins, checkinRevisions, journal, journalRevisions] =
      await Promise.all([
        repo.items(personId),
        repo.itemRevisions(personId),
        when(reads('checkins'), () => repo.checkins(personId)),
        when(reads('checkins'), () => repo.checkinRevisions(personId)),
        when(readsJournal, () => repo.journal(personId)),
        when(readsJournal, () => repo.journalRevisions(personId)),
      ]);
    const readsMeasures = reads('measures');
    const readsFiles = Object.values(ATTACHMENT_PURPOSES).some((p) => reads(p.section));
    const [responses, responseRevisions, observations, files, relationships, grants, shared] =
      await Promise.all([
        when(readsMeasures, () => repo.responses(personId)),
        when(readsMeasures, () => repo.responseRevisions(personId)),
        when(readsMeasures, () => repo.observations(personId)),
        when(readsFiles, () => repo.attachments(personId)),
        when(decision.isOwner, () => repo.relationships(personId)),
        when(decision.isOwner, () => repo.grants(personId)),
        when(decision.isOwner, () => repo.sharedEntries(personId)),
      ]);
    const readsReviews = reads('reviews');
    const [reviewRows, reviewRevisions] = await Promise.all([
      when(readsReviews, () => repo.reviews(personId)),
      when(readsReviews, () => repo.reviewRevisions(personId)),
    ]);
    // Reviews this server cannot read (a newer shape, or damaged) are left out, as its pages do.
    const reviews = reviewRows.flatMap((row) => {
      if (row.schema_version > REVIEW_SHAPE_VERSION) return [];
      const parsed = reviewDataSchema.safeParse(JSON.parse(row.data));
      return parsed.success ? [{ row, data: parsed.data }] : [];
    });

    const writerIds = new Set<string>([personId]);
    for (const r of [
      ...itemRevisions,
      ...checkinRevisions,
      ...journalRevisions,
      ...responseRevisions,
      ...reviewRevisions,
    ]) {
      writerIds.add(r.authored_by);
      if ('agreed_by' in r && r.agreed_by) writerIds.add(r.agreed_by);
    }
    for (const { data } of reviews)
      for (const area of data.areas) for (const a of area.actions) writerIds.add(a.addedBy);
    const writers = new Map<string, Writer>();
    for (const row of await repo.writers(personId, [...writerIds])) {
      writers.set(row.id, {
        accountId: row.id,
        name: row.id === personId ? row.display_name : row.known_as || row.display_name,
        role: row.role as Role,
      });
    }
    const writer = (id: string, role: string): Writer =>
      writers.get(id) ?? { accountId: id, name: '', role: role as Role };
    const summarise = (steps: readonly Step[] | undefined): VersionSummary[] =>
      (steps ?? []).map((step) => ({
        version: step.version,
        action: step.action as Action,
        at: step.created_at,
        author: writer(step.authored_by, step.authored_role),
        agreed:
          step.agreed_by && step.agreed_at
            ? { by: writer(step.agreed_by, 'person'), at: step.agreed_at }
            : null,
      }));

    const historyOf = groupBy(itemRevisions, (r) => r.item_id);
    // Rows this server cannot read (written by a newer one, or damaged) are left out, as the
    // record's own lists leave them out.
    const kept = items.flatMap((row) => {
      const reading = readRow(row);
      if (!reading.ok) return [];
      const item: Kept<unknown> & { kind: string; parentId: string | null } = {
        id: row.id,
        kind: row.kind,
        parentId: row.parent_id,
        data: reading.data,
        updatedAt: row.updated_at,
        history: summarise(historyOf.get(row.id)),
      };
      return [item];
    });
    const ofKind = <T>(kind: string) =>
      kept
        .filter((item) => item.kind === kind)
        .map(({ id, data, updatedAt, history }) => ({ id, data, updatedAt, history }) as Kept<T>);
    const one = <T>(kind: string) => ofKind<T>(kind)[0] ?? null;

    const notesOf = groupBy(
      kept.filter((item) => item.kind === 'goal_note'),
      (note) => note.parentId ?? '',
    );
    const goals: GoalSnapshot[] = ofKind<GoalSnapshot['data']>('goal').map((goal) => ({
      ...goal,
      notes: (notesOf.get(goal.id) ?? []).map(
        ({ id, data, updatedAt, history }) =>
          ({ id, data, updatedAt, history }) as GoalSnapshot['notes'][number],
      ),
    }));

    const checkinHistory = groupBy(checkinRevisions, (r) => r.checkin_id);
    const journalHistory = groupBy(journalRevisions, (r) => r.entry_id);
    const responseHistory = groupBy(responseRevisions, (r) => r.response_id);
    const reviewHistory = groupBy(reviewRevisions, (r) => r.review_id);
    const scoresOf = groupBy(observations, (o) => o.response_id);
    const grantsOf = groupBy(grants, (g) => g.relationship_id);
    const sharedOf = groupBy(shared, (s) => s.relationship_id);
    const journalIds = new Set(journal.map((entry) => entry.id));
    const keyring = keys();

    // Every plan kind the mapping knows, so a new plan section travels once it is mapped.
    const plans = Object.fromEntries(
      PLAN_KINDS.map((kind) => [kind, one(kind)]),
    ) as RecordSnapshot['plans'];

    const full: RecordSnapshot = {
      person: {
        id: personId,
        name: account.display_name,
        email: account.email,
        language: account.language as LanguageCode | null,
      },
      aboutMe: one('about_me'),
      lifeAreas: ofKind('life_area'),
      goals,
      plans,
      supportNetwork: ofKind('support_contact'),
      relationships: relationships.map(
        (r): RelationshipSnapshot => ({
          id: r.id,
          role: r.role as RelationshipRole,
          knownAs: r.known_as,
          team:
            r.team_id === null ? null : { name: r.team_name ?? '', service: r.service_name ?? '' },
          since: r.created_at,
          grants: (grantsOf.get(r.id) ?? []).map((g) => ({
            section: g.section as InvitableSection,
            level: g.level as RelationshipSnapshot['grants'][number]['level'],
            endsAt: g.ends_at,
            advanceChoice: Number(g.advance_choice) === 1,
          })),
          sharedJournalEntryIds: (sharedOf.get(r.id) ?? [])
            .map((s) => s.entry_id)
            .filter((id) => journalIds.has(id)),
        }),
      ),
      checkinSettings: one('checkin_settings'),
      checkins: checkins.map((c) => ({
        id: c.id,
        takenAt: c.taken_at,
        takenOn: c.taken_on,
        scores: JSON.parse(c.scores) as Record<string, number>,
        note: c.note,
        forMeOnly: Number(c.for_me_only) === 1,
        signsPresent: JSON.parse(c.signs_present) as string[],
        updatedAt: c.updated_at,
        history: summarise(checkinHistory.get(c.id)),
      })),
      lifeAreaRatings: ofKind('life_area_rating'),
      measureResponses: responses.map((r) => ({
        id: r.id,
        questionnaire: r.questionnaire,
        authored: r.authored,
        items: ((JSON.parse(r.response) as { item?: ResponseItem[] }).item ?? []) as ResponseItem[],
        scoreDetails: r.scores,
        scores: (scoresOf.get(r.id) ?? []).map((o) => ({
          id: o.id,
          scaleId: o.scale_id,
          system: o.code_system,
          code: o.code,
          display: o.display,
          value: Number(o.value),
          effectiveAt: o.effective_at,
          itemsAnswered: o.items_answered === null ? null : Number(o.items_answered),
          itemsTotal: o.items_total === null ? null : Number(o.items_total),
        })),
        note: r.note,
        forMeOnly: Number(r.for_me_only) === 1,
        updatedAt: r.updated_at,
        history: summarise(responseHistory.get(r.id)),
      })),
      // Decrypted for the person; an entry no configured key opens fails the export (500)
      // rather than leaving words out without saying so.
      journal: journal
        .filter((e) => entries === 'all' || entries.has(e.id))
        .map((e) => ({
          id: e.id,
          date: e.entry_date,
          mood: e.mood === null ? null : Number(e.mood),
          text: open(
            keyring,
            { keyId: e.key_id, iv: e.iv, authTag: e.auth_tag, ciphertext: e.ciphertext },
            { personId, entryId: e.id },
          ),
          updatedAt: e.updated_at,
          history: summarise(journalHistory.get(e.id)),
        })),
      attachments: files.map(
        (f): AttachmentSnapshot => ({
          id: f.id,
          purpose: f.purpose as AttachmentPurpose,
          mediaType: f.media_type,
          fileName: f.file_name,
          byteSize: Number(f.byte_size),
          sha256: f.sha256,
          createdAt: f.created_at,
          content: f.content,
        }),
      ),
      reviews: reviews.map(({ row, data }) => ({
        id: row.id,
        createdAt: row.created_at,
        data: {
          ...data,
          areas: data.areas.map((area) => ({
            ...area,
            actions: area.actions.map(({ addedBy, addedByRole, addedElsewhere, ...action }) => ({
              ...action,
              // One brought in from another installation keeps the name it had there.
              addedBy: addedElsewhere ?? writer(addedBy, addedByRole),
            })),
          })),
        },
        updatedAt: row.updated_at,
        history: summarise(reviewHistory.get(row.id)),
      })),
    };
    return limitSnapshot(full, decision);
  }

  return {
    snapshot,
    gather,
    async bundle(scope: RecordScope): Promise<{ bundle: Bundle; at: Date }> {
      const at = clock();
      return { bundle: toBundle(await snapshot(scope), { now: at, baseUrl }), at };
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
