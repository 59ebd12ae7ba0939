// Who wrote and who agreed each version, both ways: a Provenance per version (decision 0045).
// Only the summary travels; the words of earlier versions stay on the installation they were
// written on.
import type {
  CodeableConcept,
  Patient,
  Provenance,
  ProvenanceAgent,
  Reference,
} from '@medplum/fhirtypes';
import { ROLES } from '../auth/auth.schema.ts';
import { type Json, referenceKey, refuse } from './bundle-checks.ts';
import { EXTENSIONS, SYSTEMS } from './codes.ts';
import { arr, codeIn, extension, obj, oneOf, str, text } from './fhir-read.ts';
import { fhirString } from './fhir-text.ts';
import { coding, concept, fhirId, meta } from './fhir-write.ts';
import {
  VERSION_ACTIONS,
  type VersionAction,
  type VersionSummary,
  type Writer,
} from './snapshot.ts';

const DATA_OPERATION: Record<VersionAction, 'CREATE' | 'UPDATE' | 'DELETE'> = {
  create: 'CREATE',
  update: 'UPDATE',
  delete: 'DELETE',
  restore: 'UPDATE',
  ratings: 'UPDATE',
  meeting: 'UPDATE',
  confirm: 'UPDATE',
  decline: 'UPDATE',
};

/**
 * A writer as a reference: the Patient when it is the person, else their account on the
 * exporting installation by identifier and name, never a link to an account elsewhere.
 */
export const writerReference = (personId: string, writer: Writer): Reference<Patient> => ({
  ...(writer.accountId === personId ? { reference: `Patient/${personId}` } : {}),
  identifier: { system: SYSTEMS.account, value: writer.accountId },
  display: fhirString(writer.name) ?? writer.accountId,
});
const who = writerReference;
const role = (writer: Writer): CodeableConcept[] => [concept(SYSTEMS.writerRole, writer.role)];
/** One Provenance per version: who wrote it, who agreed it, and when. */
/**
 * One Provenance per version of an item: who wrote it, who agreed it, and when. A resource's
 * versions are `Type/id/_history/n`; a goal note's target is its Goal with the note's element.
 */
export function provenancesOf(
  personId: string,
  target: Reference,
  history: VersionSummary[],
  idOf: string,
): Provenance[] {
  return history.map((version) => {
    const agents: ProvenanceAgent[] = [
      {
        type: concept(SYSTEMS.participantType, 'author'),
        role: role(version.author),
        who: who(personId, version.author),
      },
    ];
    if (version.agreed)
      agents.push({
        type: concept(SYSTEMS.participantType, 'verifier'),
        role: role(version.agreed.by),
        who: who(personId, version.agreed.by),
      });
    const versioned: Reference = target.reference
      ? { ...target, reference: `${target.reference}/_history/${version.version}` }
      : target;
    return {
      resourceType: 'Provenance',
      id: fhirId(`${idOf}-v${version.version}`),
      meta: meta('provenance'),
      target: [
        target.reference
          ? versioned
          : {
              ...target,
              extension: [
                ...(target.extension ?? []),
                { url: EXTENSIONS.noteVersion, valueInteger: version.version },
              ],
            },
      ],
      recorded: version.at,
      activity: {
        coding: [
          coding(SYSTEMS.dataOperation, DATA_OPERATION[version.action]),
          coding(SYSTEMS.revisionAction, version.action),
        ],
      },
      agent: agents,
      ...(version.agreed
        ? {
            signature: [
              {
                type: [
                  coding(SYSTEMS.signatureType, '1.2.840.10065.1.12.1.5', 'Verification Signature'),
                ],
                when: version.agreed.at,
                who: who(personId, version.agreed.by),
              },
            ],
          }
        : {}),
    };
  });
}

/** A writer back from `writerReference` and a role concept; a problem names `where`. */
export function readWriter(reference: unknown, roleConcept: unknown, where: string): Writer {
  const who = obj(reference);
  const accountId = str(obj(who.identifier).value);
  const role = codeIn(arr(roleConcept)[0], SYSTEMS.writerRole);
  if (!accountId || !oneOf(ROLES, role)) refuse('fhir.import.invalidItem', { where });
  return { accountId, name: text(who.display), role };
}

/** A version's summary from its Provenance, and the key of what it is about. */
export function readProvenance(
  resource: Json,
  where: string,
): { key: string; summary: VersionSummary } {
  const target = obj(arr(resource.target)[0]);
  const reference = str(target.reference);
  const element = extension(target, EXTENSIONS.targetElement);
  const version = reference
    ? Number(/\/_history\/(\d+)$/.exec(reference)?.[1])
    : extension(target, EXTENSIONS.noteVersion)?.valueInteger;
  const key = reference ? referenceKey(reference) : `note:${text(element?.valueUri)}`;
  const action = codeIn(resource.activity, SYSTEMS.revisionAction);
  const agents = arr(resource.agent).map(obj);
  const agentOf = (type: string) =>
    agents.find((agent) => codeIn(agent.type, SYSTEMS.participantType) === type);
  const author = agentOf('author');
  const verifier = agentOf('verifier');
  const signature = obj(arr(resource.signature)[0]);
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < 1 ||
    !oneOf(VERSION_ACTIONS, action) ||
    !author ||
    typeof resource.recorded !== 'string'
  )
    refuse('fhir.import.invalidItem', { where });
  const summary: VersionSummary = {
    version,
    action,
    at: resource.recorded,
    author: readWriter(author.who, author.role, where),
    agreed:
      verifier && typeof signature.when === 'string'
        ? { by: readWriter(verifier.who, verifier.role, where), at: signature.when }
        : null,
  };
  return { key, summary };
}
