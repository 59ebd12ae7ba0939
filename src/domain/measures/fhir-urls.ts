// The FHIR extensions Waymark reads, free of zod: walking a measure's items to show its
// questions needs them before any schema loads (questionnaire.schema.ts shares them).

/** Option scores: the R4 core extension (R5 renamed it itemWeight; see docs/measures.md). */
export const ORDINAL_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/ordinalValue';
export const ITEM_WEIGHT_URL = 'http://hl7.org/fhir/StructureDefinition/itemWeight';
export const MIN_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/minValue';
export const MAX_VALUE_URL = 'http://hl7.org/fhir/StructureDefinition/maxValue';
/** Waymark's own extension: scoring rules as JSON text in valueString (see scoring.schema.ts). */
export const SCORING_URL = 'https://waymark.example/fhir/StructureDefinition/scoring';
