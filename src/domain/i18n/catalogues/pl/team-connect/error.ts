import type { Words } from '../../../translate.ts';

export default {
  'error.WM_TEAM_CODE_UNKNOWN': 'Nie znaleźliśmy zespołu z tym kodem. Sprawdź kod z zespołem.',
  'error.WM_TEAM_CODE_ATTEMPTS': 'Wpisano zbyt wiele kodów. Poczekaj {wait} i spróbuj ponownie.',
  'error.WM_TEAM_ALREADY_CONNECTED':
    'Masz już połączenie z tym zespołem. Możesz zmienić, co widzi, na stronie Udostępnianie.',
  'error.WM_TEAM_INVITATION_INVALID':
    'This invitation link does not work. It may have been used, taken back, or be too old. Ask the team to send a new one.',
  'error.WM_TEAM_INVITATION_STAFF_EMAIL':
    'This email is for a staff account. Staff cannot join a team this way.',
  'error.WM_TEAM_INVITATIONS_PER_HOUR':
    'You have sent a lot of invitations. Wait {wait} and try again.',
  'error.WM_TEAM_INVITATION_NO_EMAIL':
    'We could not send the email. Try again later, or give the person the team code.',
} satisfies Words;
