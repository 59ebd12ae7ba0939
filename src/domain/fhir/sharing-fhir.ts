// The support network, the people the person shares with and each grant, as FHIR: RelatedPerson,
// CareTeam and Consent (decision 0045; the table in docs/ARCHITECTURE.md, "FHIR").
import type { CareTeam, Consent, RelatedPerson } from '@medplum/fhirtypes';
import { EXTENSIONS, type ResourceKind, SYSTEMS } from './codes.ts';
import { fhirString } from './fhir-text.ts';
import {
  coding,
  concept,
  fhirId,
  lastVersion,
  meta,
  ref,
  stringExt,
  type WriteOut,
} from './fhir-write.ts';

export function writeSharing({ snapshot, patient, keep, add, journalIds }: WriteOut): void {
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
    add({
      resourceType: 'CareTeam',
      id: fhirId(`${snapshot.person.id}-network`),
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
    add({
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
      add(
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
      add(
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
}
