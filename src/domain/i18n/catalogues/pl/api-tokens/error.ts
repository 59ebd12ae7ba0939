import type { Words } from '../../../translate.ts';

export default {
  'error.WM_API_TOKEN_LIMIT':
    'Można mieć najwyżej {max} kluczy. Najpierw trzeba odebrać klucz, który nie jest już potrzebny.',
  'error.WM_API_TOKEN_END_DATE': 'Proszę wybrać ostatni dzień od dziś do {days} dni od teraz.',
  'error.WM_FHIR_TOKEN_INVALID':
    'Ten token nie działa. Może jest błędny, wygasł albo został odebrany, albo udostępnianie jest wstrzymane.',
  'error.WM_FHIR_SCOPE': 'Ten token nie może czytać zasobów typu {type}.',
  'error.WM_FHIR_UNKNOWN_TYPE': 'Nie udostępniamy typu {type}.',
  'error.WM_FHIR_UNKNOWN_PARAMETER': 'Nie znamy parametru wyszukiwania {name}.',
  'error.WM_FHIR_BAD_PARAMETER': 'Wartość {name} jest nieprawidłowa.',
  'error.WM_FHIR_NOT_ACCEPTABLE': 'Odpowiadamy tylko w formacie FHIR JSON.',
} satisfies Words;
