// An error of the FHIR read API as a FHIR OperationOutcome (decision 0049): the same code and
// worded message as every other error of ours, in the shape FHIR clients read.
import type { OperationOutcome, OperationOutcomeIssue } from '@medplum/fhirtypes';
import type { ErrorBody } from '../../domain/errors.ts';
import { WAYMARK_FHIR } from '../../domain/fhir/codes.ts';

/** Our error codes, as a FHIR code system. */
export const ERROR_CODE_SYSTEM = `${WAYMARK_FHIR}/CodeSystem/error-code`;

/** The FHIR issue type for an HTTP status. */
function issueType(status: number): OperationOutcomeIssue['code'] {
  if (status === 401) return 'login';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status === 406) return 'not-supported';
  if (status === 409) return 'conflict';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'exception';
  return 'invalid';
}

export function operationOutcome(status: number, body: ErrorBody): OperationOutcome {
  const { code, message } = body.error;
  return {
    resourceType: 'OperationOutcome',
    issue: [
      {
        severity: 'error',
        code: issueType(status),
        details: { coding: [{ system: ERROR_CODE_SYSTEM, code }], text: message },
      },
    ],
  };
}
