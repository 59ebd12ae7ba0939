import type { Words } from '../../../translate.ts';

export default {
  'error.WM_TEAM_CODE_UNKNOWN': 'Nie znaleźliśmy zespołu z tym kodem. Sprawdź kod z zespołem.',
  'error.WM_TEAM_CODE_ATTEMPTS': 'Wpisano zbyt wiele kodów. Poczekaj {wait} i spróbuj ponownie.',
  'error.WM_TEAM_ALREADY_CONNECTED':
    'Masz już połączenie z tym zespołem. Możesz zmienić, co widzi, na stronie Udostępnianie.',
  'error.WM_TEAM_INVITATION_INVALID':
    'Ten link z zaproszeniem nie działa. Mógł zostać już użyty albo wycofany, albo jest za stary. Poproś zespół o nowy.',
  'error.WM_TEAM_INVITATION_STAFF_EMAIL':
    'Ten adres e-mail należy do konta pracownika. Pracownicy nie mogą w ten sposób dołączyć do zespołu.',
  'error.WM_TEAM_INVITATIONS_PER_HOUR':
    'Wysłano dużo zaproszeń. Poczekaj {wait} i spróbuj ponownie.',
  'error.WM_TEAM_INVITATION_NO_EMAIL':
    'Nie udało się wysłać e-maila. Spróbuj ponownie później albo przekaż tej osobie kod zespołu.',
} satisfies Words;
