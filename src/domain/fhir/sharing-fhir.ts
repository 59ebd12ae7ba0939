// The support network, the people the person shares with and each grant, as FHIR: RelatedPerson,
// CareTeam and Consent, both ways (decision 0045; the table in docs/ARCHITECTURE.md, "FHIR").
import type { CareTeam, Consent, RelatedPerson } from '@medplum/fhirtypes';
import { RELATIONSHIP_ROLES } from '../access/context.ts';
import { supportContactSchema } from '../record/plans.schema.ts';
import { INVITABLE_SECTIONS } from '../sharing/share-choices.ts';
import { refuse } from './bundle-checks.ts';
import { EXTENSIONS, type ResourceKind, SYSTEMS } from './codes.ts';
import {
  arr,
  codeIn,
  extension,
  groupBy,
  idOf,
  kindOf,
  obj,
  oneOf,
  str,
  text,
} from './fhir-read.ts';
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
import type { Reader } from './from-bundle.ts';
import type { RecordSnapshot, RelationshipSnapshot } from './snapshot.ts';

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

  // People first, then teams: the order an import reads them back in.
  const people = snapshot.relationships.filter((r) => r.team === null);
  const teams = snapshot.relationships.filter((r) => r.team !== null);
  for (const relationship of [...people, ...teams]) {
    const { team } = relationship;
    let member: ReturnType<typeof ref>;
    if (team) {
      // A team of a service is no person: a CareTeam named as the team, run by the service.
      member = ref(`CareTeam/${relationship.id}`);
      const service = fhirString(team.service);
      add({
        resourceType: 'CareTeam',
        id: relationship.id,
        meta: meta('team'),
        extension: stringExt(EXTENSIONS.knownAs, relationship.knownAs),
        status: 'active',
        category: [concept(SYSTEMS.relationshipRole, relationship.role)],
        ...withName(team.name),
        subject: patient,
        period: { start: relationship.since },
        ...(service ? { managingOrganization: [{ display: service }] } : {}),
      } satisfies CareTeam);
    } else {
      member = ref(`RelatedPerson/${relationship.id}`);
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
    }
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

const withName = (name: string) => {
  const safe = fhirString(name);
  return safe === undefined ? {} : { name: safe };
};

export function readSupportNetwork(reader: Reader): RecordSnapshot['supportNetwork'] {
  const roles = new Map<string, string[]>();
  for (const team of reader.of('support_network'))
    for (const participant of arr(team.participant).map(obj))
      roles.set(
        idOf(participant.member),
        arr(obj(arr(participant.role)[0]).coding).map((c) => text(obj(c).code)),
      );
  return reader.of('support_contact').map((r) => {
    const where = reader.where(r);
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
    return reader.kept(r, reader.valid(supportContactSchema, data, where));
  });
}

export function readRelationships(reader: Reader): RelationshipSnapshot[] {
  // Grouped once by whom they are for, so the work grows with the Bundle, not its square.
  const consents = groupBy(
    [...reader.of('grant'), ...reader.of('shared_journal_entries')],
    (consent) => idOf(obj(arr(obj(consent.provision).actor)[0]).reference),
  );
  const people = reader.of('relationship').map((r) => ({
    r,
    role: codeIn(arr(r.relationship)[0], SYSTEMS.relationshipRole),
    knownAs: text(obj(arr(r.name)[0]).text),
    team: null,
  }));
  const teams = reader.of('team').map((r) => ({
    r,
    role: codeIn(arr(r.category)[0], SYSTEMS.relationshipRole),
    knownAs: text(extension(r, EXTENSIONS.knownAs)?.valueString),
    team: { name: text(r.name), service: text(obj(arr(r.managingOrganization)[0]).display) },
  }));
  return [...people, ...teams].map(({ r, role, knownAs, team }) => {
    const where = reader.where(r);
    const id = text(r.id);
    const since = str(obj(r.period).start);
    if (!oneOf(RELATIONSHIP_ROLES, role) || !since) refuse('fhir.import.invalidItem', { where });
    const relationship: RelationshipSnapshot = {
      id,
      role,
      knownAs,
      team,
      since,
      grants: [],
      sharedJournalEntryIds: [],
    };
    for (const consent of consents.get(id) ?? []) {
      const provision = obj(consent.provision);
      const consentWhere = reader.where(consent);
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
