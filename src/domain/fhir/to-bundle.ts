// A person's record as a FHIR R4 Bundle of type collection (decision 0045; the table of what goes
// where is in docs/ARCHITECTURE.md, "FHIR"). Pure: the caller gathers the snapshot and says when
// and where. Medplum's types are only types here; nothing of it is in the running code.
import type {
  Basic,
  Bundle,
  BundleEntry,
  CarePlan,
  CareTeam,
  Consent,
  DocumentReference,
  DocumentReferenceContent,
  Goal,
  Observation,
  ObservationComponent,
  Patient,
  Provenance,
  Questionnaire,
  QuestionnaireResponse,
  Reference,
  RelatedPerson,
  Resource,
} from '@medplum/fhirtypes';
import { answersToFhir } from './answers.ts';
import { carePlanOf } from './care-plans.ts';
import {
  EXPORT_TAG,
  EXTENSIONS,
  LIFE_AREA_RATINGS_QUESTIONNAIRE,
  LOINC_BESIDE_SNOMED,
  SYSTEMS,
} from './codes.ts';
import { fhirString, textToBase64 } from './fhir-text.ts';
import {
  coding,
  concept,
  fhirId,
  lastVersion,
  meta,
  type ResourceKind,
  ref,
  stringExt,
} from './fhir-write.ts';
import { ABOUT_ME_PARTS, GOAL_LIFECYCLE } from './plan-layout.ts';
import { provenancesOf } from './provenance.ts';
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

  for (const contact of snapshot.supportNetwork) {
    const { data } = contact;
    keep(
      {
        resourceType: 'RelatedPerson',
        id: contact.id,
        meta: meta('support_contact', contact.updatedAt, false, lastVersion(contact.history)),
        extension: [
          ...stringExt(EXTENSIONS.howTheyHelp, data.howTheyHelp),
          ...stringExt(EXTENSIONS.contactNotes, data.notes),
        ],
        patient,
        relationship: [concept(SYSTEMS.contactKind, data.kind)],
        name: [{ text: fhirString(data.name) ?? '' }],
        ...(data.phone || data.email
          ? {
              telecom: [
                ...(data.phone ? [{ system: 'phone' as const, value: data.phone }] : []),
                ...(data.email ? [{ system: 'email' as const, value: data.email }] : []),
              ],
            }
          : {}),
      } satisfies RelatedPerson,
      contact.history,
    );
  }
  if (snapshot.supportNetwork.length)
    resources.push({
      resourceType: 'CareTeam',
      id: fhirId(`${personId}-network`),
      meta: meta('support_network'),
      status: 'active',
      name: 'Support network',
      subject: patient,
      participant: snapshot.supportNetwork.map((contact) => ({
        role: [
          {
            coding: [
              coding(SYSTEMS.supportRole, contact.data.formal ? 'formal' : 'informal'),
              ...(contact.data.crisisContact
                ? [coding(SYSTEMS.supportRole, 'crisis-contact')]
                : []),
            ],
          },
        ],
        member: ref(`RelatedPerson/${contact.id}`),
      })),
    } satisfies CareTeam);

  for (const relationship of snapshot.relationships) {
    const member = ref(`RelatedPerson/${relationship.id}`);
    resources.push({
      resourceType: 'RelatedPerson',
      id: relationship.id,
      meta: meta('relationship'),
      active: true,
      patient,
      relationship: [concept(SYSTEMS.relationshipRole, relationship.role)],
      name: [{ text: fhirString(relationship.knownAs) ?? '' }],
      period: { start: relationship.since },
    } satisfies RelatedPerson);
    const consent = (
      id: string,
      kind: ResourceKind,
      provision: NonNullable<Consent['provision']>,
    ): Consent => ({
      resourceType: 'Consent',
      id: fhirId(id),
      meta: meta(kind),
      status: 'active',
      scope: concept(SYSTEMS.consentScope, 'patient-privacy'),
      category: [concept(SYSTEMS.loinc, '59284-0', 'Patient Consent')],
      patient,
      dateTime: relationship.since,
      performer: [patient],
      policyRule: concept(SYSTEMS.actCode, 'OPTIN'),
      provision: {
        type: 'permit',
        actor: [
          {
            role: concept('http://terminology.hl7.org/CodeSystem/v3-ParticipationType', 'IRCP'),
            reference: member,
          },
        ],
        ...provision,
      },
    });
    for (const grant of relationship.grants)
      resources.push(
        consent(`${relationship.id}-${grant.section}`, 'grant', {
          ...(grant.advanceChoice
            ? { extension: [{ url: EXTENSIONS.advanceChoice, valueBoolean: true }] }
            : {}),
          ...(grant.endsAt ? { period: { end: grant.endsAt } } : {}),
          action: [
            concept(SYSTEMS.consentAction, 'access'),
            ...(grant.level === 'suggest' ? [concept(SYSTEMS.consentAction, 'correct')] : []),
          ],
          code: [concept(SYSTEMS.section, grant.section)],
        }),
      );
    const shared = relationship.sharedJournalEntryIds.filter((id) => journalIds.has(id));
    if (shared.length)
      resources.push(
        consent(`${relationship.id}-journal`, 'shared_journal_entries', {
          action: [concept(SYSTEMS.consentAction, 'access')],
          code: [concept(SYSTEMS.section, 'journal')],
          data: shared.map((id) => ({
            meaning: 'instance' as const,
            reference: ref(`DocumentReference/${id}`),
          })),
        }),
      );
  }

  if (snapshot.checkinSettings) {
    const settings = snapshot.checkinSettings;
    keep(
      {
        resourceType: 'Questionnaire',
        id: settings.id,
        meta: meta('checkin_settings', settings.updatedAt, false, lastVersion(settings.history)),
        extension: [{ url: EXTENSIONS.reminder, valueCode: settings.data.reminder }],
        title: 'My check-in',
        status: 'active',
        subjectType: ['Patient'],
        ...(settings.data.scales.length || settings.data.warningSignPrompts.length
          ? {
              item: [
                ...settings.data.scales.map((scale) => {
                  const [min, max] = scale.range === '1-7' ? [1, 7] : [0, 10];
                  return {
                    linkId: scale.id,
                    type: 'integer' as const,
                    ...(scale.name ? { text: fhirString(scale.name) } : {}),
                    extension: [
                      { url: EXTENSIONS.minValue, valueInteger: min },
                      { url: EXTENSIONS.maxValue, valueInteger: max },
                      ...(scale.active ? [] : [{ url: EXTENSIONS.hidden, valueBoolean: true }]),
                    ],
                  };
                }),
                ...settings.data.warningSignPrompts.map((prompt, index) => ({
                  linkId: `sign-${index + 1}`,
                  type: 'boolean' as const,
                  text: fhirString(prompt) ?? '',
                })),
              ],
            }
          : {}),
      } satisfies Questionnaire,
      settings.history,
    );
  }

  for (const checkin of snapshot.checkins) {
    const note = fhirString(checkin.note);
    const components: ObservationComponent[] = [
      ...Object.entries(checkin.scores).map(([scale, value]) => ({
        code: concept(SYSTEMS.scale, scale),
        ...(Number.isInteger(value) ? { valueInteger: value } : { valueQuantity: { value } }),
      })),
      ...checkin.signsPresent.map((sign) => ({
        code: concept(SYSTEMS.checkin, 'warning-sign', 'Early warning sign present'),
        valueString: fhirString(sign) ?? '\ufffd',
      })),
    ];
    keep(
      {
        resourceType: 'Observation',
        id: checkin.id,
        meta: meta('checkin', checkin.updatedAt, checkin.forMeOnly, lastVersion(checkin.history)),
        extension: [{ url: EXTENSIONS.takenOn, valueDate: checkin.takenOn }],
        status: 'final',
        category: [concept(SYSTEMS.observationCategory, 'survey')],
        code: concept(SYSTEMS.checkin, 'checkin', 'Check-in'),
        subject: patient,
        effectiveDateTime: checkin.takenAt,
        ...(note ? { note: [{ text: note }] } : {}),
        ...(components.length ? { component: components } : {}),
      } satisfies Observation,
      checkin.history,
    );
  }

  for (const set of snapshot.lifeAreaRatings)
    keep(
      {
        resourceType: 'QuestionnaireResponse',
        id: set.id,
        meta: meta('life_area_rating', set.updatedAt, false, lastVersion(set.history)),
        questionnaire: LIFE_AREA_RATINGS_QUESTIONNAIRE,
        status: 'completed',
        subject: patient,
        authored: set.data.date,
        item: set.data.ratings.map((rating) => {
          const name = areaNames.get(rating.lifeAreaId);
          return {
            linkId: rating.lifeAreaId,
            ...(name ? { text: fhirString(name) } : {}),
            answer: [
              {
                valueInteger: rating.score,
                item: [{ linkId: 'want-help', answer: [{ valueBoolean: rating.wantHelp }] }],
              },
            ],
          };
        }),
      } satisfies QuestionnaireResponse,
      set.history,
    );

  for (const response of snapshot.measureResponses) {
    const responseRef = ref(`QuestionnaireResponse/${response.id}`);
    keep(
      {
        resourceType: 'QuestionnaireResponse',
        id: response.id,
        meta: meta(
          'measure_response',
          response.updatedAt,
          response.forMeOnly,
          lastVersion(response.history),
        ),
        extension: [
          ...stringExt(EXTENSIONS.note, response.note),
          ...stringExt(EXTENSIONS.scoreDetails, response.scoreDetails),
        ],
        questionnaire: response.questionnaire,
        status: 'completed',
        subject: patient,
        authored: response.authored,
        ...(response.items.length ? { item: response.items.map(answersToFhir) } : {}),
      } satisfies QuestionnaireResponse,
      response.history,
    );
    for (const score of response.scores) {
      const loinc = score.system === SYSTEMS.snomed ? LOINC_BESIDE_SNOMED[score.code] : undefined;
      resources.push({
        resourceType: 'Observation',
        id: score.id,
        meta: meta('measure_score', undefined, response.forMeOnly),
        extension: [
          { url: EXTENSIONS.scaleId, valueString: fhirString(score.scaleId) ?? '\ufffd' },
          ...(score.itemsAnswered === null
            ? []
            : [{ url: EXTENSIONS.itemsAnswered, valueInteger: score.itemsAnswered }]),
          ...(score.itemsTotal === null
            ? []
            : [{ url: EXTENSIONS.itemsTotal, valueInteger: score.itemsTotal }]),
        ],
        status: 'final',
        category: [concept(SYSTEMS.observationCategory, 'survey')],
        code: {
          coding: [
            coding(score.system, score.code, score.display ? fhirString(score.display) : undefined),
            ...(loinc ? [coding(SYSTEMS.loinc, loinc.code, loinc.display)] : []),
          ],
        },
        subject: patient,
        effectiveDateTime: score.effectiveAt,
        valueQuantity: { value: score.value, unit: 'score', system: SYSTEMS.ucum, code: '{score}' },
        derivedFrom: [responseRef],
      } satisfies Observation);
    }
  }

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
    telecom: [{ system: 'email', value: person.email }],
    ...(person.language
      ? {
          communication: [{ language: concept(SYSTEMS.bcp47, person.language), preferred: true }],
        }
      : {}),
  };
}
