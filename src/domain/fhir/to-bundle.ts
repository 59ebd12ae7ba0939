// A person's record as a FHIR R4 Bundle of type collection (decision 0045; the table of what goes
// where is in docs/ARCHITECTURE.md, "FHIR"). Pure: the caller gathers the snapshot and says when
// and where. Medplum's types are only types here; nothing of it is in the running code.
import type {
  Basic,
  Bundle,
  BundleEntry,
  CarePlan,
  DocumentReference,
  DocumentReferenceContent,
  Goal,
  Patient,
  Provenance,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import { carePlanOf } from './care-plans.ts';
import { writeCheckinsAndMeasures } from './checkins-fhir.ts';
import { EXPORT_TAG, EXTENSIONS, SYSTEMS } from './codes.ts';
import { fhirString, textToBase64 } from './fhir-text.ts';
import {
  coding,
  concept,
  fhirId,
  lastVersion,
  meta,
  stringExt,
  type WriteOut,
} from './fhir-write.ts';
import { ABOUT_ME_PARTS, GOAL_LIFECYCLE } from './plan-layout.ts';
import { provenancesOf } from './provenance.ts';
import { writeReviews } from './reviews-fhir.ts';
import { writeSharing } from './sharing-fhir.ts';
import { PLAN_KINDS, type RecordSnapshot, type VersionSummary } from './snapshot.ts';

export type ToBundleOptions = { now: Date; baseUrl: string };

/** Builds the export. Every reference it writes resolves inside the Bundle. */
export function toBundle(snapshot: RecordSnapshot, options: ToBundleOptions): Bundle {
  const base = `${options.baseUrl.replace(/\/+$/, '')}/fhir/R4`;
  const personId = snapshot.person.id;
  const patient: Reference<Patient> = { reference: `Patient/${personId}` };
  const resources: Resource[] = [];
  const provenances: Provenance[] = [];
  const contactIds = new Set(snapshot.supportNetwork.map((contact) => contact.id));
  const attachmentIds = new Set(snapshot.attachments.map((file) => file.id));
  const journalIds = new Set(snapshot.journal.map((entry) => entry.id));
  const areaNames = new Map(snapshot.lifeAreas.map((area) => [area.id, area.data.name]));

  const provenance = (target: Reference, history: VersionSummary[], idOf: string) =>
    provenances.push(...provenancesOf(personId, target, history, idOf));
  const keep = (resource: Resource & { id: string }, history: VersionSummary[]) => {
    resources.push(resource);
    provenance({ reference: `${resource.resourceType}/${resource.id}` }, history, resource.id);
  };

  const out: WriteOut = {
    snapshot,
    patient,
    keep,
    add: (resource) => resources.push(resource),
    journalIds,
    areaNames,
  };

  resources.push(patientOf(snapshot));

  if (snapshot.aboutMe) {
    const about = snapshot.aboutMe;
    const content: DocumentReferenceContent[] = ABOUT_ME_PARTS.flatMap(([field, title]) =>
      about.data[field] === ''
        ? []
        : [
            {
              attachment: {
                contentType: 'text/plain; charset=utf-8',
                title,
                data: textToBase64(about.data[field]),
              },
              format: coding(SYSTEMS.aboutMePart, field),
            },
          ],
    );
    keep(
      {
        resourceType: 'DocumentReference',
        id: about.id,
        meta: meta('about_me', about.updatedAt, false, lastVersion(about.history)),
        status: 'current',
        type: concept(SYSTEMS.documentKind, 'about_me', 'About me'),
        subject: patient,
        // FHIR needs one content at least: an About me with nothing written says so.
        content: content.length
          ? content
          : [{ attachment: { contentType: 'text/plain; charset=utf-8', title: 'About me' } }],
      } satisfies DocumentReference,
      about.history,
    );
  }

  for (const area of snapshot.lifeAreas)
    keep(
      {
        resourceType: 'Basic',
        id: area.id,
        meta: meta('life_area', area.updatedAt, false, lastVersion(area.history)),
        code: concept(SYSTEMS.kind, 'life_area', fhirString(area.data.name)),
        subject: patient,
      } satisfies Basic,
      area.history,
    );

  for (const goal of snapshot.goals) {
    const { data } = goal;
    const areaName = data.lifeAreaId ? areaNames.get(data.lifeAreaId) : undefined;
    keep(
      {
        resourceType: 'Goal',
        id: goal.id,
        meta: meta('goal', goal.updatedAt, false, lastVersion(goal.history)),
        extension: [
          ...stringExt(EXTENSIONS.goalWhy, data.why),
          ...stringExt(EXTENSIONS.goalWhoHelps, data.whoHelps),
        ],
        lifecycleStatus: GOAL_LIFECYCLE[data.status],
        ...(data.lifeAreaId
          ? {
              category: [
                concept(SYSTEMS.lifeArea, data.lifeAreaId, areaName && fhirString(areaName)),
              ],
            }
          : {}),
        description: { text: fhirString(data.title) ?? '' },
        subject: patient,
        ...(data.targetDate ? { target: [{ dueDate: data.targetDate }] } : {}),
        ...(goal.notes.length
          ? {
              note: goal.notes.map((note) => ({
                id: note.id,
                time: note.data.date,
                text: fhirString(note.data.text) ?? '',
              })),
            }
          : {}),
      } satisfies Goal,
      goal.history,
    );
    for (const note of goal.notes)
      provenance(
        {
          reference: undefined,
          extension: [{ url: EXTENSIONS.targetElement, valueUri: note.id }],
        },
        note.history,
        note.id,
      );
    if (data.steps.length)
      resources.push({
        resourceType: 'CarePlan',
        id: fhirId(`${goal.id}-steps`),
        meta: meta('goal_steps', goal.updatedAt),
        status: 'active',
        intent: 'plan',
        title: fhirString(`Steps: ${data.title}`),
        subject: patient,
        goal: [{ reference: `Goal/${goal.id}` }],
        activity: data.steps.map((step) => ({
          id: step.id,
          detail: {
            status: step.done ? 'completed' : 'not-started',
            description: fhirString(step.text) ?? '',
          },
        })),
      } satisfies CarePlan);
  }

  for (const kind of PLAN_KINDS) {
    const plan = snapshot.plans[kind];
    if (!plan) continue;
    keep(
      carePlanOf(kind, plan.id, plan.data as unknown as Record<string, unknown>, {
        meta: meta(kind, plan.updatedAt, false, lastVersion(plan.history)),
        patient,
        hasContact: (id) => contactIds.has(id),
        hasFile: (id) => attachmentIds.has(id),
      }),
      plan.history,
    );
  }

  writeSharing(out);
  writeCheckinsAndMeasures(out);
  writeReviews(out);
  for (const entry of snapshot.journal)
    keep(
      {
        resourceType: 'DocumentReference',
        id: entry.id,
        meta: meta('journal_entry', entry.updatedAt, false, lastVersion(entry.history)),
        ...(entry.mood === null
          ? {}
          : { extension: [{ url: EXTENSIONS.mood, valueInteger: entry.mood }] }),
        status: 'current',
        type: concept(SYSTEMS.documentKind, 'journal_entry', 'Journal entry'),
        subject: patient,
        content: [
          {
            attachment: {
              contentType: 'text/plain; charset=utf-8',
              data: textToBase64(entry.text),
            },
          },
        ],
        context: { period: { start: entry.date, end: entry.date } },
      } satisfies DocumentReference,
      entry.history,
    );

  for (const file of snapshot.attachments)
    resources.push({
      resourceType: 'DocumentReference',
      id: file.id,
      meta: meta('attachment'),
      extension: [{ url: EXTENSIONS.sha256, valueString: file.sha256 }],
      status: 'current',
      type: {
        coding: [
          coding(SYSTEMS.attachmentPurpose, file.purpose),
          ...(file.purpose === 'advance_choice'
            ? [coding(SYSTEMS.loinc, '42348-3', 'Advance healthcare directives')]
            : []),
        ],
      },
      subject: patient,
      date: file.createdAt,
      content: [
        {
          attachment: {
            contentType: file.mediaType,
            ...(file.content ? { data: file.content } : {}),
            title: fhirString(file.fileName) ?? 'file',
            size: file.byteSize,
            creation: file.createdAt,
          },
        },
      ],
    } satisfies DocumentReference);

  const entries: BundleEntry[] = [...resources, ...provenances].map((resource) => ({
    fullUrl: `${base}/${resource.resourceType}/${resource.id}`,
    resource,
  }));
  return {
    resourceType: 'Bundle',
    meta: { tag: [{ ...EXPORT_TAG, display: 'Waymark record export' }] },
    type: 'collection',
    timestamp: options.now.toISOString(),
    entry: entries,
  };
}

function patientOf(snapshot: RecordSnapshot): Patient {
  const { person } = snapshot;
  return {
    resourceType: 'Patient',
    id: person.id,
    meta: meta('patient'),
    active: true,
    name: [{ text: fhirString(person.name) ?? '' }],
    // Left out for anyone but the owner (limit-snapshot.ts): an app reads the name alone.
    ...(person.email ? { telecom: [{ system: 'email' as const, value: person.email }] } : {}),
    ...(person.language
      ? {
          communication: [{ language: concept(SYSTEMS.bcp47, person.language), preferred: true }],
        }
      : {}),
  };
}
