import type { Words } from '../../../translate.ts';

export default {
  'error.WM_API_TOKEN_LIMIT':
    'You can have up to {max} keys. Take back one you no longer use first.',
  'error.WM_API_TOKEN_END_DATE': 'Choose a last day from today to {days} days from now.',
  'error.WM_FHIR_TOKEN_INVALID':
    'This token does not work. It may be wrong, or it has ended, or it was taken back, or sharing is paused.',
  'error.WM_FHIR_SCOPE': 'This token may not read {type}.',
  'error.WM_FHIR_UNKNOWN_TYPE': 'We do not serve the type {type}.',
  'error.WM_FHIR_UNKNOWN_PARAMETER': 'We do not know the search term {name}.',
  'error.WM_FHIR_BAD_PARAMETER': 'The value of {name} is not right.',
  'error.WM_FHIR_NOT_ACCEPTABLE': 'We only answer in FHIR JSON.',
} satisfies Words;
