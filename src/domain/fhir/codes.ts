// The addresses and codes of Waymark's FHIR export (decision 0045), and the bounds an import
// holds a Bundle to. One base for every Waymark code system and extension, never changed: an
// export made today must still be read by a later Waymark.

export const WAYMARK_FHIR = 'https://waymark.example/fhir';
const cs = (name: string) => `${WAYMARK_FHIR}/CodeSystem/${name}`;
const ext = (name: string) => `${WAYMARK_FHIR}/StructureDefinition/${name}`;

/** Bundle.meta.tag that marks a Waymark export, with the export format's version. */
export const EXPORT_TAG = { system: cs('export'), version: '1', code: 'record-export' } as const;

export const SYSTEMS = {
  /** meta.tag on every resource: which of our things it is. */
  kind: cs('kind'),
  /** meta.tag: "for me only", never counted in a service report. */
  privacy: cs('privacy'),
  goalStatus: cs('goal-status'),
  lifeArea: cs('life-area'),
  planPart: cs('plan-part'),
  aboutMePart: cs('about-me-part'),
  contactKind: cs('contact-kind'),
  supportRole: cs('support-role'),
  relationshipRole: cs('relationship-role'),
  section: cs('section'),
  checkin: cs('checkin'),
  scale: cs('checkin-scale'),
  revisionAction: cs('revision-action'),
  writerRole: cs('writer-role'),
  account: cs('account'),
  attachmentPurpose: cs('attachment-purpose'),
  documentKind: cs('document-kind'),
  /** A "my care" item a review rates (decision 0043), by its id. */
  myCareItem: cs('my-care-item'),
  /** Who does a review's agreed action: the person, the practitioner or someone named. */
  actionOwner: cs('review-action-owner'),
  /** What the person decided about an agreed action: waiting, confirmed or declined. */
  actionDecision: cs('review-action-decision'),
  loinc: 'http://loinc.org',
  snomed: 'http://snomed.info/sct',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  consentScope: 'http://terminology.hl7.org/CodeSystem/consentscope',
  consentAction: 'http://terminology.hl7.org/CodeSystem/consentaction',
  actCode: 'http://terminology.hl7.org/CodeSystem/v3-ActCode',
  dataOperation: 'http://terminology.hl7.org/CodeSystem/v3-DataOperation',
  participantType: 'http://terminology.hl7.org/CodeSystem/provenance-participant-type',
  signatureType: 'urn:iso-astm:E1762-95:2013',
  bcp47: 'urn:ietf:bcp:47',
  ucum: 'http://unitsofmeasure.org',
} as const;

export const EXTENSIONS = {
  goalWhy: ext('goal-why'),
  goalWhoHelps: ext('goal-who-helps'),
  howTheyHelp: ext('how-they-help'),
  contactNotes: ext('contact-notes'),
  lastReviewed: ext('last-reviewed'),
  advanceChoice: ext('advance-choice-document'),
  takenOn: ext('taken-on'),
  mood: ext('mood'),
  note: ext('note'),
  scoreDetails: ext('score-details'),
  scaleId: ext('scale-id'),
  itemsAnswered: ext('items-answered'),
  itemsTotal: ext('items-total'),
  sha256: ext('sha256'),
  /** The version of a goal note a Provenance is about (notes live inside their Goal). */
  noteVersion: ext('note-version'),
  reminder: ext('checkin-reminder'),
  /** The name the person knows a team connection by (decision 0040). */
  knownAs: ext('known-as'),
  /** R4 core extensions. */
  minValue: 'http://hl7.org/fhir/StructureDefinition/minValue',
  maxValue: 'http://hl7.org/fhir/StructureDefinition/maxValue',
  hidden: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden',
  targetElement: 'http://hl7.org/fhir/StructureDefinition/targetElement',
} as const;

/** What each resource is among our things (its meta.tag in SYSTEMS.kind), and its type. */
export const RESOURCE_OF_KIND = {
  patient: 'Patient',
  about_me: 'DocumentReference',
  life_area: 'Basic',
  goal: 'Goal',
  goal_steps: 'CarePlan',
  staying_well: 'CarePlan',
  crisis_plan: 'CarePlan',
  safety_plan: 'CarePlan',
  after_crisis: 'CarePlan',
  moving_on: 'CarePlan',
  support_contact: 'RelatedPerson',
  support_network: 'CareTeam',
  relationship: 'RelatedPerson',
  /** A connection to a team of a service; its grants are Consents like a person's. */
  team: 'CareTeam',
  grant: 'Consent',
  shared_journal_entries: 'Consent',
  checkin_settings: 'Questionnaire',
  checkin: 'Observation',
  life_area_rating: 'QuestionnaireResponse',
  measure_response: 'QuestionnaireResponse',
  measure_score: 'Observation',
  review: 'QuestionnaireResponse',
  journal_entry: 'DocumentReference',
  attachment: 'DocumentReference',
  provenance: 'Provenance',
} as const;
export type ResourceKind = keyof typeof RESOURCE_OF_KIND;

/** The questionnaire a life-area rating set answers. */
export const LIFE_AREA_RATINGS_QUESTIONNAIRE = `${WAYMARK_FHIR}/Questionnaire/life-area-ratings`;

/** The questionnaire a review done together answers (decision 0043; its layout is reviews-fhir.ts). */
export const REVIEW_QUESTIONNAIRE = `${WAYMARK_FHIR}/Questionnaire/review`;

/**
 * LOINC codes added beside a measure's SNOMED CT code where LOINC is free to use (the LOINC
 * licence allows it at no cost); the SNOMED CT code stays first and is the one read back.
 */
export const LOINC_BESIDE_SNOMED: Readonly<Record<string, { code: string; display: string }>> = {
  '720433000': {
    code: '44261-6',
    display: 'Patient Health Questionnaire 9 item (PHQ-9) total score [Reported]',
  },
  '445455005': {
    code: '70274-6',
    display: 'Generalized anxiety disorder 7 item (GAD-7) total score [Reported.PHQ]',
  },
};

/**
 * What an import accepts at most. A whole record of years of daily check-ins, each version with
 * its Provenance, stays well inside these; the HTTP body limit bounds the bytes before parsing.
 */
export const IMPORT_LIMITS = {
  /** Entries in the Bundle. */
  entries: 60_000,
  /** Characters in any one string but a file's bytes (the longest text a person writes). */
  text: 20_000,
  /** Characters of one base64 value: a 5 MB file, and a journal entry's 20,000 characters. */
  base64: 7_000_000,
  /** How deep the JSON may nest. */
  depth: 24,
  /** Values of any kind in the whole Bundle. */
  values: 5_000_000,
} as const;
