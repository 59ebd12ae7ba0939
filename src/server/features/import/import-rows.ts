// Turns a record read from a Bundle (fromBundle) into the rows this installation stores for a
// person, with new ids throughout (decision 0048). Every id one part uses to name another (a
// goal's life area, a rating's areas, the plans' contacts and files, a goal rating's answers
// `goal-<id>`) is given the new id of what it names. No I/O here except making ids and
// encrypting journal text, so the service can build every row before it opens the transaction.
import { createHash, randomUUID } from 'node:crypto';
import { PLAN_KINDS, type RecordSnapshot } from '../../../domain/fhir/snapshot.ts';
import { saidValue } from '../../../domain/i18n/said.ts';
import type { ItemKind } from '../../../domain/record/sections.ts';
import { currentShapeVersion } from '../../../domain/record/stored-json.ts';
import type { ReviewData } from '../../../domain/reviews/review.schema.ts';
import type {
  AttachmentRow,
  CheckinRow,
  JournalEntryRow,
  MeasureResponseRow,
  ObservationRow,
  RecordItemRow,
  ReviewRow,
} from '../../store/schema.ts';
import { type Keyring, seal } from '../journal/journal-crypto.ts';
import { documentId } from '../record/record.service.ts';
import { REVIEW_SHAPE_VERSION } from '../reviews/reviews.service.ts';
import { ImportRefused } from './import-refused.ts';

export type ImportRows = {
  items: RecordItemRow[];
  checkins: CheckinRow[];
  journal: JournalEntryRow[];
  responses: MeasureResponseRow[];
  observations: ObservationRow[];
  attachments: AttachmentRow[];
  reviews: ReviewRow[];
};

/** Old id → new id, for every item of the snapshot. */
type IdMap = Map<string, string>;

/** Gives each string that is exactly an old id (or a goal rating's `goal-<id>`) its new id. */
export function remapIds<T>(value: T, ids: IdMap): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') {
      const direct = ids.get(v);
      if (direct) return direct;
      if (v.startsWith('goal-')) {
        const goal = ids.get(v.slice(5));
        if (goal) return `goal-${goal}`;
      }
      return v;
    }
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object')
      return Object.fromEntries(Object.entries(v).map(([k, inner]) => [k, walk(inner)]));
    return v;
  };
  return walk(value) as T;
}

/** Every id the snapshot gives an item, mapped to the id it gets here. */
function newIds(personId: string, s: RecordSnapshot): IdMap {
  const ids: IdMap = new Map();
  const fresh = (old: string) => ids.set(old, randomUUID());
  // One-per-person documents keep the id this installation derives for them (documentId).
  const documents: [ItemKind, { id: string } | null][] = [
    ['about_me', s.aboutMe],
    ...PLAN_KINDS.map((kind): [ItemKind, { id: string } | null] => [kind, s.plans[kind]]),
    ['checkin_settings', s.checkinSettings],
  ];
  for (const [kind, item] of documents) if (item) ids.set(item.id, documentId(personId, kind));
  for (const list of [
    s.lifeAreas,
    s.goals,
    s.goals.flatMap((g) => g.notes),
    s.supportNetwork,
    s.lifeAreaRatings,
    s.checkins,
    s.measureResponses,
    s.journal,
    s.attachments,
    s.reviews,
  ])
    for (const item of list) fresh(item.id);
  return ids;
}

function scoreDetailsOf(text: string, questionnaire: string): unknown {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object') return parsed;
  } catch {
    // refused below
  }
  throw new ImportRefused(
    saidValue('fhir.import.invalidItem', {
      where: `QuestionnaireResponse ${questionnaire}`.slice(0, 200),
    }),
  );
}

export type RowContext = {
  personId: string;
  at: string;
  keys: Keyring;
  /** This installation's measure id for a questionnaire's canonical url|version. */
  measureIds: ReadonlyMap<string, string>;
};

export function rowsOf(s: RecordSnapshot, c: RowContext): ImportRows {
  const ids = newIds(c.personId, s);
  const to = (old: string) => ids.get(old) as string;
  const item = (
    kind: ItemKind,
    old: string,
    data: unknown,
    position: number,
    parentId: string | null = null,
  ): RecordItemRow => ({
    person_id: c.personId,
    id: to(old),
    kind,
    parent_id: parentId,
    position,
    data: JSON.stringify(remapIds(data, ids)),
    schema_version: currentShapeVersion(kind),
    version: 1,
    created_at: c.at,
    updated_at: c.at,
    deleted_at: null,
  });
  const items: RecordItemRow[] = [];
  if (s.aboutMe) items.push(item('about_me', s.aboutMe.id, s.aboutMe.data, 0));
  for (const [i, a] of s.lifeAreas.entries()) items.push(item('life_area', a.id, a.data, i));
  for (const [i, g] of s.goals.entries()) {
    items.push(item('goal', g.id, g.data, i));
    for (const [j, n] of g.notes.entries())
      items.push(item('goal_note', n.id, n.data, j, to(g.id)));
  }
  for (const [i, k] of s.supportNetwork.entries())
    items.push(item('support_contact', k.id, k.data, i));
  for (const kind of PLAN_KINDS) {
    const plan = s.plans[kind];
    if (plan) items.push(item(kind, plan.id, plan.data, 0));
  }
  if (s.checkinSettings)
    items.push(item('checkin_settings', s.checkinSettings.id, s.checkinSettings.data, 0));
  for (const [i, r] of s.lifeAreaRatings.entries())
    items.push(item('life_area_rating', r.id, r.data, i));

  const checkins: CheckinRow[] = s.checkins.map((k) => ({
    person_id: c.personId,
    id: to(k.id),
    taken_at: k.takenAt,
    taken_on: k.takenOn,
    scores: JSON.stringify(k.scores),
    note: k.note,
    for_me_only: k.forMeOnly ? 1 : 0,
    signs_present: JSON.stringify(k.signsPresent),
    version: 1,
    created_at: c.at,
    updated_at: c.at,
    deleted_at: null,
  }));

  const journal: JournalEntryRow[] = s.journal.map((e) => {
    const id = to(e.id);
    const sealed = seal(c.keys, e.text, { personId: c.personId, entryId: id });
    return {
      person_id: c.personId,
      id,
      entry_date: e.date,
      mood: e.mood,
      key_id: sealed.keyId,
      iv: sealed.iv,
      auth_tag: sealed.authTag,
      ciphertext: sealed.ciphertext,
      version: 1,
      created_at: c.at,
      updated_at: c.at,
      deleted_at: null,
    };
  });

  const responses: MeasureResponseRow[] = [];
  const observations: ObservationRow[] = [];
  for (const r of s.measureResponses) {
    const measureId = c.measureIds.get(r.questionnaire);
    if (!measureId)
      throw new ImportRefused(
        saidValue('import.unknownMeasure', { questionnaire: r.questionnaire.slice(0, 200) }),
      );
    const id = to(r.id);
    const response = {
      resourceType: 'QuestionnaireResponse',
      id,
      questionnaire: r.questionnaire,
      status: 'completed',
      authored: r.authored,
      item: remapIds(r.items, ids),
    };
    responses.push({
      person_id: c.personId,
      id,
      measure_id: measureId,
      questionnaire: r.questionnaire,
      response: JSON.stringify(response),
      scores: JSON.stringify(remapIds(scoreDetailsOf(r.scoreDetails, r.questionnaire), ids)),
      note: r.note,
      for_me_only: r.forMeOnly ? 1 : 0,
      authored: r.authored,
      version: 1,
      created_at: c.at,
      updated_at: c.at,
    });
    for (const o of r.scores)
      observations.push({
        person_id: c.personId,
        id: randomUUID(),
        response_id: id,
        measure_id: measureId,
        scale_id: remapIds(o.scaleId, ids),
        code_system: o.system,
        code: remapIds(o.code, ids),
        display: o.display,
        value: String(o.value),
        effective_at: o.effectiveAt,
        for_me_only: r.forMeOnly ? 1 : 0,
        created_at: c.at,
        items_answered: o.itemsAnswered,
        items_total: o.itemsTotal,
      });
  }

  const attachments: AttachmentRow[] = s.attachments.map((f) => {
    const bytes = Buffer.from(f.content, 'base64');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    if (sha256 !== f.sha256.toLowerCase() || bytes.length !== f.byteSize)
      throw new ImportRefused(saidValue('import.fileChanged', { name: f.fileName.slice(0, 200) }));
    return {
      person_id: c.personId,
      id: to(f.id),
      purpose: f.purpose,
      media_type: f.mediaType,
      file_name: f.fileName,
      byte_size: bytes.length,
      sha256,
      content: f.content,
      created_at: c.at,
      deleted_at: null,
      version: 1,
      purged_at: null,
    };
  });

  // A review keeps when it was started, so each still reads beside the one before it. An action
  // the person added is theirs here too; one a practitioner (or anyone else) added there keeps
  // that writer's name and role as words, linked to no account here (decision 0048).
  const reviews: ReviewRow[] = s.reviews.map((r) => {
    const data: ReviewData = {
      ...r.data,
      areas: r.data.areas.map((area) => ({
        ...area,
        actions: area.actions.map(({ addedBy, ...action }) => ({
          ...action,
          addedBy: c.personId,
          addedByRole: 'person' as const,
          ...(addedBy.accountId === s.person.id ? {} : { addedElsewhere: addedBy }),
        })),
      })),
    };
    return {
      person_id: c.personId,
      id: to(r.id),
      data: JSON.stringify(remapIds(data, ids)),
      schema_version: REVIEW_SHAPE_VERSION,
      version: 1,
      created_by: c.personId,
      created_at: r.createdAt,
      updated_at: c.at,
      deleted_at: null,
    };
  });

  return { items, checkins, journal, responses, observations, attachments, reviews };
}
