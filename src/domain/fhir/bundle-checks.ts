// The checks a Bundle passes before any of it is read as a record: bounded, a Waymark export,
// only the resource types an export has, each once, every reference inside the Bundle. Each
// check names the first problem it finds (decision 0045). Never throws: hostile JSON is a value.
import { type Said, type SaidParams, saidValue } from '../i18n/said.ts';
import type { MessageKey } from '../i18n/translate.ts';
import { EXPORT_TAG, IMPORT_LIMITS } from './codes.ts';

/** A problem found while reading a Bundle: the first one stops the import. */
export class ImportProblem {
  readonly said: Said;
  constructor(said: Said) {
    this.said = said;
  }
}
export function refuse(key: MessageKey, params?: SaidParams): never {
  throw new ImportProblem(saidValue(key, params));
}

export type Json = Record<string, unknown>;
export const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export const RESOURCE_TYPES = [
  'Patient',
  'Basic',
  'Goal',
  'CarePlan',
  'RelatedPerson',
  'CareTeam',
  'Consent',
  'Questionnaire',
  'QuestionnaireResponse',
  'Observation',
  'DocumentReference',
  'Provenance',
] as const;
const FHIR_ID = /^[A-Za-z0-9.-]{1,64}$/;
/** Base64 values, which may be as long as a file: `data` of an Attachment. */
const BYTES_KEY = 'data';

/**
 * Walks the whole value once, with its own stack, before anything else reads it: no text longer
 * than the limit, nothing nested deeper, nothing that is not JSON. The path names the place.
 */
export function checkBounds(value: unknown): void {
  // Each entry points at its parent, so a path is only spelled out for the place refused.
  type Entry = { value: unknown; key: string | number; depth: number; parent?: Entry };
  const pathOf = (entry: Entry) => {
    const parts: string[] = [];
    for (let at: Entry | undefined = entry; at?.parent; at = at.parent)
      parts.push(typeof at.key === 'number' ? `[${at.key}]` : `.${at.key}`);
    return `Bundle${parts.reverse().join('')}`;
  };
  /** The name an array's items go by: their array's. */
  const nameOf = (entry: Entry): string | number =>
    typeof entry.key === 'number' && entry.parent ? nameOf(entry.parent) : entry.key;
  const stack: Entry[] = [{ value, key: '', depth: 0 }];
  let seen = 0;
  for (let entry = stack.pop(); entry; entry = stack.pop()) {
    if (++seen > IMPORT_LIMITS.values) refuse('fhir.import.tooMany', { max: IMPORT_LIMITS.values });
    const node = entry.value;
    if (entry.depth > IMPORT_LIMITS.depth) refuse('fhir.import.tooDeep', { where: pathOf(entry) });
    if (typeof node === 'string') {
      const max = nameOf(entry) === BYTES_KEY ? IMPORT_LIMITS.base64 : IMPORT_LIMITS.text;
      if (node.length > max) refuse('fhir.import.tooLong', { where: pathOf(entry), max });
    } else if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--)
        stack.push({ value: node[i], key: i, depth: entry.depth + 1, parent: entry });
    } else if (isObject(node)) {
      const keys = Object.keys(node);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        if (key.length > 64) refuse('fhir.import.malformed', { where: pathOf(entry) });
        stack.push({ value: node[key], key, depth: entry.depth + 1, parent: entry });
      }
    } else if (
      node !== null &&
      typeof node !== 'boolean' &&
      !(typeof node === 'number' && Number.isFinite(node))
    ) {
      refuse('fhir.import.malformed', { where: pathOf(entry) });
    }
  }
}

/** The Bundle's own checks, then its entries indexed by "Type/id". */
export function checkBundle(value: unknown): Map<string, Json> {
  if (!isObject(value) || value.resourceType !== 'Bundle') refuse('fhir.import.notBundle');
  checkBounds(value);
  if (value.type !== 'collection') refuse('fhir.import.notCollection');
  const tags = isObject(value.meta) && Array.isArray(value.meta.tag) ? value.meta.tag : [];
  const marked = tags.some(
    (tag) => isObject(tag) && tag.system === EXPORT_TAG.system && tag.code === EXPORT_TAG.code,
  );
  if (!marked) refuse('fhir.import.notWaymark');
  const entries = value.entry ?? [];
  if (!Array.isArray(entries)) refuse('fhir.import.malformed', { where: 'Bundle.entry' });
  if (entries.length > IMPORT_LIMITS.entries)
    refuse('fhir.import.tooMany', { max: IMPORT_LIMITS.entries });
  const index = new Map<string, Json>();
  entries.forEach((entry, i) => {
    const where = `Bundle.entry[${i}]`;
    const resource = isObject(entry) ? entry.resource : undefined;
    if (!isObject(resource)) refuse('fhir.import.malformed', { where });
    const type = resource.resourceType;
    if (typeof type !== 'string') refuse('fhir.import.malformed', { where });
    if (!(RESOURCE_TYPES as readonly string[]).includes(type))
      refuse('fhir.import.wrongType', { type: type.slice(0, 64) });
    if (typeof resource.id !== 'string' || !FHIR_ID.test(resource.id))
      refuse('fhir.import.malformed', { where: `${where}.resource.id` });
    const key = `${type}/${resource.id}`;
    if (index.has(key)) refuse('fhir.import.duplicate', { reference: key });
    index.set(key, resource);
  });
  for (const [key, resource] of index) checkReferences(resource, key, index);
  const patients = [...index.keys()].filter((key) => key.startsWith('Patient/'));
  if (patients.length !== 1) refuse('fhir.import.onePatient');
  return index;
}

/** The resource a literal reference names, without its version: "Goal/x/_history/2" → "Goal/x". */
export const referenceKey = (reference: string) => reference.replace(/\/_history\/[^/]*$/, '');

/** Every `reference` in a resource names an entry of the Bundle. */
function checkReferences(resource: Json, where: string, index: Map<string, Json>): void {
  const stack: unknown[] = [resource];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (Array.isArray(node)) for (const item of node) stack.push(item);
    else if (isObject(node)) {
      // Consent's actor and data name their Reference `reference`: an object, read in its turn.
      const reference = node.reference;
      if (typeof reference === 'string') {
        if (!index.has(referenceKey(reference)))
          refuse('fhir.import.unresolved', { reference: reference.slice(0, 200) });
      } else if (reference !== undefined && !isObject(reference))
        refuse('fhir.import.malformed', { where });
      for (const child of Object.values(node)) if (typeof child === 'object') stack.push(child);
    }
  }
}
