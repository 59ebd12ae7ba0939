// What an API token may read (decision 0049): SMART-style scopes such as `patient/Goal.rs`, the
// FHIR types the read API serves, and the sections of the record each type opens. Read and
// search (`rs`) are the only permissions a token can carry. Pure, shared by server and web.
import type { AccessDecision } from '../access/decision.ts';
import type { PersonSection, Section } from '../record/sections.ts';

/** The FHIR types the read API serves, in the order the CapabilityStatement lists them. */
export const FHIR_API_TYPES = [
  'Patient',
  'Goal',
  'CarePlan',
  'RelatedPerson',
  'CareTeam',
  'Consent',
  'QuestionnaireResponse',
  'Observation',
  'DocumentReference',
] as const;
export type FhirApiType = (typeof FHIR_API_TYPES)[number];

export function isFhirApiType(value: string): value is FhirApiType {
  return (FHIR_API_TYPES as readonly string[]).includes(value);
}

/**
 * The sections each type opens. Patient is the person's name and language only, which every
 * token reads; Consent is the token's own grant alone, never the person's other sharing. Both
 * open no section. A plan section's files (reason photos) come as DocumentReference only with
 * the plan's own section (CarePlan); the advance choice document never does.
 */
export const SECTIONS_OF_TYPE: Readonly<Record<FhirApiType, readonly PersonSection[]>> = {
  Patient: [],
  Goal: ['goals'],
  CarePlan: ['staying_well', 'crisis_plan', 'safety_plan', 'after_crisis', 'moving_on'],
  RelatedPerson: ['support_network'],
  CareTeam: ['support_network'],
  Consent: [],
  QuestionnaireResponse: ['checkins', 'measures'],
  Observation: ['checkins', 'measures'],
  DocumentReference: ['about_me'],
};

/** Every scope a token may carry: all types, or one type, read and search only. */
export const API_SCOPES = [
  'patient/*.rs',
  ...FHIR_API_TYPES.map((type) => `patient/${type}.rs` as const),
] as const;
export type ApiScope = (typeof API_SCOPES)[number];

export function isApiScope(value: string): value is ApiScope {
  return (API_SCOPES as readonly string[]).includes(value);
}

/**
 * The types a set of scopes lets a token read and search. Patient (the person's name) comes
 * with every token: an app cannot know whose record it reads without it.
 */
export function typesOfScopes(scopes: readonly string[]): Set<FhirApiType> {
  if (scopes.includes('patient/*.rs')) return new Set(FHIR_API_TYPES);
  return new Set(
    FHIR_API_TYPES.filter((type) => type === 'Patient' || scopes.includes(`patient/${type}.rs`)),
  );
}

/** The sections a set of scopes opens: the access decision reads these, and nothing else. */
export function sectionsOfScopes(scopes: readonly string[]): PersonSection[] {
  const sections = new Set<PersonSection>();
  for (const type of typesOfScopes(scopes))
    for (const section of SECTIONS_OF_TYPE[type]) sections.add(section);
  return [...sections];
}

/**
 * Sections a request for a type also looks in, when the token reads them anyway: a goal's steps
 * are a CarePlan (with its Goal scope), and a plan's files are DocumentReferences (with the
 * plan's own scope). They never open a section; they only keep it for that request.
 */
const ALSO_OF_TYPE: Partial<Record<FhirApiType, readonly PersonSection[]>> = {
  CarePlan: ['goals'],
  DocumentReference: ['crisis_plan', 'safety_plan'],
};

/**
 * The token's decision, narrowed to what a request for `types` looks at: its sections and
 * nothing else, so a search of one type reads (and logs) no other part of the record.
 */
export function narrowToTypes(
  decision: AccessDecision,
  types: readonly FhirApiType[],
): AccessDecision {
  const wanted = new Set<Section>(
    types.flatMap((type) => [...SECTIONS_OF_TYPE[type], ...(ALSO_OF_TYPE[type] ?? [])]),
  );
  return { ...decision, read: new Set([...decision.read].filter((s) => wanted.has(s))) };
}

/**
 * What a request for `types` is logged as, given its narrowed decision: each section it read,
 * and `null` (the record, no section) when a type opens none (Patient, Consent).
 */
export function loggedSections(
  narrowed: AccessDecision,
  types: readonly FhirApiType[],
): (Section | null)[] {
  const bare = types.some((type) => SECTIONS_OF_TYPE[type].length === 0);
  return [...(bare ? [null] : []), ...narrowed.read];
}
