// What the FHIR read API serves, as a CapabilityStatement (decision 0049): the types, read and
// search of each, the search parameters each takes, Patient/$everything, JSON only, and SMART
// bearer tokens the person issues. Public: it says nothing of anyone's record.
import type { CapabilityStatement } from '@medplum/fhirtypes';
import { FHIR_API_TYPES } from '../../../domain/fhir-api/scopes.ts';
import { SEARCH_PARAMS } from '../../../domain/fhir-api/search.ts';

export function capabilityStatement(baseUrl: string, date: string): CapabilityStatement {
  const url = `${baseUrl.replace(/\/+$/, '')}/fhir/R4`;
  return {
    resourceType: 'CapabilityStatement',
    status: 'active',
    date,
    kind: 'instance',
    software: { name: 'Waymark' },
    implementation: { description: 'Waymark FHIR read API', url },
    fhirVersion: '4.0.1',
    format: ['application/fhir+json'],
    rest: [
      {
        mode: 'server',
        documentation:
          'Read and search only, with a bearer token the person issued from their Sharing page.',
        security: {
          service: [
            {
              coding: [
                {
                  system: 'http://terminology.hl7.org/CodeSystem/restful-security-service',
                  code: 'SMART-on-FHIR',
                },
              ],
            },
          ],
          description:
            'Authorization: Bearer <token>. Scopes: patient/<Type>.rs or patient/*.rs (read and search only).',
        },
        resource: FHIR_API_TYPES.map((type) => ({
          type,
          interaction: [{ code: 'read' as const }, { code: 'search-type' as const }],
          searchParam: SEARCH_PARAMS[type].map(({ name, type: kind, documentation }) => ({
            name,
            type: kind,
            documentation,
          })),
          ...(type === 'Patient'
            ? {
                operation: [
                  {
                    name: 'everything',
                    definition: 'http://hl7.org/fhir/OperationDefinition/Patient-everything',
                  },
                ],
              }
            : {}),
        })),
      },
    ],
  };
}
