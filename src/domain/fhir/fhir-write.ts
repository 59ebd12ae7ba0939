// Small builders of FHIR elements that the export's writers share (to-bundle.ts and the files
// beside it): codes, references, extensions and each resource's meta with its kind tag.
import type {
  CodeableConcept,
  Coding,
  Extension,
  Meta,
  Patient,
  Reference,
  Resource,
} from '@medplum/fhirtypes';
import { type ResourceKind, SYSTEMS } from './codes.ts';
import { fhirString } from './fhir-text.ts';
import type { RecordSnapshot, VersionSummary } from './snapshot.ts';

export type { ResourceKind } from './codes.ts';

/** A literal reference; typed to fit whichever element takes it (the Bundle holds its target). */
export const ref = (reference: string): Reference<never> => ({ reference });
export const coding = (system: string, code: string, display?: string): Coding =>
  display ? { system, code, display } : { system, code };
export const concept = (system: string, code: string, text?: string): CodeableConcept =>
  text ? { coding: [coding(system, code)], text } : { coding: [coding(system, code)] };
export const stringExt = (url: string, value: string): Extension[] => {
  const text = fhirString(value);
  return text === undefined ? [] : [{ url, valueString: text }];
};
/** A resource id from one of ours: FHIR ids take letters, digits, '-' and '.'. */
export const fhirId = (value: string) => value.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 64);

export function meta(
  kind: ResourceKind,
  updatedAt?: string,
  forMeOnly = false,
  version?: number,
): Meta {
  return {
    ...(version !== undefined ? { versionId: String(version) } : {}),
    ...(updatedAt ? { lastUpdated: updatedAt } : {}),
    tag: [
      coding(SYSTEMS.kind, kind),
      ...(forMeOnly ? [coding(SYSTEMS.privacy, 'for-me-only', 'For me only')] : []),
    ],
  };
}
export const lastVersion = (history: VersionSummary[]) => history.at(-1)?.version;

/** What the writers of each part of the export share: the record, and where resources go. */
export type WriteOut = {
  snapshot: RecordSnapshot;
  patient: Reference<Patient>;
  /** A resource with versions: its Provenance are written after it. */
  keep: (resource: Resource & { id: string }, history: VersionSummary[]) => void;
  add: (resource: Resource) => void;
  journalIds: ReadonlySet<string>;
  areaNames: ReadonlyMap<string, string>;
};
