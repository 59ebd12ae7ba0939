import type { Words } from '../../../translate.ts';

export default {
  'error.WM_TEAM_CODE_UNKNOWN': 'Nie znaleźliśmy zespołu z tym kodem. Sprawdź kod z zespołem.',
  'error.WM_TEAM_CODE_ATTEMPTS': 'Wpisano zbyt wiele kodów. Poczekaj {wait} i spróbuj ponownie.',
  'error.WM_TEAM_ALREADY_CONNECTED':
    'Masz już połączenie z tym zespołem. Możesz zmienić, co widzi, na stronie Udostępnianie.',
} satisfies Words;
