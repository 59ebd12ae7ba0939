import { ATTACHMENT_PURPOSES, type AttachmentPurpose } from '../attachments/file-type.ts';
import { isLanguageCode } from '../i18n/languages.ts';
import { type Said, saidValue } from '../i18n/said.ts';
import { journalEntrySchema } from '../journal/journal.schema.ts';
import {
  afterCrisisSchema,
  crisisPlanSchema,
  movingOnSchema,
  safetyPlanSchema,
  stayingWellSchema,
} from '../record/plans.schema.ts';
import {
  aboutMeSchema,
  goalNoteSchema,
  goalSchema,
  lifeAreaSchema,
} from '../record/record.schema.ts';
import type { z } from '../validation.ts';
import { checkBundle, ImportProblem, type Json, refuse } from './bundle-checks.ts';
import { planFieldsOf } from './care-plans.ts';
import {
  readCheckinSettings,
  readCheckins,
  readLifeAreaRatings,
  readMeasureResponses,
} from './checkins-fhir.ts';
import { EXTENSIONS, RESOURCE_OF_KIND, type ResourceKind, SYSTEMS } from './codes.ts';
import {
  arr,
  codeIn,
  extension,
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
import { readReviews } from './reviews-fhir.ts';
import { readRelationships, readSupportNetwork } from './sharing-fhir.ts';
import type { Kept, PlanKind, RecordSnapshot, VersionSummary } from './snapshot.ts';

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

/** Reads the resources of one Bundle; the readers of each part (the *-fhir.ts files) use it. */
export class Reader {
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

  of(kind: string): Json[] {
    return this.byKind.get(kind) ?? [];
  }

  valid<S extends z.ZodType>(schema: S, value: unknown, where: string): z.output<S> {
    const parsed = schema.safeParse(value);
    if (!parsed.success) refuse('fhir.import.invalidItem', { where });
    return parsed.data;
  }

  kept<T>(resource: Json, data: T): Kept<T> {
    const id = text(resource.id);
    return {
      id,
      data,
      updatedAt: updatedAt(resource),
      history: this.histories.get(`${resource.resourceType}/${id}`) ?? [],
    };
  }

  /** The one resource of a kind, or null; a second is a problem. */
  single(kind: string): Json | null {
    const found = this.of(kind);
    if (found.length > 1) refuse('fhir.import.duplicate', { reference: kind });
    return found[0] ?? null;
  }

  where(resource: Json): string {
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
      moving_on: plan('moving_on', movingOnSchema),
    } as RecordSnapshot['plans'];
    return {
      person,
      aboutMe: this.aboutMe(),
      lifeAreas,
      goals: this.goals(),
      plans,
      supportNetwork: readSupportNetwork(this),
      relationships: readRelationships(this),
      checkinSettings: readCheckinSettings(this),
      checkins: readCheckins(this),
      lifeAreaRatings: readLifeAreaRatings(this),
      measureResponses: readMeasureResponses(this),
      journal: this.journal(),
      attachments: this.attachments(),
      reviews: readReviews(this),
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

  history(resource: Json) {
    return this.histories.get(`${resource.resourceType}/${text(resource.id)}`) ?? [];
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
