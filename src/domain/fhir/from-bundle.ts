// A Waymark export read back into our own shapes (decision 0045): the inverse of to-bundle.ts.
// The Bundle is checked first (bundle-checks.ts); then each resource is read by the kind its tag
// names and its words are checked by the same schemas the record's routes use. The first problem
// found is the answer; nothing here throws on any input.
import { RELATIONSHIP_ROLES } from '../access/context.ts';
import { ATTACHMENT_PURPOSES, type AttachmentPurpose } from '../attachments/file-type.ts';
import {
  type CheckinSettings,
  checkinSettingsSchema,
  lifeAreaRatingSetSchema,
} from '../checkins/checkins.schema.ts';
import { isLanguageCode } from '../i18n/languages.ts';
import { type Said, saidValue } from '../i18n/said.ts';
import { journalEntrySchema } from '../journal/journal.schema.ts';
import {
  afterCrisisSchema,
  crisisPlanSchema,
  safetyPlanSchema,
  stayingWellSchema,
  supportContactSchema,
} from '../record/plans.schema.ts';
import {
  aboutMeSchema,
  goalNoteSchema,
  goalSchema,
  lifeAreaSchema,
} from '../record/record.schema.ts';
import { INVITABLE_SECTIONS } from '../sharing/share-choices.ts';
import type { z } from '../validation.ts';
import { answersFromFhir } from './answers.ts';
import { checkBundle, ImportProblem, type Json, refuse } from './bundle-checks.ts';
import { planFieldsOf } from './care-plans.ts';
import { EXTENSIONS, RESOURCE_OF_KIND, type ResourceKind, SYSTEMS } from './codes.ts';
import {
  arr,
  codeIn,
  extension,
  forMeOnly,
  idOf,
  kindOf,
  obj,
  oneOf,
  str,
  text,
  updatedAt,
} from './fhir-read.ts';
import { base64ByteLength, base64ToText, isBase64 } from './fhir-text.ts';
import { ABOUT_ME_PARTS, GOAL_LIFECYCLE } from './plan-layout.ts';
import { readProvenance } from './provenance.ts';
import type {
  Kept,
  PlanKind,
  RecordSnapshot,
  RelationshipSnapshot,
  VersionSummary,
} from './snapshot.ts';

export type FromBundleResult =
  | { ok: true; snapshot: RecordSnapshot }
  | { ok: false; problem: Said };

/** Reads an export back. The snapshot keeps the export's ids; the importer gives new ones. */
export function fromBundle(input: unknown): FromBundleResult {
  let where = 'Bundle';
  try {
    const index = checkBundle(input);
    const read = new Reader(index, (place) => {
      where = place;
    });
    return { ok: true, snapshot: read.snapshot() };
  } catch (error) {
    if (error instanceof ImportProblem) return { ok: false, problem: error.said };
    // A shape no check foresaw: still a refusal naming where reading stopped, never a crash.
    return { ok: false, problem: saidValue('fhir.import.malformed', { where }) };
  }
}

class Reader {
  private readonly histories = new Map<string, VersionSummary[]>();
  private readonly byKind = new Map<string, Json[]>();

  private readonly index: Map<string, Json>;
  private readonly at: (where: string) => void;

  constructor(index: Map<string, Json>, at: (where: string) => void) {
    this.index = index;
    this.at = at;
    for (const [key, resource] of index) {
      this.at(key);
      // Each resource says which of our things it is, and that thing has this resource type.
      const kind = kindOf(resource);
      if (!kind || RESOURCE_OF_KIND[kind as ResourceKind] !== resource.resourceType)
        refuse('fhir.import.malformed', { where: key });
      const ofKind = this.byKind.get(kind) ?? [];
      ofKind.push(resource);
      this.byKind.set(kind, ofKind);
      if (kind === 'provenance') {
        const { key: target, summary } = readProvenance(resource, key);
        const versions = this.histories.get(target) ?? [];
        versions.push(summary);
        this.histories.set(target, versions);
      }
    }
  }

  private of(kind: string): Json[] {
    return this.byKind.get(kind) ?? [];
  }

  private valid<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
    const parsed = schema.safeParse(value);
    if (!parsed.success) refuse('fhir.import.invalidItem', { where });
    return parsed.data;
  }

  private kept<T>(resource: Json, data: T): Kept<T> {
    const id = text(resource.id);
    return {
      id,
      data,
      updatedAt: updatedAt(resource),
      history: this.histories.get(`${resource.resourceType}/${id}`) ?? [],
    };
  }

  /** The one resource of a kind, or null; a second is a problem. */
  private single(kind: string): Json | null {
    const found = this.of(kind);
    if (found.length > 1) refuse('fhir.import.duplicate', { reference: kind });
    return found[0] ?? null;
  }

  private where(resource: Json): string {
    const place = `${text(resource.resourceType)}/${text(resource.id)}`;
    this.at(place);
    return place;
  }

  snapshot(): RecordSnapshot {
    const patient = [...this.index.values()].find((r) => r.resourceType === 'Patient') as Json;
    const where = this.where(patient);
    const language = codeIn(obj(arr(patient.communication)[0]).language, SYSTEMS.bcp47);
    const email = str(
      arr(patient.telecom)
        .map(obj)
        .find((t) => t.system === 'email')?.value,
    );
    if (!email) refuse('fhir.import.invalidItem', { where });
    const person = {
      id: text(patient.id),
      name: text(obj(arr(patient.name)[0]).text),
      email,
      language: isLanguageCode(language) ? language : null,
    };
    const lifeAreas = this.of('life_area').map((r) =>
      this.kept(r, this.valid(lifeAreaSchema, { name: text(obj(r.code).text) }, this.where(r))),
    );
    const plan = <K extends PlanKind>(kind: K, schema: z.ZodType) => {
      const r = this.single(kind);
      return r ? this.kept(r, this.valid(schema, planFieldsOf(kind, r), this.where(r))) : null;
    };
    const plans = {
      staying_well: plan('staying_well', stayingWellSchema),
      crisis_plan: plan('crisis_plan', crisisPlanSchema),
      safety_plan: plan('safety_plan', safetyPlanSchema),
      after_crisis: plan('after_crisis', afterCrisisSchema),
    } as RecordSnapshot['plans'];
    return {
      person,
      aboutMe: this.aboutMe(),
      lifeAreas,
      goals: this.goals(),
      plans,
      supportNetwork: this.supportNetwork(),
      relationships: this.relationships(),
      checkinSettings: this.checkinSettings(),
      checkins: this.checkins(),
      lifeAreaRatings: this.lifeAreaRatings(),
      measureResponses: this.measureResponses(),
      journal: this.journal(),
      attachments: this.attachments(),
    };
  }

  private aboutMe(): RecordSnapshot['aboutMe'] {
    const r = this.single('about_me');
    if (!r) return null;
    const where = this.where(r);
    const data: Record<string, string> = {};
    for (const [field] of ABOUT_ME_PARTS) data[field] = '';
    for (const content of arr(r.content).map(obj)) {
      const field = str(obj(content.format).code);
      if (!field) continue;
      if (!(field in data)) refuse('fhir.import.invalidItem', { where });
      const words = base64ToText(text(obj(content.attachment).data));
      if (words === undefined) refuse('fhir.import.invalidItem', { where });
      data[field] = words;
    }
    return this.kept(r, this.valid(aboutMeSchema, data, where));
  }

  private goals(): RecordSnapshot['goals'] {
    const steps = new Map(
      this.of('goal_steps').map((r) => [idOf(arr(r.goal)[0]), arr(r.activity).map(obj)]),
    );
    const statuses = Object.entries(GOAL_LIFECYCLE);
    return this.of('goal').map((r) => {
      const where = this.where(r);
      const id = text(r.id);
      const status = statuses.find(([, lifecycle]) => lifecycle === r.lifecycleStatus)?.[0];
      const data = {
        title: text(obj(r.description).text),
        why: text(extension(r, EXTENSIONS.goalWhy)?.valueString),
        lifeAreaId: codeIn(arr(r.category)[0], SYSTEMS.lifeArea) ?? null,
        steps: (steps.get(id) ?? []).map((activity) => ({
          id: text(activity.id),
          text: text(obj(activity.detail).description),
          done: obj(activity.detail).status === 'completed',
        })),
        whoHelps: text(extension(r, EXTENSIONS.goalWhoHelps)?.valueString),
        targetDate: str(obj(arr(r.target)[0]).dueDate) ?? null,
        status,
      };
      const notes = arr(r.note)
        .map(obj)
        .map((note) => {
          const noteId = text(note.id);
          return {
            id: noteId,
            data: this.valid(goalNoteSchema, { date: note.time, text: text(note.text) }, where),
            updatedAt: '',
            history: this.histories.get(`note:${noteId}`) ?? [],
          };
        });
      return { ...this.kept(r, this.valid(goalSchema, data, where)), notes };
    });
  }

  private supportNetwork(): RecordSnapshot['supportNetwork'] {
    const roles = new Map<string, string[]>();
    for (const team of this.of('support_network'))
      for (const participant of arr(team.participant).map(obj))
        roles.set(
          idOf(participant.member),
          arr(obj(arr(participant.role)[0]).coding).map((c) => text(obj(c).code)),
        );
    return this.of('support_contact').map((r) => {
      const where = this.where(r);
      const telecom = arr(r.telecom).map(obj);
      const role = roles.get(text(r.id)) ?? [];
      const data = {
        name: text(obj(arr(r.name)[0]).text),
        kind: codeIn(arr(r.relationship)[0], SYSTEMS.contactKind),
        howTheyHelp: text(extension(r, EXTENSIONS.howTheyHelp)?.valueString),
        phone: text(telecom.find((t) => t.system === 'phone')?.value),
        email: text(telecom.find((t) => t.system === 'email')?.value),
        notes: text(extension(r, EXTENSIONS.contactNotes)?.valueString),
        formal: role.includes('formal'),
        crisisContact: role.includes('crisis-contact'),
      };
      return this.kept(r, this.valid(supportContactSchema, data, where));
    });
  }

  private relationships(): RelationshipSnapshot[] {
    // Grouped once by whom they are for, so the work grows with the Bundle, not its square.
    const consents = groupBy(
      [...this.of('grant'), ...this.of('shared_journal_entries')],
      (consent) => idOf(obj(arr(obj(consent.provision).actor)[0]).reference),
    );
    return this.of('relationship').map((r) => {
      const where = this.where(r);
      const id = text(r.id);
      const role = codeIn(arr(r.relationship)[0], SYSTEMS.relationshipRole);
      const since = str(obj(r.period).start);
      if (!oneOf(RELATIONSHIP_ROLES, role) || !since) refuse('fhir.import.invalidItem', { where });
      const relationship: RelationshipSnapshot = {
        id,
        role,
        knownAs: text(obj(arr(r.name)[0]).text),
        since,
        grants: [],
        sharedJournalEntryIds: [],
      };
      for (const consent of consents.get(id) ?? []) {
        const provision = obj(consent.provision);
        const consentWhere = this.where(consent);
        const section = codeIn(arr(provision.code)[0], SYSTEMS.section);
        if (kindOf(consent) === 'shared_journal_entries') {
          relationship.sharedJournalEntryIds.push(
            ...arr(provision.data).map((d) => idOf(obj(d).reference)),
          );
          continue;
        }
        if (!oneOf(INVITABLE_SECTIONS, section))
          refuse('fhir.import.invalidItem', { where: consentWhere });
        const actions = arr(provision.action).map((a) => codeIn(a, SYSTEMS.consentAction));
        relationship.grants.push({
          section,
          level: actions.includes('correct') ? 'suggest' : 'view',
          endsAt: str(obj(provision.period).end) ?? null,
          advanceChoice: extension(provision, EXTENSIONS.advanceChoice)?.valueBoolean === true,
        });
      }
      return relationship;
    });
  }

  private checkinSettings(): RecordSnapshot['checkinSettings'] {
    const r = this.single('checkin_settings');
    if (!r) return null;
    const where = this.where(r);
    const items = arr(r.item).map(obj);
    const data: CheckinSettings = {
      scales: items
        .filter((item) => item.type === 'integer')
        .map((item) => ({
          id: text(item.linkId),
          name: str(item.text) ?? null,
          range: extension(item, EXTENSIONS.maxValue)?.valueInteger === 10 ? '0-10' : '1-7',
          active: extension(item, EXTENSIONS.hidden)?.valueBoolean !== true,
        })),
      reminder: str(extension(r, EXTENSIONS.reminder)?.valueCode) as CheckinSettings['reminder'],
      warningSignPrompts: items
        .filter((item) => item.type === 'boolean')
        .map((item) => text(item.text)),
    };
    return this.kept(r, this.valid(checkinSettingsSchema, data, where));
  }

  private history(resource: Json) {
    return this.histories.get(`${resource.resourceType}/${text(resource.id)}`) ?? [];
  }

  private checkins(): RecordSnapshot['checkins'] {
    return this.of('checkin').map((r) => {
      const where = this.where(r);
      const scores: Record<string, number> = {};
      const signsPresent: string[] = [];
      for (const component of arr(r.component).map(obj)) {
        const scale = codeIn(component.code, SYSTEMS.scale);
        if (scale !== undefined) {
          const value = component.valueInteger ?? obj(component.valueQuantity).value;
          if (typeof value !== 'number' || scale in scores)
            refuse('fhir.import.invalidItem', { where });
          scores[scale] = value;
        } else if (codeIn(component.code, SYSTEMS.checkin) === 'warning-sign')
          signsPresent.push(text(component.valueString));
      }
      const takenOn = str(extension(r, EXTENSIONS.takenOn)?.valueDate);
      const checked = this.valid(journalEntrySchema.pick({ date: true }), { date: takenOn }, where);
      const note = text(obj(arr(r.note)[0]).text);
      const takenAt = str(r.effectiveDateTime);
      if (!takenAt || Number.isNaN(Date.parse(takenAt)) || note.length > 2_000)
        refuse('fhir.import.invalidItem', { where });
      return {
        id: text(r.id),
        takenAt,
        takenOn: checked.date,
        scores,
        note,
        forMeOnly: forMeOnly(r),
        signsPresent,
        updatedAt: updatedAt(r),
        history: this.history(r),
      };
    });
  }

  private lifeAreaRatings(): RecordSnapshot['lifeAreaRatings'] {
    return this.of('life_area_rating').map((r) => {
      const where = this.where(r);
      const data = {
        date: r.authored,
        ratings: arr(r.item)
          .map(obj)
          .map((item) => {
            const answer = obj(arr(item.answer)[0]);
            return {
              lifeAreaId: item.linkId,
              score: answer.valueInteger,
              wantHelp: obj(arr(obj(arr(answer.item)[0]).answer)[0]).valueBoolean,
            };
          }),
      };
      return this.kept(r, this.valid(lifeAreaRatingSetSchema, data, where));
    });
  }

  private measureResponses(): RecordSnapshot['measureResponses'] {
    const scores = groupBy(this.of('measure_score'), (o) => idOf(arr(o.derivedFrom)[0]));
    return this.of('measure_response').map((r) => {
      const where = this.where(r);
      const id = text(r.id);
      const questionnaire = str(r.questionnaire);
      const authored = str(r.authored);
      if (!questionnaire || !authored) refuse('fhir.import.invalidItem', { where });
      return {
        id,
        questionnaire,
        authored,
        items: arr(r.item).map((item) => answersFromFhir(item, where)),
        scoreDetails: text(extension(r, EXTENSIONS.scoreDetails)?.valueString),
        scores: (scores.get(id) ?? []).map((o) => {
          const scoreWhere = this.where(o);
          const code = obj(arr(obj(o.code).coding)[0]);
          const value = obj(o.valueQuantity).value;
          const count = (url: string) => {
            const found = extension(o, url)?.valueInteger;
            return typeof found === 'number' ? found : null;
          };
          if (typeof value !== 'number' || !str(code.system) || !str(code.code))
            refuse('fhir.import.invalidItem', { where: scoreWhere });
          return {
            id: text(o.id),
            scaleId: text(extension(o, EXTENSIONS.scaleId)?.valueString),
            system: text(code.system),
            code: text(code.code),
            display: str(code.display) ?? null,
            value,
            effectiveAt: text(o.effectiveDateTime),
            itemsAnswered: count(EXTENSIONS.itemsAnswered),
            itemsTotal: count(EXTENSIONS.itemsTotal),
          };
        }),
        note: text(extension(r, EXTENSIONS.note)?.valueString),
        forMeOnly: forMeOnly(r),
        updatedAt: updatedAt(r),
        history: this.history(r),
      };
    });
  }

  private journal(): RecordSnapshot['journal'] {
    return this.of('journal_entry').map((r) => {
      const where = this.where(r);
      const words = base64ToText(text(obj(obj(arr(r.content)[0]).attachment).data));
      const mood = extension(r, EXTENSIONS.mood)?.valueInteger ?? null;
      const data = this.valid(
        journalEntrySchema,
        { date: obj(obj(r.context).period).start, mood, text: words },
        where,
      );
      return {
        id: text(r.id),
        date: data.date,
        mood: data.mood ?? null,
        text: data.text,
        updatedAt: updatedAt(r),
        history: this.history(r),
      };
    });
  }

  private attachments(): RecordSnapshot['attachments'] {
    return this.of('attachment').map((r) => {
      const where = this.where(r);
      const attachment = obj(obj(arr(r.content)[0]).attachment);
      const purpose = codeIn(r.type, SYSTEMS.attachmentPurpose);
      const content = text(attachment.data);
      const sha256 = text(extension(r, EXTENSIONS.sha256)?.valueString);
      const mediaType = str(attachment.contentType);
      const size = attachment.size;
      if (
        !oneOf(Object.keys(ATTACHMENT_PURPOSES) as AttachmentPurpose[], purpose) ||
        !mediaType ||
        !isBase64(content) ||
        size !== base64ByteLength(content) ||
        !/^[0-9a-f]{64}$/.test(sha256)
      )
        refuse('fhir.import.invalidItem', { where });
      return {
        id: text(r.id),
        purpose,
        mediaType,
        fileName: text(attachment.title),
        byteSize: size,
        sha256,
        createdAt: text(attachment.creation),
        content,
      };
    });
  }
}

/** Resources grouped by a key, each group in the Bundle's order. */
function groupBy(resources: Json[], keyOf: (resource: Json) => string): Map<string, Json[]> {
  const groups = new Map<string, Json[]>();
  for (const resource of resources) {
    const key = keyOf(resource);
    const group = groups.get(key) ?? [];
    group.push(resource);
    groups.set(key, group);
  }
  return groups;
}
